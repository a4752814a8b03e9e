import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { encodeSampleHeader, SAMPLE_TERMINATOR, SampleImageHeader } from './sample-image';
import { SAMPLE_HEADER_LIMIT } from './sample-header';

/** What an image file holds once written. */
export interface WrittenImage {
  payloadSha256: string;
  payloadBytes: number;
  /** The whole file: header + payload (the header's `imageSize`). */
  imageSize: number;
}

const WIDEST_SHA = 'f'.repeat(64);
const WIDEST_SIZE = Number.MAX_SAFE_INTEGER;
const WRITE_BYTES = 1024 * 1024;

/**
 * Writes a sample image at `path` (create or truncate) whose payload is `payload`, streamed: the
 * header's `payloadSha256` and `imageSize` are known only at the end, so the payload is written
 * first after a reserved header area (as wide as the header with its widest values), and the header
 * last, padded with empty lines before `END` (which the format ignores) to end exactly where the
 * payload starts. Nothing of the payload is held in memory beyond about a megabyte. `onChunk` is awaited
 * after each chunk (progress, cancel: a rejection stops the write and is thrown).
 */
export async function writeImageFile(
  path: string,
  header: Omit<SampleImageHeader, 'payloadSha256' | 'imageSize'>,
  payload: AsyncIterable<Buffer | Uint8Array>,
  onChunk?: (payloadBytesSoFar: number) => void | Promise<void>,
): Promise<WrittenImage> {
  const reserved = Buffer.byteLength(
    encodeSampleHeader({ ...header, payloadSha256: WIDEST_SHA, imageSize: WIDEST_SIZE }),
    'utf8',
  );
  if (reserved > SAMPLE_HEADER_LIMIT)
    throw new Error(`sample image: header of ${path} exceeds ${SAMPLE_HEADER_LIMIT} bytes`);
  const file = await open(path, 'w');
  try {
    const hash = createHash('sha256');
    let position = reserved;
    // Small chunks (tar headers, small files) are gathered into writes of about WRITE_BYTES.
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = async () => {
      const bytes = pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
      for (let done = 0; done < bytes.length;) {
        const { bytesWritten } = await file.write(bytes, done, bytes.length - done, position);
        done += bytesWritten;
        position += bytesWritten;
      }
      await onChunk?.(position - reserved);
    };
    for await (const chunk of payload) {
      const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      hash.update(bytes);
      pending.push(bytes);
      pendingBytes += bytes.length;
      if (pendingBytes >= WRITE_BYTES) await flush();
    }
    if (pendingBytes > 0) await flush();
    const written: WrittenImage = {
      payloadSha256: hash.digest('hex'),
      payloadBytes: position - reserved,
      imageSize: position,
    };
    const text = encodeSampleHeader({ ...header, payloadSha256: written.payloadSha256, imageSize: written.imageSize });
    const end = `${SAMPLE_TERMINATOR}\n`;
    const body = text.slice(0, text.length - end.length);
    const padding = reserved - Buffer.byteLength(text, 'utf8');
    const head = Buffer.from(`${body}${'\n'.repeat(padding)}${end}`, 'utf8');
    await file.write(head, 0, head.length, 0);
    await file.sync();
    return written;
  } finally {
    await file.close();
  }
}
