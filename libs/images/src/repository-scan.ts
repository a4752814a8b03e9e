import { Dirent } from 'node:fs';
import { lstat, opendir, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { isImageFileName } from './image-name';

/** An image file found by the scan, with its invalidation key (size + mtime + inode, exact). */
export interface ScannedImageFile {
  path: string;
  name: string;
  size: number;
  /** mtime in ns since the epoch, as a decimal string (bigint column). */
  mtimeNs: string;
  /** inode as a decimal string (bigint column). */
  inode: string;
}

/**
 * A piece of one directory's listing. A directory yields one or more chunks in a row; the last one has
 * `last: true` (an empty directory yields exactly one, empty). `complete: false` means the listing could
 * not be read to the end: rows under this directory must not be swept.
 */
export interface ScannedChunk {
  dir: string;
  files: ScannedImageFile[];
  last: boolean;
  complete: boolean;
}

export interface ScanOptions {
  /** Files per chunk (default 500). */
  chunkSize?: number;
  /** `stat` calls in flight (default 32). */
  statConcurrency?: number;
  /** Called for directories/files that cannot be read (the scan goes on). */
  onError?: (path: string, error: NodeJS.ErrnoException) => void;
  /** The repository the walk belongs to, when `root` is a directory inside it (symlinks may point anywhere in it). */
  within?: string;
  /** Called for a file symlink whose real path is outside the root (skipped: never handed to the CLI). */
  onEscape?: (path: string, realPath: string) => void;
}

/** True when `path` is `root` or inside it (both real, absolute paths). */
export function isInside(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
}

/**
 * Where a symlinked image file really is, and whether that is inside `realRoot`. A file inside the
 * repository that points outside it (`/etc/passwd`) must not be read as an image.
 */
export async function confinedRealPath(path: string, realRoot: string): Promise<{ realPath: string; inside: boolean }> {
  const realPath = await realpath(path);
  return { realPath, inside: isInside(realPath, realRoot) };
}

/** `dev:ino` of a file or directory: the same file whatever the path it is reached by. */
function identityOf(s: { dev: bigint; ino: bigint }): string {
  return `${s.dev}:${s.ino}`;
}

/**
 * Where the walk has been: directories by `dev:ino` (a bind mount of a parent, or any other loop, is
 * walked once), and files with more than one hard link by `dev:ino` (each listed once, under the
 * first path the walk meets). Files with one link cannot repeat, so the set stays as small as the
 * number of directories and hard-linked files. A hard link to a file outside the repository is the
 * same file as far as the file system can tell: it is listed (once), like any file in the repository.
 */
interface Visited {
  dirs: Set<string>;
  linkedFiles: Set<string>;
}

async function statAll(
  dir: string,
  names: string[],
  links: Set<string>,
  realRoot: string,
  concurrency: number,
  options: ScanOptions,
  visited: Visited,
): Promise<ScannedImageFile[]> {
  const out: (ScannedImageFile | undefined)[] = new Array(names.length);
  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const index = next++;
      const path = join(dir, names[index]);
      try {
        if (links.has(names[index])) {
          const { realPath, inside } = await confinedRealPath(path, realRoot);
          if (!inside) {
            options.onEscape?.(path, realPath);
            continue;
          }
        }
        const s = await stat(path, { bigint: true });
        if (s.isFile()) {
          if (s.nlink > 1n && !links.has(names[index])) {
            const identity = identityOf(s);
            if (visited.linkedFiles.has(identity)) continue;
            visited.linkedFiles.add(identity);
          }
          out[index] = {
            path,
            name: names[index],
            size: Number(s.size),
            mtimeNs: s.mtimeNs.toString(),
            inode: s.ino.toString(),
          };
        }
      } catch (error) {
        // Gone between listing and stat, or a dangling symlink: not an image (any more).
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') options.onError?.(path, error as NodeJS.ErrnoException);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, names.length) }, worker));
  return out.filter((f): f is ScannedImageFile => f !== undefined);
}

/** Directory, (maybe) file, or something else. Some file systems (NFS, old XFS) do not report entry types. */
async function kindOf(dir: string, entry: Dirent): Promise<'dir' | 'file' | 'link' | 'other'> {
  if (entry.isDirectory()) return 'dir';
  if (entry.isFile()) return 'file';
  if (entry.isSymbolicLink()) return 'link';
  if (entry.isBlockDevice() || entry.isCharacterDevice() || entry.isFIFO() || entry.isSocket()) return 'other';
  try {
    const s = await lstat(join(dir, entry.name));
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : s.isSymbolicLink() ? 'link' : 'other';
  } catch {
    return 'other';
  }
}

/**
 * The directories from `within` down to the parent of `root` (`root` inside `within`), by `dev:ino`:
 * a walk of a directory that appeared (the watcher) must not walk one of its own ancestors again.
 */
async function ancestorsOf(root: string, within: string | undefined): Promise<Set<string>> {
  const seen = new Set<string>();
  if (within === undefined) return seen;
  const top = resolve(within);
  let dir = dirname(resolve(root));
  const rel = relative(top, dir);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return seen;
  for (;;) {
    const s = await stat(dir, { bigint: true }).catch(() => undefined);
    if (s) seen.add(identityOf(s));
    if (dir === top || dirname(dir) === dir) return seen;
    dir = dirname(dir);
  }
}

/**
 * Walks `root` recursively for `*.ZIA` files (any case), streaming: directories are read with `opendir`
 * and yielded in chunks, so memory stays flat whatever the repository size. Directory symlinks are not
 * followed, and a directory already walked (same `dev:ino`: a bind mount, a loop; with `within`, an
 * ancestor of `root`) is not walked again, so no image is listed twice; a file with several hard links
 * is listed once. File symlinks are followed when their real path stays inside the root (else skipped
 * and reported to `onEscape`). The root itself must be a readable directory (else it throws).
 */
export async function* scanRepository(root: string, options: ScanOptions = {}): AsyncGenerator<ScannedChunk> {
  const chunkSize = Math.max(1, options.chunkSize ?? 500);
  const statConcurrency = Math.max(1, options.statConcurrency ?? 32);
  const rootStat = await stat(root);
  if (!rootStat.isDirectory()) {
    throw Object.assign(new Error(`ENOTDIR: not a directory, scandir '${root}'`), { code: 'ENOTDIR', path: root });
  }
  const realRoot = await realpath(options.within ?? root);
  const visited: Visited = { dirs: await ancestorsOf(root, options.within), linkedFiles: new Set() };
  const stack: string[] = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    const identity = await stat(dir, { bigint: true }).then(identityOf, () => undefined);
    if (identity !== undefined) {
      if (visited.dirs.has(identity)) continue; // walked already under another path
      visited.dirs.add(identity);
    }
    let names: string[] = [];
    let links = new Set<string>();
    let complete = true;
    let handle;
    try {
      handle = await opendir(dir, { bufferSize: 256 });
    } catch (error) {
      if (dir === root) throw error;
      options.onError?.(dir, error as NodeJS.ErrnoException);
      yield { dir, files: [], last: true, complete: false };
      continue;
    }
    try {
      for await (const entry of handle as AsyncIterable<Dirent>) {
        const kind = await kindOf(dir, entry);
        if (kind === 'dir') stack.push(join(dir, entry.name));
        else if ((kind === 'file' || kind === 'link') && isImageFileName(entry.name)) {
          names.push(entry.name);
          if (kind === 'link') links.add(entry.name);
          if (names.length >= chunkSize) {
            const files = await statAll(dir, names, links, realRoot, statConcurrency, options, visited);
            names = [];
            links = new Set();
            yield { dir, files, last: false, complete: true };
          }
        }
      }
    } catch (error) {
      complete = false;
      options.onError?.(dir, error as NodeJS.ErrnoException);
    }
    const files = await statAll(dir, names, links, realRoot, statConcurrency, options, visited);
    yield { dir, files, last: true, complete };
  }
}
