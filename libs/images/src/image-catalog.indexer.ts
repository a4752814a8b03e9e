import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@zdm/common';
import {
  CatalogRefreshFailure,
  CatalogRefreshReport,
  emptyRefreshReport,
  RepositoryUnavailable,
} from './catalog-refresh';
import { HeaderCliFailure, HeaderReadResult, IMAGE_HEADER_READER, ImageHeaderReader } from './header-reader';
import { ImageHeader } from './image-header';
import { CatalogRow } from './catalog-row';
import { ImageCatalogRepository } from './image-catalog.repository';
import { basename, isAbsolute, join, relative, sep } from 'node:path';
import { ScannedImageFile } from './repository-scan';
import { REPOSITORY_SCANNER, RepositoryScanner } from './repository-scanner';

/** What `ingest` found for one file. */
export type IngestResult =
  | { status: 'ok'; header: ImageHeader }
  | { status: 'unreadable'; reason: string }
  /** Not there (any more), or not a `*.ZIA` file: its row, if any, was dropped. */
  | { status: 'missing' }
  /** Not inside the repository, or a symlink whose real path leaves it: not read, not listed. */
  | { status: 'outside' };

/** How a walk runs. */
export interface IndexOptions {
  /** Database time the walk started: rows written at or after it are never swept by this walk. */
  startedAt?: Date;
  /** Checked between chunks (shutdown). */
  stopping?: () => boolean;
}

/** A scanned file and its catalog key. */
interface KeyedFile extends ScannedImageFile {
  key: string;
}

function under(dir: string, parent: string): boolean {
  return parent === '.' || dir === parent || dir.startsWith(`${parent}/`);
}

/**
 * The catalog key of a file: its path relative to the repository root, `/`-separated (so the same
 * share mounted at two paths gives the same keys). `undefined` when it is not under the root.
 */
export function catalogKey(root: string, path: string): string | undefined {
  const rel = relative(root, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

/** A directory's key (`.` for the root). */
function dirKey(root: string, dir: string): string {
  return relative(root, dir).split(sep).join('/') || '.';
}

/**
 * Brings `image_headers` in step with the files: walks the repository through the scanner port, reads
 * only new or changed files through the header-reader port (batched), drops rows of removed files.
 * Stateless between calls; the coordinating `ImageCatalogService` decides when it runs.
 */
@Injectable()
export class ImageCatalogIndexer {
  private readonly logger = new Logger(ImageCatalogIndexer.name);

  constructor(
    private readonly config: AppConfig,
    private readonly repository: ImageCatalogRepository,
    @Inject(REPOSITORY_SCANNER) private readonly scanner: RepositoryScanner,
    @Inject(IMAGE_HEADER_READER) private readonly reader: ImageHeaderReader,
  ) {}

  /**
   * One full pass over `root`, counted into `report`. Throws `CatalogRefreshFailure` when the root
   * cannot be read or the CLI fails (what was read is kept).
   */
  async index(root: string, report: CatalogRefreshReport, options: IndexOptions = {}): Promise<void> {
    const { startedAt, stopping = () => false } = options;
    const seenDirs = new Set<string>();
    const incompleteDirs: string[] = [];
    const { batchSize, concurrency } = this.config.imageCatalog;
    const flushSize = Math.max(256, batchSize * concurrency * 4);
    let pending: KeyedFile[] = [];
    // The directory being listed: names seen so far and how many of them already had a row.
    let current = { dir: '', names: new Set<string>(), known: 0 };

    const scan = this.scanner.scan(root, {
      onError: (path, error) => this.logger.warn(`image catalog: cannot read ${path}: ${error.code ?? error.message}`),
      onEscape: (path, realPath) =>
        this.logger.warn(`image catalog: skipped ${path}: its real path ${realPath} is outside the repository`),
    });
    try {
      for await (const chunk of scan) {
        if (stopping()) throw new CatalogRefreshFailure('refresh interrupted by shutdown');
        const dir = dirKey(root, chunk.dir);
        if (dir !== current.dir) current = { dir, names: new Set(), known: 0 };
        seenDirs.add(dir);
        if (!chunk.complete) incompleteDirs.push(dir);
        report.files += chunk.files.length;
        const files = chunk.files.map((f) => ({ ...f, key: dir === '.' ? f.name : `${dir}/${f.name}` }));
        for (const file of files) current.names.add(file.name);

        const stored = await this.repository.storedKeys(files.map((f) => f.key));
        current.known += stored.size;
        pending.push(...files.filter((f) => stored.get(f.key) !== `${f.size}:${f.mtimeNs}:${f.inode}`));
        if (pending.length >= flushSize) {
          const batch = pending;
          pending = [];
          await this.readAndStore(batch, report);
        }
        if (chunk.last && chunk.complete)
          report.removed += await this.sweepDirectory(current.dir, current.names, current.known, startedAt);
      }
    } catch (error) {
      if (error instanceof CatalogRefreshFailure) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code && (error as NodeJS.ErrnoException).path === root) throw new RepositoryUnavailable(root, code);
      throw error;
    }
    if (pending.length) await this.readAndStore(pending, report);
    report.removed += await this.sweepDirectories(seenDirs, incompleteDirs, startedAt);
  }

  /**
   * Reads one file's header now and writes its row (or drops the row when the file is gone). Throws
   * `CatalogRefreshFailure` when the header CLI fails as a whole.
   */
  async ingest(root: string, path: string): Promise<IngestResult> {
    const result = (await this.ingestMany(root, [path])).get(path);
    if (!result) throw new CatalogRefreshFailure(`the header CLI said nothing about ${basename(path)}`);
    return result;
  }

  /**
   * `ingest` for several files at once (one batch through the header CLI). A file the CLI said nothing
   * about has no entry in the answer.
   */
  async ingestMany(
    root: string,
    paths: string[],
    report = emptyRefreshReport(),
    options: { skipLinkedCopies?: boolean } = {},
  ): Promise<Map<string, IngestResult>> {
    const results = new Map<string, IngestResult>();
    const files: KeyedFile[] = [];
    const gone: string[] = [];
    for (const path of paths) {
      const key = catalogKey(root, path);
      if (key === undefined) {
        results.set(path, { status: 'outside' });
        continue;
      }
      const state = await this.scanner.statFile(root, path);
      if (state.kind === 'file') {
        files.push({ ...state.file, key });
        continue;
      }
      gone.push(key);
      if (state.kind === 'missing') results.set(path, { status: 'missing' });
      else {
        this.logger.warn(`image catalog: skipped ${path}: its real path ${state.realPath} is outside the repository`);
        results.set(path, { status: 'outside' });
      }
    }
    if (options.skipLinkedCopies) {
      // A hard link of a file the catalog lists under another path is that file: listed once (the full
      // walk does the same by dev:ino). Same inode, size and mtime: the same file.
      const copies = await this.repository.linkedCopies(
        files.map((f) => ({ path: f.key, fileSize: f.size, mtimeNs: f.mtimeNs, inode: f.inode })),
      );
      for (const file of files.filter((f) => copies.has(f.key))) results.set(file.path, { status: 'missing' });
      files.splice(0, files.length, ...files.filter((f) => !copies.has(f.key)));
    }
    report.files += files.length;
    if (gone.length) report.removed += await this.repository.deletePaths(gone);
    const rows = new Map((await this.readAndStore(files, report)).map((row) => [row.path, row]));
    for (const file of files) {
      const row = rows.get(file.key);
      if (row)
        results.set(
          file.path,
          row.status === 'ok' ? { status: 'ok', header: row.header } : { status: 'unreadable', reason: row.error },
        );
    }
    return results;
  }

  /** Drops the rows of every file in or below `dir` (a directory that was removed). */
  removeDirectory(root: string, dir: string): Promise<number> {
    const key = catalogKey(root, dir);
    return key === undefined ? Promise.resolve(0) : this.repository.deleteUnder(key);
  }

  /** Drops the rows of `paths` (files removed by their owner); returns how many there were. */
  remove(root: string, paths: string[]): Promise<number> {
    const keys = paths.map((p) => catalogKey(root, p)).filter((k): k is string => k !== undefined);
    return this.repository.deletePaths(keys);
  }

  /** The absolute path of a catalog key. */
  absolutePath(root: string, key: string): string {
    return join(root, ...key.split('/'));
  }

  /**
   * Reads the headers of `files` and upserts them; returns the rows written. Rethrows a CLI failure
   * (as `CatalogRefreshFailure`) after storing what was read.
   */
  private async readAndStore(files: KeyedFile[], report: CatalogRefreshReport): Promise<CatalogRow[]> {
    if (!files.length) return [];
    let result: HeaderReadResult;
    let failure: HeaderCliFailure | undefined;
    try {
      result = await this.reader.read(files.map((f) => f.path));
    } catch (error) {
      if (!(error instanceof HeaderCliFailure)) throw error;
      failure = error;
      result = error.partial;
    }
    const rows: CatalogRow[] = [];
    for (const file of files) {
      const key = { path: file.key, fileSize: file.size, mtimeNs: file.mtimeNs, inode: file.inode };
      const header = result.headers.get(file.path);
      const error = result.errors.get(file.path);
      if (header) rows.push({ ...key, status: 'ok', header });
      else if (error?.kind === 'unreadable') {
        rows.push({ ...key, status: 'unreadable', error: error.reason });
        report.unreadable++;
      }
      // not reported / not read (CLI failure): no row, so it is tried again next time
    }
    report.read += rows.length;
    await this.repository.upsert(rows);
    if (failure) throw new CatalogRefreshFailure(failure.reason);
    return rows;
  }

  /** Drops rows of files no longer in `dir` (cheap check first: the row count). */
  private async sweepDirectory(dir: string, names: Set<string>, known: number, before?: Date): Promise<number> {
    if ((await this.repository.countInDir(dir)) <= known) return 0;
    const gone = (await this.repository.pathsInDir(dir)).filter((p) => !names.has(p.slice(p.lastIndexOf('/') + 1)));
    return this.repository.deletePaths(gone, before);
  }

  /** Drops rows of directories not seen by this (complete) walk, except under directories that could not be listed. */
  private async sweepDirectories(seen: Set<string>, incomplete: string[], before?: Date): Promise<number> {
    const gone = (await this.repository.distinctDirs()).filter(
      (dir) => !seen.has(dir) && !incomplete.some((d) => under(dir, d)),
    );
    return this.repository.deleteDirs(gone, before);
  }
}
