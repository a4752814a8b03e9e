import { open } from 'node:fs/promises';
import { SAMPLE_MAGIC, SAMPLE_TERMINATOR } from './sample-image';

/** Magic line, header lines and `END` fit in this many bytes (the reference CLI reads no further). */
export const SAMPLE_HEADER_LIMIT = 65_536;

/** A file that is not a readable `ZIA-SAMPLE 1` image: what is wrong with it, in words. */
export class SampleImageFormatError extends Error {}

/** The header of a sample image: every `key=value` in file order, and where the payload starts. */
export interface ParsedSampleHeader {
  fields: Record<string, string>;
  /** Byte offset of the payload (the first byte after the `END` line). */
  payloadOffset: number;
}

const KEY = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Parses the header block at the start of `bytes` (the file's first bytes, up to
 * SAMPLE_HEADER_LIMIT) by the rules of libs/images/reference-cli/README.md: magic line, `key=value`
 * lines (empty lines ignored, a `\r` before `\n` dropped, the first `name` kept), `END`.
 */
export function parseSampleHeader(bytes: Buffer): ParsedSampleHeader {
  const fields: Record<string, string> = {};
  let offset = 0;
  for (let lineNo = 1; ; lineNo++) {
    const newline = bytes.indexOf(0x0a, offset);
    if (newline < 0 || newline >= SAMPLE_HEADER_LIMIT) {
      throw new SampleImageFormatError(
        lineNo === 1 ? 'not a ZIA-SAMPLE image (bad magic line)' : 'header not terminated by END',
      );
    }
    let text = bytes.subarray(offset, newline).toString('utf8');
    if (text.endsWith('\r')) text = text.slice(0, -1);
    offset = newline + 1;
    if (lineNo === 1) {
      if (text !== SAMPLE_MAGIC) throw new SampleImageFormatError('not a ZIA-SAMPLE image (bad magic line)');
      continue;
    }
    if (text === SAMPLE_TERMINATOR) return { fields, payloadOffset: offset };
    if (text === '') continue;
    const eq = text.indexOf('=');
    const key = eq < 0 ? '' : text.slice(0, eq);
    if (!KEY.test(key)) throw new SampleImageFormatError(`malformed header line ${lineNo}`);
    if (key === 'name' && 'name' in fields) continue;
    fields[key] = text.slice(eq + 1);
  }
}

/** Reads and parses the header of the image at `path` (file errors such as ENOENT are thrown as they are). */
export async function readSampleHeader(path: string): Promise<ParsedSampleHeader> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SAMPLE_HEADER_LIMIT);
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    if (bytesRead === 0) throw new SampleImageFormatError('empty file');
    return parseSampleHeader(buffer.subarray(0, bytesRead));
  } finally {
    await file.close();
  }
}
