import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { mkdir, rm, utimes } from 'node:fs/promises';
import { isAbsolute, join, normalize, sep } from 'node:path';
import { Header, Pack, Parser, ReadEntry, Unpack } from 'tar';
import { TREE_MANIFEST_FORMAT, TreeManifest } from './tree-manifest';

/*
 * The payload of an image the reference agent writes from real files: a tar stream (the `tar`
 * package, POSIX pax where names need it) whose first entry is `manifest.json` (the TreeManifest)
 * and whose other entries are `data/<path>` for the files and directories the image carries.
 */

export const MANIFEST_ENTRY = 'manifest.json';
const DATA_PREFIX = 'data';
const BLOCK = 512;

/** The payload as a stream of chunks: the manifest entry, then the carried entries read from `sourceDir`. */
export async function* treePayload(sourceDir: string, manifest: TreeManifest): AsyncGenerator<Buffer> {
  const json = Buffer.from(JSON.stringify(manifest), 'utf8');
  const header = new Header({ path: MANIFEST_ENTRY, mode: 0o644, size: json.length, mtime: new Date(0), type: 'File' });
  header.encode();
  yield header.block!;
  yield json;
  yield Buffer.alloc((BLOCK - (json.length % BLOCK)) % BLOCK);
  // maxReadSize: a big file comes in megabyte chunks, so progress (and a cancel) is seen during it.
  const pack = new Pack({
    cwd: sourceDir,
    portable: true,
    noDirRecurse: true,
    prefix: DATA_PREFIX,
    strict: true,
    maxReadSize: 1024 * 1024,
  });
  for (const path of manifest.carried) pack.add(path);
  pack.end();
  try {
    for await (const chunk of pack as AsyncIterable<Buffer>) yield chunk;
  } finally {
    pack.destroy(); // a consumer that stopped early (a cancel): nothing more is read
  }
}

/** The manifest at the start of the payload of the image at `path` (payload from `payloadOffset`). */
export async function readTreeManifest(path: string, payloadOffset: number): Promise<TreeManifest> {
  const input = createReadStream(path, { start: payloadOffset, highWaterMark: 64 * 1024 });
  try {
    return await new Promise<TreeManifest>((resolve, reject) => {
      let first = true;
      const parser = new Parser({
        strict: true,
        onReadEntry: (entry: ReadEntry) => {
          if (!first) return entry.resume();
          first = false;
          if (entry.path !== MANIFEST_ENTRY || entry.size > 256 * 1024 * 1024) {
            return reject(new Error(`the payload does not start with ${MANIFEST_ENTRY}`));
          }
          const chunks: Buffer[] = [];
          entry.on('data', (chunk: Buffer) => chunks.push(chunk));
          entry.on('end', () => {
            try {
              const manifest = JSON.parse(Buffer.concat(chunks).toString('utf8')) as TreeManifest;
              if (manifest.format !== TREE_MANIFEST_FORMAT)
                throw new Error(`unknown manifest format ${manifest.format}`);
              resolve(manifest);
            } catch (error) {
              reject(error instanceof Error ? error : new Error(String(error)));
            }
          });
        },
      });
      parser.on('error', reject);
      parser.on('end', () => reject(new Error(`the payload holds no ${MANIFEST_ENTRY}`)));
      input.on('error', reject);
      input.pipe(parser as unknown as NodeJS.WritableStream);
    });
  } finally {
    input.destroy();
  }
}

/** A manifest path as a path under `root`, or an error for one that would leave it. */
function inside(root: string, path: string): string {
  const clean = normalize(path);
  if (!path || isAbsolute(path) || clean === '..' || clean.startsWith(`..${sep}`)) {
    throw new Error(`refused: the manifest path ${JSON.stringify(path)} leaves the restore directory`);
  }
  return join(root, clean);
}

/**
 * Applies the image at `path` onto `targetDir`: removes what its manifest says was deleted since
 * its parent, then extracts its entries (streamed). `onBytes` is awaited with each chunk's size (a
 * rejection — a cancel — stops it).
 */
export async function applyTreePayload(
  path: string,
  payloadOffset: number,
  manifest: TreeManifest,
  targetDir: string,
  onBytes?: (bytes: number) => void | Promise<void>,
): Promise<void> {
  await mkdir(targetDir, { recursive: true });
  for (const deleted of manifest.deleted) await rm(inside(targetDir, deleted), { recursive: true, force: true });
  // unlink: a file of an earlier image is replaced, not rewritten in place. noMtime: the manifest's
  // times (to the millisecond, unlike tar's seconds) are set afterwards.
  const unpack = new Unpack({ cwd: targetDir, strip: 1, strict: true, unlink: true, noMtime: true });
  // The first error fails the apply; later ones (an aborted input) are the same story, not a crash.
  let failure: Error | undefined;
  unpack.on('error', (error: Error) => (failure ??= error));
  // 'finish' comes once every entry is on disk ('close' comes when the input ends, earlier).
  const finished = new Promise<void>((resolve) => unpack.once('finish', () => resolve()));
  const input = createReadStream(path, { start: payloadOffset, highWaterMark: 1024 * 1024 });
  try {
    for await (const chunk of input) {
      if (failure) break;
      if (!unpack.write(chunk as Buffer)) await Promise.race([once(unpack, 'drain'), finished]);
      await onBytes?.((chunk as Buffer).length);
    }
  } finally {
    input.destroy();
    // Also when the loop stopped early (a cancel): end the input and wait until nothing is being
    // written any more, so the caller can remove the directory without a write landing after it.
    unpack.end();
    await finished;
  }
  if (failure) throw failure;
  await applyTimes(targetDir, manifest);
}

/** Modification times of the entries the image carried, from its manifest (directories last, deepest first). */
async function applyTimes(targetDir: string, manifest: TreeManifest): Promise<void> {
  const carried = new Set(manifest.carried);
  const entries = manifest.entries.filter((e) => carried.has(e.path));
  const ordered = [
    ...entries.filter((e) => e.type === 'file'),
    ...entries.filter((e) => e.type === 'directory').reverse(),
  ];
  for (const entry of ordered) {
    const seconds = entry.mtimeMs / 1000;
    await utimes(inside(targetDir, entry.path), seconds, seconds);
  }
}
