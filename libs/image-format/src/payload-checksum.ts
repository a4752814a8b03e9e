import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** Lowercase hex sha256, as the `payloadSha256` header key holds it. */
export const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * The `payloadSha256` of the image at `path`: sha256 of every byte from `payloadOffset` (the byte
 * after the header's `END` line) to the end, streamed. `onBytes` is told how many bytes each chunk
 * had (progress by bytes); a rejection from it stops the read.
 */
export async function payloadSha256(
  path: string,
  payloadOffset: number,
  onBytes?: (bytes: number) => void | Promise<void>,
): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { start: payloadOffset, highWaterMark: 1024 * 1024 })) {
    hash.update(chunk as Buffer);
    await onBytes?.((chunk as Buffer).length);
  }
  return hash.digest('hex');
}
