import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { partitionDirectory } from '@zdm/reference-agent';
import { DEMO_SERVERS } from './demo-inventory';

/** A demo server's directory under demo-sources / demo-restores: its name without ` (ip)`, one segment. */
export function demoServerDirectory(serverName: string): string {
  return serverName.replace(/\s*\([^)]*\)\s*$/, '').replace(/[^\w.-]+/g, '_');
}

/** Where the in-process agent of a demo server backs up from and restores into (spec §14). */
export function demoAgentRoots(dataDir: string, serverName: string): { sourceRoot: string; restoreRoot: string } {
  const server = demoServerDirectory(serverName);
  return {
    sourceRoot: join(dataDir, 'demo-sources', server),
    restoreRoot: join(dataDir, 'demo-restores', server),
  };
}

/** Deterministic bytes (sha256 in counter mode): binary files that are the same at every start. */
function bytesOf(seed: string, length: number): Buffer {
  const out = Buffer.alloc(length);
  for (let block = 0, offset = 0; offset < length; block++, offset += 32) {
    createHash('sha256').update(`${seed}:${block}`).digest().copy(out, offset);
  }
  return out;
}

/**
 * The files of one demo partition: a few dozen text and binary files, an empty file, a name with
 * spaces and non-ASCII letters, and a nested directory — enough to see a backup, a change and a
 * restore compare with `diff -r`.
 */
export function demoPartitionFiles(server: string, partition: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const seed = `${server}:${partition}`;
  files.set(
    'README.txt',
    Buffer.from(
      `Demo files of ${partition} on ${server}.\nChange, add or delete any of them, back up again, restore, diff -r.\n`,
    ),
  );
  files.set('empty.log', Buffer.alloc(0));
  files.set('Notes – Überblick (draft).txt', Buffer.from('A file name with spaces and non-ASCII letters.\n'));
  for (let i = 1; i <= 12; i++) {
    files.set(
      `etc/app/conf.d/${String(i).padStart(2, '0')}-setting.conf`,
      Buffer.from(`# setting ${i} of ${seed}\nvalue=${i * 7}\n`),
    );
  }
  for (let i = 1; i <= 10; i++) {
    files.set(`var/data/block-${i}.bin`, bytesOf(`${seed}:block:${i}`, 512 * i + (i % 3) * 17));
  }
  for (let i = 1; i <= 6; i++)
    files.set(`home/user/doc-${i}.md`, Buffer.from(`# Document ${i}\n\n${'lorem ipsum '.repeat(i * 20)}\n`));
  files.set('var/data/archive/large.bin', bytesOf(`${seed}:large`, 256 * 1024));
  return files;
}

/**
 * Writes the demo source trees under `<dataDir>/demo-sources/<server>/<partition dir>` for every
 * demo server and partition whose directory does not exist yet (an operator's changes are kept).
 * Returns how many partition trees it wrote.
 */
export function writeDemoSources(dataDir: string): number {
  let written = 0;
  for (const server of DEMO_SERVERS) {
    const { sourceRoot } = demoAgentRoots(dataDir, server.name);
    for (const partition of server.partitions) {
      const dir = join(sourceRoot, partitionDirectory(partition.letter));
      if (existsSync(dir)) continue;
      for (const [path, content] of demoPartitionFiles(server.name, partition.letter)) {
        const file = join(dir, path);
        mkdirSync(join(file, '..'), { recursive: true });
        writeFileSync(file, content);
      }
      written++;
    }
  }
  return written;
}
