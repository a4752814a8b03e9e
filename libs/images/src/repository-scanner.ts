import { Injectable } from '@nestjs/common';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { isImageFileName } from './image-name';
import { scanRepository, ScannedChunk, ScannedImageFile, ScanOptions } from './repository-scan';

/** Injection token of the `RepositoryScanner` port. */
export const REPOSITORY_SCANNER = Symbol('REPOSITORY_SCANNER');

/** The catalog's view of the file system: the walk of the repository and the state of one file. */
export interface RepositoryScanner {
  /** Streams the `*.ZIA` files under `root` per directory (see `scanRepository`). */
  scan(root: string, options?: ScanOptions): AsyncIterable<ScannedChunk>;
  /** One image file's invalidation key; `undefined` when it is gone or not an image file. */
  statFile(path: string): Promise<ScannedImageFile | undefined>;
}

/** The real file system. */
@Injectable()
export class FileSystemScanner implements RepositoryScanner {
  scan(root: string, options?: ScanOptions): AsyncIterable<ScannedChunk> {
    return scanRepository(root, options);
  }

  async statFile(path: string): Promise<ScannedImageFile | undefined> {
    const name = basename(path);
    if (!isImageFileName(name)) return undefined;
    try {
      const s = await stat(path, { bigint: true });
      if (!s.isFile()) return undefined;
      return { path, name, size: Number(s.size), mtimeNs: s.mtimeNs.toString(), inode: s.ino.toString() };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }
}
