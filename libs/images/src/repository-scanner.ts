import { Injectable } from '@nestjs/common';
import { realpath, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { isImageFileName } from './image-name';
import { isInside, scanRepository, ScannedChunk, ScannedImageFile, ScanOptions } from './repository-scan';

/** Injection token of the `RepositoryScanner` port. */
export const REPOSITORY_SCANNER = Symbol('REPOSITORY_SCANNER');

/** One file as `statFile` finds it. */
export type ImageFileState =
  | { kind: 'file'; file: ScannedImageFile }
  /** Gone, not a regular file, or not named `*.ZIA`. */
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
      const [realPath, realRoot] = await Promise.all([realpath(path), realpath(root)]);
      if (!isInside(realPath, realRoot)) return { kind: 'outside', realPath };
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
