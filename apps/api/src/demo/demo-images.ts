import { generatedJobName } from '@zdm/jobs';
import { sampleImageTimes, SEED_SERVER, writeSampleImage, writeSeedImages } from '@zdm/image-format';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_SERVERS } from './demo-inventory';

const DAY_MS = 86_400_000;

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
        const [time, stamp] = sampleImageTimes(now.getTime() - (3 - day) * DAY_MS + index * 600_000);
        const name = `${job}_[${stamp}].ZIA`;
        const full = day === 0;
        writeSampleImage(join(serverDir, name), {
          name,
          time,
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
