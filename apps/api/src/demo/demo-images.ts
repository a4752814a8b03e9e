import { generatedJobName } from '@zdm/jobs';
import { SEED_SERVER, writeSampleImage, writeSeedImages } from '@zdm/images';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_SERVERS } from './demo-inventory';

const DAY_MS = 86_400_000;

/** `2026-01-07 08:43:48` from a UTC instant (the format of the header's `time`). */
function headerTime(at: Date): string {
  return at.toISOString().slice(0, 19).replace('T', ' ');
}

/** `[2026-01-07_08_44]`, the file-name stamp of an image taken at `at`. */
function nameStamp(at: Date): string {
  const iso = at.toISOString();
  return `[${iso.slice(0, 10)}_${iso.slice(11, 13)}_${iso.slice(14, 16)}]`;
}

/**
 * The demo repository: the seed's two images for `source-centos7-bios (192.168.2.104)` (so the
 * images route answers exactly the seed's example), and for every other demo server one full and two
 * incremental images per partition, one directory per server. Returns the number of files written.
 */
export function writeDemoImages(dir: string, now = new Date('2026-01-10T02:00:00Z')): number {
  let files = writeSeedImages(dir, { subdir: 'source-centos7-bios' }).length;
  for (const server of DEMO_SERVERS.filter((s) => s.name !== SEED_SERVER)) {
    const serverDir = join(dir, server.name.replace(/[^\w.-]+/g, '_'));
    mkdirSync(serverDir, { recursive: true });
    server.partitions.forEach((partition, index) => {
      const job = generatedJobName(undefined, server.name, partition.letter);
      for (let day = 0; day < 3; day++) {
        const at = new Date(now.getTime() - (3 - day) * DAY_MS + index * 600_000);
        const full = day === 0;
        writeSampleImage(join(serverDir, `${job}_${nameStamp(at)}.ZIA`), {
          name: `${job}_${nameStamp(at)}.ZIA`,
          time: headerTime(at),
          type: full ? 'full' : 'increment',
          compressed: true,
          server: server.name,
          os: server.osVersion,
          partitionSize: partition.size,
          imageSize: Math.round(partition.size * (full ? 0.37 : 0.04 + 0.01 * day)),
          mountPoint: partition.letter,
          device: partition.device,
          filesystem: partition.filesystem,
          diskNumber: 0,
          partitionNumber: index + 1,
        });
        files++;
      }
    });
  }
  return files;
}


