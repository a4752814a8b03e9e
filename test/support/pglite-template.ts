import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DataSource, MigrationInterface } from 'typeorm';
import { PGliteInstance } from 'typeorm-pglite/dist/pglite-instance';
import { migrations } from '../../apps/api/src/migrations';
import { embeddedDriver, startMemoryDatabasesFrom } from '../../libs/database/src/embedded/embedded-driver';
import { runMigrationsExclusively } from '../../libs/database/src/postgres/migration-lock';

/**
 * The data directory every in-memory test database starts from: PGlite's empty cluster with every
 * migration run, dumped once (`dumpDataDir`) and loaded by each app and medium context instead of
 * running initdb and the migrations again (seconds per start, hundreds of starts per `npm test`).
 *
 * The dump is built the app's way (its embedded driver, its migration runner) the first time a suite
 * asks for it, and kept in the temporary directory under a name that hashes PGlite's version and
 * every file of the libs' migrations folders, so a changed or added migration builds a new one.
 * Suites that test the migrations themselves start from an empty database instead
 * (`createTestApp(…, { emptyDatabase })`), and on PostgreSQL every test app migrates its fresh
 * database from zero.
 */
export function migratedMemoryTemplate(): Promise<Blob> {
  // Read once per test file: every app and context of a file starts from the same (immutable) Blob.
  return (template ??= readOrBuildTemplate());
}

let template: Promise<Blob> | undefined;

async function readOrBuildTemplate(): Promise<Blob> {
  const file = join(tmpdir(), `zdm-pglite-template-${templateKey()}.tar`);
  if (!existsSync(file)) {
    const tarball = await buildTemplate();
    // Workers may build it at once: each writes its own file, the last rename wins (same content).
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.from(await tarball.arrayBuffer()));
    renameSync(partial, file);
  }
  return new Blob([readFileSync(file)]);
}

/** PGlite's version, every migration's name and the text of every file in a lib's migrations folder. */
function templateKey(): string {
  const hash = createHash('sha256');
  // PGlite's package.json is not in its exports map: read it beside the resolved entry (dist/).
  hash.update(readFileSync(join(dirname(require.resolve('@electric-sql/pglite')), '../package.json')));
  for (const migration of migrations as (new () => MigrationInterface)[]) hash.update(migration.name);
  const libs = join(__dirname, '../../libs');
  for (const lib of readdirSync(libs).sort()) {
    const folder = join(libs, lib, 'src/migrations');
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder).sort()) {
      hash.update(`${lib}/${file}\0`);
      hash.update(readFileSync(join(folder, file)));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

async function buildTemplate(): Promise<Blob> {
  startMemoryDatabasesFrom(undefined);
  const dataSource = await new DataSource({
    type: 'postgres',
    driver: embeddedDriver('memory://'),
    poolSize: 1,
    migrations,
    migrationsTransactionMode: 'each',
  }).initialize();
  try {
    await runMigrationsExclusively(dataSource, true);
    return await (await PGliteInstance.getInstance()).dumpDataDir('none');
  } finally {
    await dataSource.destroy();
  }
}
