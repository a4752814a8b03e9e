import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  linkSync,
  mkdirSync,
  openAsBlob,
  readdirSync,
  readFileSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
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
 *
 * The dump also holds TEMPLATE_SETTINGS (postgresql.auto.conf): a test database holds a few hundred
 * rows, and PGlite's initdb defaults (128 MB of shared buffers, 100 connections for a single-user
 * backend) made every start zero that shared memory, about half of its CPU time.
 */
function migratedMemoryTemplate(): Promise<Blob> {
  // Once per test file: every app and context of a file starts from the same (immutable) Blob, read
  // from the file when PGlite loads it instead of copied into memory first.
  return (template ??= templateFile().then((file) => openAsBlob(file) as Promise<Blob>));
}

/**
 * Makes the next embedded database an app of these settings opens start migrated: in memory from the
 * template's Blob, in DATA_DIR from the template unpacked there (a database already there stays).
 */
export async function startFromMigratedTemplate(config: { embeddedDataDir: string; dataDir: string }): Promise<void> {
  if (config.embeddedDataDir === 'memory://') {
    startMemoryDatabasesFrom(await migratedMemoryTemplate());
  } else {
    await unpackMigratedTemplate(config.dataDir);
    startMemoryDatabasesFrom(undefined);
  }
}

/**
 * Unpacks the template into `dataDir` as the embedded database of an app given that DATA_DIR (in
 * `pglite/`, AppConfig.embeddedDataDir), unless one is there already: the app opens it as a
 * migrated database, as on a restart, instead of running initdb and every migration on disk. For
 * apps in this process and for the built app started as a child process alike. `tar` unpacks it in
 * tens of milliseconds; PGlite writing the same files through its own file system takes seconds.
 */
export async function unpackMigratedTemplate(dataDir: string): Promise<void> {
  const target = join(dataDir, 'pglite');
  if (existsSync(join(target, 'PG_VERSION'))) return;
  const file = await templateFile();
  mkdirSync(target, { recursive: true });
  // The dump's names start with `/`: tar drops it (and says so on stderr, kept quiet here).
  execFileSync('tar', ['-xf', file, '-C', target], { stdio: 'pipe' });
}

/** Server settings of every database started from the template (ALTER SYSTEM, kept in the dump). */
const TEMPLATE_SETTINGS = { shared_buffers: '8MB', max_connections: '10' };

let template: Promise<Blob> | undefined;
let file: Promise<string> | undefined;

function templateFile(): Promise<string> {
  return (file ??= findOrBuildTemplateFile());
}

async function findOrBuildTemplateFile(): Promise<string> {
  const file = join(tmpdir(), `zdm-pglite-template-${templateKey()}.tar`);
  if (!existsSync(file)) {
    const tarball = await buildTemplate();
    // Workers may build it at once: each writes its own file and links it in unless one is there
    // (same content). The first stays: a worker reads it through a Blob of that file, which a file
    // renamed over it would make unreadable.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.from(await tarball.arrayBuffer()));
    try {
      linkSync(partial, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(partial);
    }
  }
  return file;
}

/**
 * PGlite's version, TEMPLATE_SETTINGS, every migration's name and the text of every file in a lib's
 * migrations folder.
 */
function templateKey(): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(TEMPLATE_SETTINGS));
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
    // One statement each: ALTER SYSTEM refuses to run inside a transaction block.
    for (const [name, value] of Object.entries(TEMPLATE_SETTINGS)) {
      await dataSource.query(`ALTER SYSTEM SET ${name} = '${value}'`);
    }
    return await (await PGliteInstance.getInstance()).dumpDataDir('none');
  } finally {
    await dataSource.destroy();
  }
}
