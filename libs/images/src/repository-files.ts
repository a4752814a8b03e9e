import { Injectable } from '@nestjs/common';
import { unlink } from 'node:fs/promises';

/** The file-system port of retention: removing an image file (a file already gone counts as removed). */
@Injectable()
export class RepositoryFiles {
  async remove(path: string): Promise<void> {
    try {
      await unlink(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}
