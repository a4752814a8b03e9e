import { IMAGE_TYPES, ImageHeader, ImageType } from './image-header';

/**
 * Parser of the header CLI's output (contract: zdm-api.md §6):
 *
 *   [<path as passed>]
 *   name=…
 *   key=value
 *   …
 *   <blank line>
 *   [<next path>]
 *   …
 *
 * Pure: text in, headers / per-path errors / notes about ignored output out. Unknown keys are ignored,
 * `compressed` is `1|0|true|false`, `imageSize` may be missing (→ `null`), a block with `error=` is a
 * per-path error, and anything else that does not fit (text outside a block, a line without `=`, a
 * block for a path nobody asked for, a duplicate block) is tolerated and reported in `garbage`.
 */
export interface ParsedHeaderBlocks {
  /** Valid headers by path (as printed in the section line). */
  headers: Map<string, ImageHeader>;
  /** Per-path errors: the CLI's `error=<reason>`, or why the block is not a valid header. */
  errors: Map<string, string>;
  /** Human-readable notes about output that was ignored (for logging). */
  garbage: string[];
}

export interface ParseHeaderBlocksOptions {
  /** Paths that were asked for; blocks for other paths are ignored (and noted). Default: accept all. */
  requested?: ReadonlySet<string>;
  /**
   * The process did not end normally (killed, crashed on a signal): its last block may have been cut
   * mid-line, so a last block not followed by a blank line is dropped (and noted).
   */
  dropUnterminatedLast?: boolean;
}

const MAX_GARBAGE_NOTES = 20;
const TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})$/;
const NON_NEGATIVE_INTEGER = /^\d+$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;
const REQUIRED_KEYS = [
  'time',
  'type',
  'compressed',
  'server',
  'partitionSize',
  'diskNumber',
  'partitionNumber',
] as const;

interface RawBlock {
  path: string;
  line: number;
  values: Map<string, string>;
  terminated: boolean;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function excerpt(line: string): string {
  return line.length > 80 ? `${JSON.stringify(line.slice(0, 80))}…` : JSON.stringify(line);
}

function parseCount(key: string, raw: string): number | string {
  if (!NON_NEGATIVE_INTEGER.test(raw)) return `invalid ${key} ${excerpt(raw)}: not a non-negative integer`;
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) return `invalid ${key} ${excerpt(raw)}: too large`;
  return value;
}

function parseType(raw: string): ImageType | undefined {
  const value = raw.toLowerCase();
  if ((IMAGE_TYPES as readonly string[]).includes(value)) return value as ImageType;
  if (value === 'incremental' || value === 'inc') return 'increment';
  return undefined;
}

function parseCompressed(raw: string): boolean | undefined {
  switch (raw.toLowerCase()) {
    case '1':
    case 'true':
      return true;
    case '0':
    case 'false':
      return false;
    default:
      return undefined;
  }
}

/** A complete block → header, or the reason it is not one. */
export function headerFromBlock(path: string, values: ReadonlyMap<string, string>): ImageHeader | string {
  const error = values.get('error');
  if (error !== undefined) return error === '' ? 'unspecified error' : error;
  const missing = REQUIRED_KEYS.filter((key) => !values.get(key));
  if (missing.length) return `missing ${missing.join(', ')}`;

  const time = TIME.exec(values.get('time')!);
  if (!time) return `invalid time ${excerpt(values.get('time')!)}: expected YYYY-MM-DD HH:mm:ss`;
  const type = parseType(values.get('type')!);
  if (!type) return `invalid type ${excerpt(values.get('type')!)}: expected full or increment`;
  const compressed = parseCompressed(values.get('compressed')!);
  if (compressed === undefined)
    return `invalid compressed ${excerpt(values.get('compressed')!)}: expected 1, 0, true or false`;

  const partitionSize = parseCount('partitionSize', values.get('partitionSize')!);
  if (typeof partitionSize === 'string') return partitionSize;
  const rawImageSize = values.get('imageSize');
  const imageSize = rawImageSize ? parseCount('imageSize', rawImageSize) : null;
  if (typeof imageSize === 'string') return imageSize;
  const diskNumber = parseCount('diskNumber', values.get('diskNumber')!);
  if (typeof diskNumber === 'string') return diskNumber;
  const partitionNumber = parseCount('partitionNumber', values.get('partitionNumber')!);
  if (typeof partitionNumber === 'string') return partitionNumber;

  return {
    name: values.get('name') || baseName(path),
    time: `${time[1]} ${time[2]}`,
    type,
    compressed,
    server: values.get('server')!,
    os: values.get('os') ?? '',
    partitionSize,
    imageSize,
    mountPoint: values.get('mountPoint') ?? '',
    device: values.get('device') ?? '',
    filesystem: values.get('filesystem') ?? '',
    diskNumber,
    partitionNumber,
    // Only when the header carries them (headers without stay exactly as before).
    ...(values.has('payloadSha256') ? { payloadSha256: sha256Of(values.get('payloadSha256')) } : {}),
    ...(values.has('parent') ? { parent: parentOf(values.get('parent')) } : {}),
  };
}

/** `payloadSha256`, lower-cased; null when absent or not 64 hex digits (a checksum we cannot use). */
function sha256Of(raw: string | undefined): string | null {
  const value = raw?.toLowerCase();
  return value !== undefined && SHA256_HEX.test(value) ? value : null;
}

/** `parent`: a plain file name; null when absent, empty or a path. */
function parentOf(raw: string | undefined): string | null {
  if (!raw || raw.includes('/') || raw.includes('\\')) return null;
  return raw;
}

export function parseHeaderBlocks(output: string, options: ParseHeaderBlocksOptions = {}): ParsedHeaderBlocks {
  const headers = new Map<string, ImageHeader>();
  const errors = new Map<string, string>();
  const garbage: string[] = [];
  let garbageCount = 0;
  const note = (message: string) => {
    garbageCount++;
    if (garbage.length < MAX_GARBAGE_NOTES) garbage.push(message);
  };

  const blocks: RawBlock[] = [];
  let current: RawBlock | undefined;
  let ignoring = false; // inside a block we do not keep (unrequested path)
  const lines = output.split('\n');
  // A trailing '\n' leaves one empty string: it is not a line of its own.
  if (lines.length && lines[lines.length - 1] === '') lines.pop();

  lines.forEach((rawLine, index) => {
    const lineNo = index + 1;
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line.trim() === '') {
      if (current) current.terminated = true;
      current = undefined;
      ignoring = false;
      return;
    }
    if (line.startsWith('[') && line.endsWith(']') && line.length >= 2) {
      if (current) current.terminated = true; // a new section also closes the previous block
      const path = line.slice(1, -1);
      current = undefined;
      ignoring = false;
      if (options.requested && !options.requested.has(path)) {
        note(`line ${lineNo}: block for a path that was not requested ${excerpt(path)}`);
        ignoring = true;
        return;
      }
      current = { path, line: lineNo, values: new Map(), terminated: false };
      blocks.push(current);
      return;
    }
    if (ignoring) return;
    if (!current) {
      note(`line ${lineNo}: text outside a block ${excerpt(line)}`);
      return;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) {
      note(`line ${lineNo}: not a key=value line ${excerpt(line)}`);
      return;
    }
    const key = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim();
    if (current.values.has(key)) {
      note(`line ${lineNo}: repeated key ${key} for ${excerpt(current.path)} (first kept)`);
      return;
    }
    current.values.set(key, value);
  });
  // The last block is complete when the output ended normally; after a kill/crash it must have been
  // followed by a blank line (its last line may have been cut).
  const last = blocks[blocks.length - 1];
  if (last && !last.terminated && options.dropUnterminatedLast) {
    note(`line ${last.line}: incomplete last block for ${excerpt(last.path)} dropped (the CLI did not finish)`);
    blocks.pop();
  }

  for (const block of blocks) {
    if (headers.has(block.path) || errors.has(block.path)) {
      note(`line ${block.line}: duplicate block for ${excerpt(block.path)} (first kept)`);
      continue;
    }
    const header = headerFromBlock(block.path, block.values);
    if (typeof header === 'string') errors.set(block.path, header);
    else headers.set(block.path, header);
  }
  if (garbageCount > garbage.length) garbage.push(`… ${garbageCount - garbage.length} more`);
  return { headers, errors, garbage };
}
