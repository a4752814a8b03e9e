import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SampleImageHeader, writeSampleImage } from './sample-image';

/*
 * Generator of a realistic sample backup repository (`npm run images:sample -- --dir D --servers S
 * --images N`): N `.ZIA` files named `<job>_[YYYY-MM-DD_HH_mm].ZIA` for S servers (Linux and Windows),
 * one job per partition, full + incremental chains, nested directories, tiny payloads (sizes live in
 * the header). Deterministic for a given seed. No path aliases, node built-ins only (loaded from
 * source by scripts/images-sample.js).
 */

export interface SampleRepositoryOptions {
  dir: string;
  servers: number;
  images: number;
  /** PRNG seed (default 1): the same options give the same repository. */
  seed?: number;
  /** Filler bytes after each header (default 64). */
  payloadBytes?: number;
  /** Time of the first image of every job, `YYYY-MM-DD HH:mm:ss` UTC-less (default 2025-01-01 00:00:00). */
  startTime?: string;
  /** Server 0 is the seed's `source-centos7-bios (192.168.2.104)` (default true); false: a generated one. */
  seedServer?: boolean;
}

export interface SamplePartition {
  mountPoint: string;
  device: string;
  filesystem: string;
  diskNumber: number;
  partitionNumber: number;
  partitionSize: number;
  /** Job label: `ROOT`, `boot`, `C` … (job name = `<host>_<label>`). */
  label: string;
}

export interface SampleServer {
  /** Display name as in headers: `source-centos7-bios (192.168.2.104)`. */
  name: string;
  host: string;
  os: string;
  /** Directory (absolute) holding this server's jobs. */
  dir: string;
  partitions: SamplePartition[];
  jobs: string[];
  imageCount: number;
}

export interface SampleRepositorySummary {
  dir: string;
  files: number;
  servers: SampleServer[];
  ms: number;
}

interface Template {
  kind: string;
  os: string;
  partitions: Omit<SamplePartition, 'partitionSize'>[];
}

const TEMPLATES: Template[] = [
  {
    kind: 'centos7',
    os: 'CentOS Linux release 7.9.2009 (Core), 3.10.0-1160.el7.x86_64',
    partitions: [
      {
        mountPoint: '/',
        device: '/dev/mapper/centos-root',
        filesystem: 'xfs',
        diskNumber: 0,
        partitionNumber: 1,
        label: 'ROOT',
      },
      { mountPoint: '/boot', device: '/dev/sda1', filesystem: 'xfs', diskNumber: 0, partitionNumber: 2, label: 'boot' },
    ],
  },
  {
    kind: 'rocky8',
    os: 'Rocky Linux release 8.9 (Green Obsidian), 4.18.0-513.5.1.el8_9.x86_64',
    partitions: [
      {
        mountPoint: '/',
        device: '/dev/mapper/rl-root',
        filesystem: 'xfs',
        diskNumber: 0,
        partitionNumber: 2,
        label: 'ROOT',
      },
      { mountPoint: '/boot', device: '/dev/sda1', filesystem: 'xfs', diskNumber: 0, partitionNumber: 1, label: 'boot' },
      {
        mountPoint: '/home',
        device: '/dev/mapper/rl-home',
        filesystem: 'xfs',
        diskNumber: 0,
        partitionNumber: 3,
        label: 'home',
      },
    ],
  },
  {
    kind: 'ubuntu22',
    os: 'Ubuntu 22.04.4 LTS, 5.15.0-105-generic',
    partitions: [
      { mountPoint: '/', device: '/dev/sda2', filesystem: 'ext4', diskNumber: 0, partitionNumber: 2, label: 'ROOT' },
      {
        mountPoint: '/data',
        device: '/dev/sdb1',
        filesystem: 'ext4',
        diskNumber: 1,
        partitionNumber: 1,
        label: 'data',
      },
    ],
  },
  {
    kind: 'win2019',
    os: 'Microsoft Windows Server 2019 Standard (10.0.17763)',
    partitions: [
      {
        mountPoint: 'C:',
        device: '\\Device\\HarddiskVolume2',
        filesystem: 'NTFS',
        diskNumber: 0,
        partitionNumber: 2,
        label: 'C',
      },
      {
        mountPoint: 'D:',
        device: '\\Device\\HarddiskVolume4',
        filesystem: 'NTFS',
        diskNumber: 1,
        partitionNumber: 1,
        label: 'D',
      },
    ],
  },
  {
    kind: 'win2022',
    os: 'Microsoft Windows Server 2022 Datacenter (10.0.20348)',
    partitions: [
      {
        mountPoint: 'C:',
        device: '\\Device\\HarddiskVolume3',
        filesystem: 'NTFS',
        diskNumber: 0,
        partitionNumber: 3,
        label: 'C',
      },
      {
        mountPoint: 'D:',
        device: '\\Device\\HarddiskVolume5',
        filesystem: 'NTFS',
        diskNumber: 1,
        partitionNumber: 1,
        label: 'D',
      },
    ],
  },
];

const ROLES = ['web', 'db', 'app', 'file', 'mail', 'erp', 'build', 'log'];
const GiB = 1024 ** 3;

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function parseStart(time: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(time);
  if (!m) throw new Error(`startTime must be YYYY-MM-DD HH:mm:ss, got ${time}`);
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
}

/**
 * `[headerTime, fileNameTime]` for an epoch-ms instant (treated as a wall clock, no timezone):
 * `2026-01-07 08:43:48` for the header's `time`, `2026-01-07_08_43` for the file name's `[…]`.
 */
export function sampleImageTimes(ms: number): [string, string] {
  const d = new Date(ms);
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return [
    `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`,
    `${day}_${pad(d.getUTCHours())}_${pad(d.getUTCMinutes())}`,
  ];
}

/** The servers of a sample repository (without writing anything). Server 0 is the seed's server unless told. */
export function sampleServers(dir: string, count: number, seed = 1, seedServer = true): SampleServer[] {
  const random = prng(seed * 7919 + 17);
  const servers: SampleServer[] = [];
  for (let i = 0; i < count; i++) {
    const isSeed = i === 0 && seedServer;
    const template = TEMPLATES[i % TEMPLATES.length];
    const host = isSeed ? 'source-centos7-bios' : `${ROLES[i % ROLES.length]}-${template.kind}-${pad(i, 3)}`;
    const ip = isSeed
      ? '192.168.2.104'
      : `10.${10 + Math.floor(i / 250)}.${Math.floor(i / 250) % 250}.${(i % 250) + 1}`;
    const partitions = template.partitions.map((p) => ({
      ...p,
      // 1 GiB .. 2 TiB, odd byte counts like real partitions (multiples of 512).
      partitionSize: Math.floor((GiB + random() * 2047 * GiB) / 512) * 512,
    }));
    // Nested: half the servers under a center directory, the other half at the top.
    const serverDir = i % 2 === 0 ? join(dir, host) : join(dir, `center-${pad(i % 5, 2)}`, host);
    servers.push({
      name: `${host} (${ip})`,
      host,
      os: template.os,
      dir: serverDir,
      partitions,
      jobs: partitions.map((p) => `${host}_${p.label}`),
      imageCount: 0,
    });
  }
  return servers;
}

/** Writes the repository; returns what it wrote. */
export function generateSampleRepository(options: SampleRepositoryOptions): SampleRepositorySummary {
  const started = Date.now();
  const { dir, images } = options;
  const serverCount = Math.max(1, Math.floor(options.servers));
  if (!Number.isInteger(images) || images < 0) throw new Error(`images must be a non-negative integer, got ${images}`);
  const seed = options.seed ?? 1;
  const random = prng(seed);
  const start = parseStart(options.startTime ?? '2025-01-01 00:00:00');
  const payloadBytes = options.payloadBytes ?? 64;
  const servers = sampleServers(dir, serverCount, seed, options.seedServer ?? true);
  mkdirSync(dir, { recursive: true });

  let written = 0;
  for (let s = 0; s < servers.length; s++) {
    const server = servers[s];
    const quota = Math.floor(images / serverCount) + (s < images % serverCount ? 1 : 0);
    server.imageCount = quota;
    if (!quota) continue;
    for (const job of server.jobs) mkdirSync(join(server.dir, job), { recursive: true });
    // Usage of each partition (20 % .. 85 %) and compression (30 % .. 75 %) for full images.
    const usage = server.partitions.map(() => 0.2 + random() * 0.65);
    const ratio = server.partitions.map(() => 0.3 + random() * 0.45);
    for (let k = 0; k < quota; k++) {
      const p = k % server.partitions.length;
      const partition = server.partitions[p];
      const sequence = Math.floor(k / server.partitions.length); // n-th image of this job
      // One image every 6 hours per job (+ a few minutes of jitter): a full every 7th, increments between.
      const at = start + sequence * 6 * 3600_000 + s * 61_000 + p * 7 * 60_000 + Math.floor(random() * 180) * 1000;
      const [time, stamp] = sampleImageTimes(at);
      const full = sequence % 7 === 0;
      const fullSize = partition.partitionSize * usage[p] * ratio[p];
      const imageSize = Math.max(4096, Math.floor(full ? fullSize : fullSize * (0.01 + random() * 0.09)));
      const header: SampleImageHeader = {
        name: `${server.jobs[p]}_[${stamp}].ZIA`,
        time,
        type: full ? 'full' : 'increment',
        compressed: random() < 0.9,
        server: server.name,
        os: server.os,
        partitionSize: partition.partitionSize,
        imageSize,
        mountPoint: partition.mountPoint,
        device: partition.device,
        filesystem: partition.filesystem,
        diskNumber: partition.diskNumber,
        partitionNumber: partition.partitionNumber,
      };
      writeSampleImage(join(server.dir, server.jobs[p], header.name), header, payloadBytes);
      written++;
    }
  }
  return { dir, files: written, servers, ms: Date.now() - started };
}
