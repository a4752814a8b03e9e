import { createHash } from 'node:crypto';
import { createReadStream, lstat, readdir, Stats } from 'node:fs';
import { join } from 'node:path';

/** One file or directory of a backed-up tree; `path` is relative, `/`-separated. */
export interface TreeEntry {
  path: string;
  type: 'file' | 'directory';
  size: number;
  mtimeMs: number;
  mode: number;
  /** Lowercase hex sha256 of the file's bytes (files only). */
  sha256?: string;
}

/**
 * The manifest an image's payload starts with: the whole tree as it was at this image (so the next
 * increment diffs against it), which entries this image carries, and what was deleted since its
 * parent (applied by a restore after this image's files).
 */
export interface TreeManifest {
  format: typeof TREE_MANIFEST_FORMAT;
  level: 'full' | 'increment';
  /** The image this one follows (increments with a parent only). */
  parent: string | null;
  entries: TreeEntry[];
  /** Paths of `entries` whose content this image's payload carries. */
  carried: string[];
  /** Paths of the parent's tree that are gone (deepest first). */
  deleted: string[];
  /** Entries of the source that are neither files nor directories (symlinks, sockets…): not backed up. */
  skipped: string[];
}

export const TREE_MANIFEST_FORMAT = 'zdm-tree 1';

/** File-system calls (readdir, lstat) a scan has in flight at once. */
const CALLS_AT_ONCE = 64;

/**
 * Files and directories under `root` (sorted, parents before children), without checksums.
 *
 * A tree of thousands of entries costs the file system's latency and Node's cost per call, not the
 * file system's work: the tree is listed level by level, every directory of a level at once and every
 * name of it lstat'ed at once (CALLS_AT_ONCE calls in flight), through the callback API (a third of
 * `fs/promises`' CPU per call), and put in order at the end.
 */
export async function scanTree(root: string): Promise<{ entries: TreeEntry[]; skipped: string[] }> {
  /** The sorted names of each directory (by relative path, '' the root), with what each one is. */
  const listings = new Map<string, { path: string; entry?: TreeEntry }[]>();
  for (let level = ['']; level.length > 0;) {
    const names = await atMost(level, (dir) => namesIn(join(root, dir)));
    const paths = level.flatMap((dir, index) => names[index].sort().map((name) => (dir ? `${dir}/${name}` : name)));
    const stats = await atMost(paths, (path) => lstatOf(join(root, path)));
    const next: string[] = [];
    const listed = paths.map((path, index) => {
      const stat = stats[index];
      const mode = stat.mode & 0o7777;
      if (stat.isDirectory()) {
        next.push(path);
        return { path, entry: { path, type: 'directory' as const, size: 0, mtimeMs: stat.mtimeMs, mode } };
      }
      if (stat.isFile())
        return { path, entry: { path, type: 'file' as const, size: stat.size, mtimeMs: stat.mtimeMs, mode } };
      return { path };
    });
    let at = 0;
    for (const [index, dir] of level.entries()) {
      listings.set(dir, listed.slice(at, at + names[index].length));
      at += names[index].length;
    }
    level = next;
  }
  const entries: TreeEntry[] = [];
  const skipped: string[] = [];
  const walk = (dir: string): void => {
    for (const { path, entry } of listings.get(dir) ?? []) {
      if (!entry) skipped.push(path);
      else {
        entries.push(entry);
        if (entry.type === 'directory') walk(path);
      }
    }
  };
  walk('');
  return { entries, skipped };
}

/** `work` of each item, at most CALLS_AT_ONCE at a time; the results in the items' order. */
async function atMost<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      try {
        results[index] = await work(items[index]);
      } catch (error) {
        next = items.length; // the first failure is the answer: the other workers take nothing new
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CALLS_AT_ONCE, items.length) }, worker));
  return results;
}

const namesIn = (path: string) =>
  new Promise<string[]>((resolve, reject) => readdir(path, (error, names) => (error ? reject(error) : resolve(names))));

const lstatOf = (path: string) =>
  new Promise<Stats>((resolve, reject) => lstat(path, (error, stat) => (error ? reject(error) : resolve(stat))));

/**
 * What an image carries (pure): everything when there is no parent manifest; otherwise the
 * entries new since the parent or whose type, size or modification time changed, and the parent's
 * paths that are gone (deepest first, so a restore removes a directory's files before it).
 */
export function planTreeImage(
  current: readonly TreeEntry[],
  parent: Pick<TreeManifest, 'entries'> | null,
): { carried: string[]; deleted: string[] } {
  if (!parent) return { carried: current.map((e) => e.path), deleted: [] };
  const before = new Map(parent.entries.map((e) => [e.path, e]));
  const now = new Set(current.map((e) => e.path));
  const carried = current
    .filter((e) => {
      const old = before.get(e.path);
      if (!old || old.type !== e.type) return true;
      return e.type === 'file' && (old.size !== e.size || old.mtimeMs !== e.mtimeMs);
    })
    .map((e) => e.path);
  const deleted = parent.entries
    .map((e) => e.path)
    .filter((path) => !now.has(path))
    .sort((a, b) => b.split('/').length - a.split('/').length || (a < b ? 1 : -1));
  return { carried, deleted };
}

/** Lowercase hex sha256 of a file's bytes, streamed. */
export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
