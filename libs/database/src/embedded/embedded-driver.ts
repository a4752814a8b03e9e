import { types } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
import { PGliteDriver } from 'typeorm-pglite';
import { ExclusiveSessionPool } from './exclusive-session.pool';

/**
 * The TypeORM `driver` for the embedded database: typeorm-pglite opens the PGlite session (data in
 * `dataDir`, or `memory://`), and ExclusiveSessionPool gives each TypeORM connection exclusive use
 * of it. int8 values come back as strings, as `pg` returns them, so code behaves the same on both.
 */
export function embeddedDriver(dataDir: string): { Pool: typeof ExclusiveSessionPool } {
  if (dataDir !== 'memory://') mkdirSync(dataDir, { recursive: true });
  new PGliteDriver({
    ...(dataDir === 'memory://' ? {} : { dataDir }),
    parsers: { [types.INT8]: (value: string) => value },
  });
  return { Pool: ExclusiveSessionPool };
}
