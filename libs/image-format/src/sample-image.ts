import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * Writer of our own sample image format `ZIA-SAMPLE 1` (libs/images/reference-cli/README.md), read by
 * the reference header CLI and by `./sample-header` (the reference agent's verify and restore). Used by the generator (`npm run images:sample`), the demo seed, the tests
 * and the benchmark. No path aliases and only node built-ins here: scripts/images-sample.js loads this
 * file straight from source.
 */

export const SAMPLE_MAGIC = 'ZIA-SAMPLE 1';
export const SAMPLE_TERMINATOR = 'END';

/** Header fields of a sample image; printed by the reference CLI as `key=value`. */
export interface SampleImageHeader {
  name: string;
  time: string;
  type: 'full' | 'increment';
  compressed: boolean;
  server: string;
  os: string;
  partitionSize: number;
  /** Omit to leave `imageSize` out of the header (the API then uses the file's size). */
  imageSize?: number;
  mountPoint: string;
  device: string;
  filesystem: string;
  diskNumber: number;
  partitionNumber: number;
  /** Lowercase hex sha256 of every byte after the `END` line (written by agents; spec §13). */
  payloadSha256?: string;
  /** File name of the image this increment follows (increments with a parent only). */
  parent?: string;
  /** Extra keys (unknown to the API, which ignores them). */
  extra?: Record<string, string>;
}

const KEY = /^[A-Za-z][A-Za-z0-9_]*$/;
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_VALUE = /[\u0000-\u0008\u000a-\u001f\u007f]/;

function line(key: string, value: string | number): string {
  const text = String(value);
  if (!KEY.test(key)) throw new Error(`sample image: invalid header key ${JSON.stringify(key)}`);
  if (FORBIDDEN_IN_VALUE.test(text)) throw new Error(`sample image: control character in ${key}`);
  return `${key}=${text}\n`;
}

/** The header block of a sample image: magic line, `key=value` lines, `END`. */
export function encodeSampleHeader(header: SampleImageHeader): string {
  let out = `${SAMPLE_MAGIC}\n`;
  out += line('name', header.name);
  out += line('time', header.time);
  out += line('type', header.type);
  out += line('compressed', header.compressed ? 1 : 0);
  out += line('server', header.server);
  out += line('os', header.os);
  out += line('partitionSize', header.partitionSize);
  if (header.imageSize !== undefined) out += line('imageSize', header.imageSize);
  out += line('mountPoint', header.mountPoint);
  out += line('device', header.device);
  out += line('filesystem', header.filesystem);
  out += line('diskNumber', header.diskNumber);
  out += line('partitionNumber', header.partitionNumber);
  if (header.payloadSha256 !== undefined) out += line('payloadSha256', header.payloadSha256);
  if (header.parent !== undefined) out += line('parent', header.parent);
  for (const [key, value] of Object.entries(header.extra ?? {})) out += line(key, value);
  return `${out}${SAMPLE_TERMINATOR}\n`;
}

const FILLER = Buffer.from('ZIA-SAMPLE payload: not a real disk image. '.repeat(4));

/** `payloadBytes` filler bytes: the payload of a sample image that holds no real data. */
export function samplePayload(payloadBytes: number): Buffer {
  const payload = Buffer.alloc(payloadBytes);
  for (let offset = 0; offset < payloadBytes; offset += FILLER.length) FILLER.copy(payload, offset);
  return payload;
}

/** Header + `payloadBytes` filler bytes (the sizes live in the header, not in the file). */
export function sampleImageBytes(header: SampleImageHeader, payloadBytes = 64): Buffer {
  return Buffer.concat([Buffer.from(encodeSampleHeader(header), 'utf8'), samplePayload(payloadBytes)]);
}

/** Writes one sample image at `path` (directories must exist). */
export function writeSampleImage(path: string, header: SampleImageHeader, payloadBytes = 64): void {
  writeFileSync(path, sampleImageBytes(header, payloadBytes));
}

/** The server of the seed document (`get-backup-images-by-server.md`). */
export const SEED_SERVER = 'source-centos7-bios (192.168.2.104)';

/** The seed's two images with exactly the seed's header values. */
export const SEED_IMAGES: readonly SampleImageHeader[] = Object.freeze([
  {
    name: 'source-centos7-bios_ROOT_[2026-01-07_08_44].ZIA',
    time: '2026-01-07 08:43:48',
    type: 'full',
    compressed: true,
    server: SEED_SERVER,
    os: 'CentOS Linux release 7.9.2009 (Core), 3.10.0-1160.el7.x86_64',
    partitionSize: 2328637440,
    imageSize: 831622708,
    mountPoint: '/',
    device: '/dev/mapper/centos-root',
    filesystem: 'xfs',
    diskNumber: 0,
    partitionNumber: 1,
  },
  {
    name: 'source-centos7-bios_boot_[2026-01-08_01_19].ZIA',
    time: '2026-01-08 01:19:29',
    type: 'full',
    compressed: true,
    server: SEED_SERVER,
    os: 'CentOS Linux release 7.9.2009 (Core), 3.10.0-1160.el7.x86_64',
    partitionSize: 157310976,
    imageSize: 113541428,
    mountPoint: '/boot',
    device: '/dev/sda1',
    filesystem: 'xfs',
    diskNumber: 0,
    partitionNumber: 2,
  },
]);

/**
 * Writes the seed's two images into `dir` (created if needed; `subdir` nests them) and returns their
 * paths, in the seed's order.
 */
export function writeSeedImages(dir: string, options: { subdir?: string } = {}): string[] {
  const target = options.subdir ? join(dir, options.subdir) : dir;
  mkdirSync(target, { recursive: true });
  return SEED_IMAGES.map((header) => {
    const path = join(target, header.name);
    writeSampleImage(path, header);
    return path;
  });
}
