import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
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

/** lstat calls a scan has in flight at once. */
const STATS_AT_ONCE = 32;

/** Files and directories under `root` (sorted, parents before children), without checksums. */
export async function scanTree(root: string): Promise<{ entries: TreeEntry[]; skipped: string[] }> {
  const entries: TreeEntry[] = [];
  const skipped: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    const names = (await readdir(join(root, relative))).sort();
    const paths = names.map((name) => (relative ? `${relative}/${name}` : name));
    // The entries of a directory are looked at in parallel batches (the file system's latency, not
    // its work, is what thousands of lstat calls one after the other would cost).
    const stats = [];
    for (let at = 0; at < paths.length; at += STATS_AT_ONCE)
      stats.push(...(await Promise.all(paths.slice(at, at + STATS_AT_ONCE).map((path) => lstat(join(root, path))))));
    for (const [index, path] of paths.entries()) {
      const stat = stats[index];
      if (stat.isDirectory()) {
        entries.push({ path, type: 'directory', size: 0, mtimeMs: stat.mtimeMs, mode: stat.mode & 0o7777 });
        await walk(path);
      } else if (stat.isFile()) {
        entries.push({ path, type: 'file', size: stat.size, mtimeMs: stat.mtimeMs, mode: stat.mode & 0o7777 });
      } else {
        skipped.push(path);
      }
    }
  };
  await walk('');
  return { entries, skipped };
}

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
