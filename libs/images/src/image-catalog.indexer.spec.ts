/**
 * Medium layer: the indexer and the coordinating service on embedded PGlite (the real migrations and
 * SQL) against temporary directories (the real file system). The header CLI is a fake port that reads
 * a JSON header from the file, so each case says exactly what "readable" means; the clock is moved by
 * hand.
 */
import { types } from '@electric-sql/pglite';
import { Logger } from '@nestjs/common';
import { AppConfig, AppException, ManualClock, MetricsRegistry, SystemTimers } from '@zdm/common';
import { ExclusiveSessionPool } from '@zdm/database';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { PGliteDriver } from 'typeorm-pglite';
import { emptyRefreshReport } from './catalog-refresh';
import { HeaderCliFailure, HeaderReadResult, ImageHeaderReader, emptyHeaderReadResult } from './header-reader';
import { ImageHeader } from './image-header';
import { ImageHeaderEntity } from './image-header.entity';
import { ImageCatalogIndexer } from './image-catalog.indexer';
import { ImageCatalogMetrics } from './image-catalog.metrics';
import { CatalogWalk } from './catalog-walk';
import { ImageCatalogRepository } from './image-catalog.repository';
import { ImageCatalogService } from './image-catalog.service';
import { ImageListQuery } from './image-list.dto';
import { migrations } from './migrations';
import { FileSystemScanner, RepositoryScanner } from './repository-scanner';

jest.setTimeout(60_000);

const SERVER = 'medium-server (10.0.0.1)';

function header(name: string, extra: Partial<ImageHeader> = {}): ImageHeader {
  return {
    name,
    time: '2026-01-01 00:00:00',
    type: 'full',
    compressed: true,
    server: SERVER,
    os: 'Linux',
    partitionSize: 1000,
    imageSize: 500,
    mountPoint: '/',
    device: '/dev/sda1',
    filesystem: 'xfs',
    diskNumber: 0,
    partitionNumber: 1,
    ...extra,
  };
}

/** The header-reader port: a file holding JSON is readable, anything else is `unreadable`. */
class JsonHeaderReader implements ImageHeaderReader {
  reads: string[] = [];
  /** When set, `read` waits for it (a slow CLI). */
  gate?: Promise<void>;
  failWith?: string;

  async read(paths: string[]): Promise<HeaderReadResult> {
    this.reads.push(...paths);
    if (this.gate) await this.gate;
    if (this.failWith) throw new HeaderCliFailure(this.failWith);
    const result = emptyHeaderReadResult();
    for (const path of paths) {
      try {
        result.headers.set(path, JSON.parse(readFileSync(path, 'utf8')) as ImageHeader);
      } catch {
        result.errors.set(path, { path, kind: 'unreadable', reason: 'not a header' });
      }
    }
    return result;
  }
}

let dataSource: DataSource;
let root: string;
let reader: JsonHeaderReader;
let clock: ManualClock;
let metrics: MetricsRegistry;
let repository: ImageCatalogRepository;
let indexer: ImageCatalogIndexer;
let service: ImageCatalogService;

const config = (repositoryPath: string) =>
  ({
    backupRepositoryPath: repositoryPath,
    embeddedDatabase: true,
    shutdownGraceMs: 1000,
    imageCatalog: {
      refreshIntervalMs: 0,
      freshnessMs: 30_000,
      maxWaitMs: 1000,
      batchSize: 16,
      concurrency: 1,
      timeoutMs: 1000,
      maxOutputBytes: 1 << 20,
    },
  }) as unknown as AppConfig;

function write(relative: string, content: ImageHeader | string): string {
  const path = join(root, relative);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

async function rows(): Promise<{ path: string; status: string; type: string | null }[]> {
  return dataSource.query('SELECT path, status, type FROM image_headers ORDER BY path');
}

async function index() {
  const report = emptyRefreshReport();
  await indexer.index(root, report);
  return report;
}

/**
 * Time passes: for this process (the clock port) and for the database (whose clock says how old the
 * shared refresh is): the recorded refresh moves back by as much.
 */
async function advance(ms: number): Promise<void> {
  clock.advance(ms);
  await dataSource.query(
    "UPDATE image_catalog_states SET refreshed_at = refreshed_at - $1 * interval '1 millisecond'",
    [ms],
  );
}

const everything = (): ImageListQuery => ({}) as ImageListQuery;

beforeAll(async () => {
  Logger.overrideLogger(false);
  new PGliteDriver({ parsers: { [types.INT8]: (value: string) => value } });
  dataSource = new DataSource({
    type: 'postgres',
    driver: { Pool: ExclusiveSessionPool },
    entities: [ImageHeaderEntity],
    migrations,
    migrationsRun: true,
    synchronize: false,
  });
  await dataSource.initialize();
});

afterAll(async () => {
  await dataSource.destroy();
});

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'zdm-catalog-medium-'));
  await dataSource.query('TRUNCATE image_headers');
  await dataSource.query('UPDATE image_catalog_states SET refreshed_at = NULL, generation = 0');
  reader = new JsonHeaderReader();
  clock = new ManualClock('2026-01-01T00:00:00Z');
  repository = new ImageCatalogRepository(dataSource, config(root));
  indexer = new ImageCatalogIndexer(config(root), repository, new FileSystemScanner(), reader);
  metrics = new MetricsRegistry();
  service = new ImageCatalogService(
    config(root),
    repository,
    indexer,
    new CatalogWalk(config(root), repository, indexer, clock, new ImageCatalogMetrics(metrics, repository)),
    clock,
    new SystemTimers(),
  );
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('ImageCatalogIndexer on PGlite and a real directory', () => {
  it('indexes new files, then re-reads only the changed one', async () => {
    const a = write('s1/a_[2026-01-01_00_00].ZIA', header('a_[2026-01-01_00_00].ZIA'));
    write('s1/b_[2026-01-01_00_00].ZIA', header('b_[2026-01-01_00_00].ZIA'));
    write('s1/notes.txt', 'not an image');
    expect(await index()).toEqual({ files: 2, read: 2, unreadable: 0, removed: 0, ms: 0 });
    // keyed by the path relative to the repository
    expect((await rows()).map((r) => [r.path, r.type])).toEqual([
      ['s1/a_[2026-01-01_00_00].ZIA', 'full'],
      ['s1/b_[2026-01-01_00_00].ZIA', 'full'],
    ]);

    reader.reads = [];
    expect(await index()).toEqual({ files: 2, read: 0, unreadable: 0, removed: 0, ms: 0 });
    expect(reader.reads).toEqual([]);

    write('s1/a_[2026-01-01_00_00].ZIA', header('a_[2026-01-01_00_00].ZIA', { type: 'increment', os: 'Linux 2' }));
    expect(await index()).toMatchObject({ read: 1 });
    expect(reader.reads).toEqual([a]);
    expect((await rows()).find((r) => r.path === 's1/a_[2026-01-01_00_00].ZIA')?.type).toBe('increment');
  });

  it('drops rows of removed files and removed directories', async () => {
    const a = write('s1/a.ZIA', header('a.ZIA'));
    write('s1/b.ZIA', header('b.ZIA'));
    write('s2/deep/c.ZIA', header('c.ZIA'));
    await index();
    unlinkSync(a);
    rmSync(join(root, 's2'), { recursive: true });
    expect(await index()).toMatchObject({ files: 1, removed: 2 });
    expect((await rows()).map((r) => r.path)).toEqual(['s1/b.ZIA']);
  });

  it('never drops rows written after the walk started (another writer added them meanwhile)', async () => {
    write('s1/a.ZIA', header('a.ZIA'));
    const [{ now: startedAt }] = await dataSource.query('SELECT now() AS now');
    // a walk that listed the tree before s2 existed: s2/b.ZIA written after it started is kept
    const late = write('s2/b.ZIA', header('b.ZIA'));
    const report = emptyRefreshReport();
    const before: RepositoryScanner = {
      statFile: (at, path) => new FileSystemScanner().statFile(at, path),
      async *scan(at, options) {
        for await (const chunk of new FileSystemScanner().scan(at, options)) if (!chunk.dir.endsWith('s2')) yield chunk;
      },
    };
    await indexer.ingest(root, late);
    await new ImageCatalogIndexer(config(root), repository, before, reader).index(root, report, {
      startedAt: new Date(startedAt),
    });
    expect(report.removed).toBe(0);
    expect((await rows()).map((r) => r.path)).toEqual(['s1/a.ZIA', 's2/b.ZIA']);
    // the next walk (it sees s2) keeps it too; one that starts after s2 is gone drops it
    rmSync(join(root, 's2'), { recursive: true });
    expect(await index()).toMatchObject({ removed: 1 });
  });

  it('the same share at two mount points gives the same rows (no re-read, no flip)', async () => {
    write('s1/a.ZIA', header('a.ZIA'));
    await index();
    const other = `${root}-mount2`;
    symlinkSync(root, other);
    try {
      reader.reads = [];
      const report = emptyRefreshReport();
      await indexer.index(other, report);
      expect(report).toMatchObject({ files: 1, read: 0, removed: 0 });
      expect((await rows()).map((r) => r.path)).toEqual(['s1/a.ZIA']);
    } finally {
      unlinkSync(other);
    }
  });

  it('skips a symlinked image whose real path leaves the repository', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'zdm-catalog-outside-'));
    try {
      writeFileSync(join(outside, 'secret.ZIA'), JSON.stringify(header('secret.ZIA')));
      symlinkSync(join(outside, 'secret.ZIA'), join(root, 'escape.ZIA'));
      write('inside.ZIA', header('inside.ZIA'));
      symlinkSync(join(root, 'inside.ZIA'), join(root, 'alias.ZIA')); // stays inside: followed
      expect(await index()).toMatchObject({ files: 2 });
      expect(reader.reads.map((p) => p.slice(root.length + 1)).sort()).toEqual(['alias.ZIA', 'inside.ZIA']);
      expect(await service.ingest(join(root, 'escape.ZIA'))).toEqual({ status: 'outside' });
      expect(await service.ingest(join(outside, 'secret.ZIA'))).toEqual({ status: 'outside' });
      expect(reader.reads).toHaveLength(2);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('keeps an unreadable file as such and does not read it again until it changes', async () => {
    write('broken.ZIA', 'garbage');
    expect(await index()).toMatchObject({ read: 1, unreadable: 1 });
    expect(await rows()).toEqual([{ path: 'broken.ZIA', status: 'unreadable', type: null }]);
    reader.reads = [];
    await index();
    expect(reader.reads).toEqual([]);
    write('broken.ZIA', header('broken.ZIA'));
    await index();
    expect(await rows()).toEqual([{ path: 'broken.ZIA', status: 'ok', type: 'full' }]);
  });

  it('keeps rows under a directory the walk could not list to the end', async () => {
    write('locked/a.ZIA', header('a.ZIA'));
    await index();
    const real = new FileSystemScanner();
    const partial: RepositoryScanner = {
      statFile: (at, path) => real.statFile(at, path),
      async *scan(at, options) {
        for await (const chunk of real.scan(at, options))
          yield chunk.dir.endsWith('/locked') ? { ...chunk, files: [], complete: false } : chunk;
      },
    };
    const report = emptyRefreshReport();
    await new ImageCatalogIndexer(config(root), repository, partial, reader).index(root, report);
    expect(report).toMatchObject({ files: 0, removed: 0 });
    expect(await rows()).toHaveLength(1);
  });

  it('ingest() reads one file now; remove() drops rows; imagesOfJob() lists a job oldest first', async () => {
    const first = write('job/web_ROOT_[2026-01-01_00_00].ZIA', header('web_ROOT_[2026-01-01_00_00].ZIA'));
    const second = write(
      'job/web_ROOT_[2026-01-02_00_00].ZIA',
      header('web_ROOT_[2026-01-02_00_00].ZIA', { time: '2026-01-02 00:00:00', type: 'increment' }),
    );
    expect(await service.ingest(second)).toMatchObject({ status: 'ok', header: { type: 'increment' } });
    expect(await service.ingest(first)).toMatchObject({ status: 'ok' });
    expect(await service.ingest(write('job/x.ZIA', 'garbage'))).toEqual({
      status: 'unreadable',
      reason: 'not a header',
    });
    expect(await service.ingest(join(root, 'job/none.ZIA'))).toEqual({ status: 'missing' });
    expect((await service.imagesOfJob('web_ROOT')).map((i) => [i.path, i.type])).toEqual([
      [first, 'full'],
      [second, 'increment'],
    ]);
    expect(await service.remove([first, join(root, 'job/none.ZIA')])).toBe(1);
    expect((await service.imagesOfJob('web_ROOT')).map((i) => i.path)).toEqual([second]);
  });

  it('ingest() of a file that vanished drops its row', async () => {
    const a = write('a.ZIA', header('a.ZIA'));
    await service.ingest(a);
    unlinkSync(a);
    expect(await service.ingest(a)).toEqual({ status: 'missing' });
    expect(await rows()).toEqual([]);
  });
});

describe('ImageCatalogService: freshness, stale answers, generations', () => {
  const names = async () =>
    (
      JSON.parse((await service.list(SERVER, everything())).data.bytes.toString('utf8')) as {
        images: { name: string }[];
      }
    ).images.map((i) => i.name);

  it('exposes the catalog size, the last refresh and the refresh durations as metrics', async () => {
    const sample = async (name: string) => {
      const line = (await metrics.render()).split('\n').find((l) => l.startsWith(`${name} `));
      return line === undefined ? undefined : Number(line.slice(name.length + 1));
    };
    expect(await sample('zdm_catalog_images')).toBe(0);
    expect(await sample('zdm_catalog_last_refresh_timestamp_seconds')).toBe(0);
    write('a.ZIA', header('a.ZIA'));
    write('b.ZIA', header('b.ZIA'));
    const [{ now }] = (await dataSource.query('SELECT now() AS now')) as { now: Date }[];
    await service.refresh();
    expect(await sample('zdm_catalog_images')).toBe(2);
    expect(await sample('zdm_catalog_last_refresh_timestamp_seconds')).toBeGreaterThanOrEqual(
      Math.floor(new Date(now).getTime() / 1000),
    );
    expect(await sample('zdm_catalog_refresh_duration_seconds_count{outcome="ok"}')).toBe(1);
  });

  it('zdm_catalog_images follows additions and removals between full walks (issue 24)', async () => {
    const images = async () => {
      const line = (await metrics.render()).split('\n').find((l) => l.startsWith('zdm_catalog_images '));
      return Number(line?.slice('zdm_catalog_images '.length));
    };
    write('a.ZIA', header('a.ZIA'));
    await service.refresh();
    expect(await images()).toBe(1);
    // What the watcher does for new files and removed directories: no walk in between.
    const added = [write('job/b.ZIA', header('b.ZIA')), write('job/c.ZIA', header('c.ZIA'))];
    await service.ingestPaths(added);
    expect(await images()).toBe(3);
    rmSync(join(root, 'job'), { recursive: true });
    await service.removeDirectory(join(root, 'job'));
    expect(await images()).toBe(1);
    expect(await service.remove([join(root, 'a.ZIA')])).toBe(1);
    expect(await images()).toBe(0);
  });

  it('answers 503 REPOSITORY_UNAVAILABLE naming the path when the repository cannot be read', async () => {
    rmSync(root, { recursive: true, force: true });
    const refused = await service.list(SERVER, everything()).then(
      () => undefined,
      (error: unknown) => error as AppException,
    );
    expect(refused).toBeInstanceOf(AppException);
    expect([refused!.getStatus(), refused!.code, refused!.text.en]).toEqual([
      503,
      'REPOSITORY_UNAVAILABLE',
      `Failed to retrieve backup images: backup repository not accessible: ${root} (ENOENT)`,
    ]);
  });

  it('answers from its cache until the freshness window passes, then sees the change', async () => {
    write('a.ZIA', header('a.ZIA'));
    expect(await names()).toEqual(['a.ZIA']);
    write('b.ZIA', header('b.ZIA', { time: '2026-01-02 00:00:00' }));
    await advance(29_000);
    expect(await names()).toEqual(['a.ZIA']); // fresh: no walk
    await advance(2_000);
    expect(await names()).toEqual(['a.ZIA', 'b.ZIA']);
  });

  it('a slow refresh: answers from the index flagged stale, then fresh once it is done', async () => {
    write('a.ZIA', header('a.ZIA'));
    await service.refresh();
    write('b.ZIA', header('b.ZIA', { time: '2026-01-02 00:00:00' }));
    let open!: () => void;
    reader.gate = new Promise((done) => (open = done));
    await advance(60_000);
    const first = await service.list(SERVER, everything());
    expect(first.stale).toBe(true);
    expect(JSON.parse(first.data.bytes.toString('utf8')).images).toHaveLength(1);
    open();
    await service.refresh();
    const second = await service.list(SERVER, everything());
    expect(second.stale).toBe(false);
    expect(JSON.parse(second.data.bytes.toString('utf8')).images).toHaveLength(2);
  });

  it('bumps the shared generation only when rows change; another replica’s bump clears the cache', async () => {
    const generation = async () =>
      Number((await dataSource.query('SELECT generation FROM image_catalog_states'))[0].generation);
    write('a.ZIA', header('a.ZIA'));
    await service.refresh();
    const afterFirst = await generation();
    expect(afterFirst).toBeGreaterThan(0);
    await service.refresh();
    expect(await generation()).toBe(afterFirst); // nothing changed

    expect(await names()).toEqual(['a.ZIA']);
    // another replica indexed b.ZIA and bumped the generation
    const other = new ImageCatalogService(
      config(root),
      repository,
      indexer,
      new CatalogWalk(
        config(root),
        repository,
        indexer,
        clock,
        new ImageCatalogMetrics(new MetricsRegistry(), repository),
      ),
      clock,
      new SystemTimers(),
    );
    write('b.ZIA', header('b.ZIA', { time: '2026-01-02 00:00:00' }));
    await other.refresh();
    expect(await generation()).toBe(afterFirst + 1);
    await advance(31_000); // this replica's freshness ran out: it reads the shared state, sees the new generation
    expect(await names()).toEqual(['a.ZIA', 'b.ZIA']);
  });

  it('a CLI failure becomes the seed 500 and is remembered until a refresh succeeds', async () => {
    write('a.ZIA', header('a.ZIA'));
    reader.failWith = 'Command failed: license expired';
    await expect(service.list(SERVER, everything())).rejects.toMatchObject({
      text: { en: 'Failed to retrieve backup images: Command failed: license expired' },
    });
    reader.failWith = undefined;
    expect(await names()).toEqual(['a.ZIA']);
  });
});
