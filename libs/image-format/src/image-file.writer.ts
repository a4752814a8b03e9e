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
/** Buffers gathered into one write at most (well under any system's IOV_MAX). */
const WRITE_BUFFERS = 512;
const READ_BACK_BYTES = 4 * 1024 * 1024;

/** Bytes of a payload written first and replaced once the payload is complete (the same number of bytes). */
export interface PayloadAmendment {
  /** Offset in the payload. */
  at: number;
  bytes: Buffer;
}

/**
 * Writes a sample image at `path` (create or truncate) whose payload is `payload`, streamed: the
 * header's `payloadSha256` and `imageSize` are known only at the end, so the payload is written
 * first after a reserved header area (as wide as the header with its widest values), and the header
 * last, padded with empty lines before `END` (which the format ignores) to end exactly where the
 * payload starts. Nothing of the payload is held in memory beyond a few megabytes. `onChunk` is awaited
 * after each write (progress, cancel: a rejection stops the write and is thrown).
 *
 * `amend`, asked once the payload is written, replaces bytes of it in place (a manifest completed by
 * the payload itself); the payload's sha256 is then computed by reading the payload back (from the
 * page cache, in large reads) instead of while writing it.
 */
export async function writeImageFile(
  path: string,
  header: Omit<SampleImageHeader, 'payloadSha256' | 'imageSize'>,
  payload: AsyncIterable<Buffer | Uint8Array>,
  onChunk?: (payloadBytesSoFar: number) => void | Promise<void>,
  amend?: () => PayloadAmendment,
): Promise<WrittenImage> {
  const reserved = Buffer.byteLength(
    encodeSampleHeader({ ...header, payloadSha256: WIDEST_SHA, imageSize: WIDEST_SIZE }),
    'utf8',
  );
  if (reserved > SAMPLE_HEADER_LIMIT)
    throw new Error(`sample image: header of ${path} exceeds ${SAMPLE_HEADER_LIMIT} bytes`);
  const file = await open(path, amend ? 'w+' : 'w');
  try {
    const hash = createHash('sha256');
    let position = reserved;
    // Chunks (tar headers, small files) are gathered into writes of about WRITE_BYTES (a megabyte), without copying.
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = async () => {
      const buffers = pending;
      const total = pendingBytes;
      pending = [];
      pendingBytes = 0;
      const { bytesWritten } = await file.writev(buffers, position);
      if (bytesWritten < total) {
        const rest = Buffer.concat(buffers, total).subarray(bytesWritten);
        for (let done = 0; done < rest.length;)
          done += (await file.write(rest, done, rest.length - done, position + bytesWritten + done)).bytesWritten;
      }
      position += total;
      await onChunk?.(position - reserved);
    };
    for await (const chunk of payload) {
      const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      if (!amend) hash.update(bytes);
      pending.push(bytes);
      pendingBytes += bytes.length;
      if (pendingBytes >= WRITE_BYTES || pending.length >= WRITE_BUFFERS) await flush();
    }
    if (pendingBytes > 0) await flush();
    const payloadBytes = position - reserved;
    if (amend) {
      const { at, bytes } = amend();
      if (at < 0 || at + bytes.length > payloadBytes)
        throw new Error(`sample image: amendment outside the payload of ${path}`);
      await file.write(bytes, 0, bytes.length, reserved + at);
      const buffer = Buffer.allocUnsafe(Math.min(READ_BACK_BYTES, Math.max(1, payloadBytes)));
      for (let done = 0; done < payloadBytes;) {
        const { bytesRead } = await file.read(buffer, 0, Math.min(buffer.length, payloadBytes - done), reserved + done);
        if (bytesRead === 0) throw new Error(`sample image: ${path} is shorter than the payload just written`);
        hash.update(buffer.subarray(0, bytesRead));
        done += bytesRead;
      }
    }
    const written: WrittenImage = { payloadSha256: hash.digest('hex'), payloadBytes, imageSize: position };
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
