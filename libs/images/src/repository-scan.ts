import { Dirent } from 'node:fs';
import { lstat, opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
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
}

async function statAll(
  dir: string,
  names: string[],
  concurrency: number,
  onError: ScanOptions['onError'],
): Promise<ScannedImageFile[]> {
  const out: (ScannedImageFile | undefined)[] = new Array(names.length);
  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const index = next++;
      const path = join(dir, names[index]);
      try {
        const s = await stat(path, { bigint: true });
        if (s.isFile()) {
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
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') onError?.(path, error as NodeJS.ErrnoException);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, names.length) }, worker));
  return out.filter((f): f is ScannedImageFile => f !== undefined);
}

/** Directory, (maybe) file, or something else. Some file systems (NFS, old XFS) do not report entry types. */
async function kindOf(dir: string, entry: Dirent): Promise<'dir' | 'file' | 'other'> {
  if (entry.isDirectory()) return 'dir';
  if (entry.isFile() || entry.isSymbolicLink()) return 'file';
  if (entry.isBlockDevice() || entry.isCharacterDevice() || entry.isFIFO() || entry.isSocket()) return 'other';
  try {
    const s = await lstat(join(dir, entry.name));
    return s.isDirectory() ? 'dir' : s.isFile() || s.isSymbolicLink() ? 'file' : 'other';
  } catch {
    return 'other';
  }
}

/**
 * Walks `root` recursively for `*.ZIA` files (any case), streaming: directories are read with `opendir`
 * and yielded in chunks, so memory stays flat whatever the repository size. Directory symlinks are not
 * followed (no loops); file symlinks are. The root itself must be a readable directory (else it throws).
 */
export async function* scanRepository(root: string, options: ScanOptions = {}): AsyncGenerator<ScannedChunk> {
  const chunkSize = Math.max(1, options.chunkSize ?? 500);
  const statConcurrency = Math.max(1, options.statConcurrency ?? 32);
  const rootStat = await stat(root);
  if (!rootStat.isDirectory()) {
    throw Object.assign(new Error(`ENOTDIR: not a directory, scandir '${root}'`), { code: 'ENOTDIR', path: root });
  }
  const stack: string[] = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    let names: string[] = [];
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
        else if (kind === 'file' && isImageFileName(entry.name)) {
          names.push(entry.name);
          if (names.length >= chunkSize) {
            const files = await statAll(dir, names, statConcurrency, options.onError);
            names = [];
            yield { dir, files, last: false, complete: true };
          }
        }
      }
    } catch (error) {
      complete = false;
      options.onError?.(dir, error as NodeJS.ErrnoException);
    }
    const files = await statAll(dir, names, statConcurrency, options.onError);
    yield { dir, files, last: true, complete };
  }
}
