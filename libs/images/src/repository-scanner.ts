import { Injectable } from '@nestjs/common';
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, relative, resolve } from 'node:path';
import { isImageFileName } from './image-name';
import { isInside, scanRepository, ScannedChunk, ScannedImageFile, ScanOptions } from './repository-scan';

/** Injection token of the `RepositoryScanner` port. */
export const REPOSITORY_SCANNER = Symbol('REPOSITORY_SCANNER');

/** One file as `statFile` finds it. */
export type ImageFileState =
  | { kind: 'file'; file: ScannedImageFile }
  /** Gone, not a regular file, not named `*.ZIA`, or reached through a directory symlink. */
  | { kind: 'missing' }
  /** Its real path (through symlinks) is outside the repository: never read. */
  | { kind: 'outside'; realPath: string };

/** The catalog's view of the file system: the walk of the repository and the state of one file. */
export interface RepositoryScanner {
  /** Streams the `*.ZIA` files under `root` per directory (see `scanRepository`). */
  scan(root: string, options?: ScanOptions): AsyncIterable<ScannedChunk>;
  /** One image file under `root`, with its invalidation key. */
  statFile(root: string, path: string): Promise<ImageFileState>;
}

/** The real file system. */
@Injectable()
export class FileSystemScanner implements RepositoryScanner {
  scan(root: string, options?: ScanOptions): AsyncIterable<ScannedChunk> {
    return scanRepository(root, options);
  }

  async statFile(root: string, path: string): Promise<ImageFileState> {
    const name = basename(path);
    if (!isImageFileName(name)) return { kind: 'missing' };
    try {
      const [realPath, realRoot, realDir] = await Promise.all([
        realpath(path),
        realpath(root),
        realpath(dirname(path)),
      ]);
      if (!isInside(realPath, realRoot)) return { kind: 'outside', realPath };
      // Reached through a directory symlink (`loop/` → `..`): the walk does not follow those, so the
      // file is listed under its own path only.
      if (relative(realRoot, realDir) !== relative(resolve(root), resolve(dirname(path)))) return { kind: 'missing' };
      const s = await stat(realPath, { bigint: true });
      if (!s.isFile()) return { kind: 'missing' };
      const file = { path, name, size: Number(s.size), mtimeNs: s.mtimeNs.toString(), inode: s.ino.toString() };
      return { kind: 'file', file };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
      throw error;
    }
  }
}
