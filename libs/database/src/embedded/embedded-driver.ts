import { types } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
import { PGliteDriver } from 'typeorm-pglite';
import { ExclusiveSessionPool } from './exclusive-session.pool';

let memoryTemplate: Blob | undefined;

/**
 * For the test harness only (production never calls it): `memory://` databases opened from now on
 * start from `template`, a PGlite `dumpDataDir` of an empty, migrated database, instead of an empty
 * cluster; the app's migration run then finds nothing to do. A PGlite start with initdb and every
 * migration takes seconds, and the suites start hundreds of apps. `undefined`: empty again.
 */
export function startMemoryDatabasesFrom(template: Blob | undefined): void {
  memoryTemplate = template;
}

/**
 * The TypeORM `driver` for the embedded database: typeorm-pglite opens the PGlite session (data in
 * `dataDir`, or `memory://`), and ExclusiveSessionPool gives each TypeORM connection exclusive use
 * of it. int8 values come back as strings, as `pg` returns them, so code behaves the same on both.
 */
export function embeddedDriver(dataDir: string): { Pool: typeof ExclusiveSessionPool } {
  if (dataDir !== 'memory://') mkdirSync(dataDir, { recursive: true });
  new PGliteDriver({
    ...(dataDir === 'memory://' ? (memoryTemplate ? { loadDataDir: memoryTemplate } : {}) : { dataDir }),
    parsers: { [types.INT8]: (value: string) => value },
  });
  return { Pool: ExclusiveSessionPool };
}
