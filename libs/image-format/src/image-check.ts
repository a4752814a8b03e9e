import { payloadSha256 } from './payload-checksum';
import { readSampleHeader, SampleImageFormatError } from './sample-header';

/** What reading one image found (the states of a verify run's `images[]`, spec §13). */
export interface ImageCheck {
  state: 'ok' | 'corrupt' | 'missing';
  errorMessage?: string;
  /** The header's keys (absent when the file is missing or its header unreadable). */
  header?: Record<string, string>;
  payloadOffset?: number;
}

/**
 * Reads the image at `path` whole: its header must parse, and the sha256 of its payload must equal
 * the header's `payloadSha256` and `expected` (the catalog's, when it knows one). `missing` when
 * there is no such file; `corrupt` with the reason otherwise. An image whose header has no
 * `payloadSha256` (written before checksums) is `ok` only when nothing is expected of it.
 */
export async function checkImage(
  path: string,
  expected: string | null | undefined,
  onBytes?: (bytes: number) => void | Promise<void>,
): Promise<ImageCheck> {
  let parsed;
  try {
    parsed = await readSampleHeader(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { state: 'missing', errorMessage: `no such file: ${path}` };
    if (error instanceof SampleImageFormatError)
      return { state: 'corrupt', errorMessage: `unreadable header: ${error.message}` };
    return { state: 'corrupt', errorMessage: `cannot read ${path}: ${(error as Error).message}` };
  }
  const { fields, payloadOffset } = parsed;
  const actual = await payloadSha256(path, payloadOffset, onBytes);
  const found = { header: fields, payloadOffset };
  const problem = payloadChecksumProblem(actual, fields.payloadSha256, expected);
  if (problem) return { state: 'corrupt', errorMessage: problem, ...found };
  if (fields.payloadSha256 === undefined && !expected)
    return { state: 'ok', errorMessage: 'no payloadSha256 to compare with: header read only', ...found };
  return { state: 'ok', ...found };
}

/**
 * Why a payload whose sha256 is `actual` is corrupt — it differs from the header's `declared` or
 * the catalog's `expected` — or undefined when it is not (pure).
 */
export function payloadChecksumProblem(
  actual: string,
  declared: string | undefined,
  expected: string | null | undefined,
): string | undefined {
  if (declared !== undefined && declared !== actual)
    return `payload sha256 ${actual} differs from the header's ${declared}`;
  if (expected && expected !== actual) return `payload sha256 ${actual} differs from the catalog's ${expected}`;
  return undefined;
}
