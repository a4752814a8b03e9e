import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { mkdir, open, rm, utimes } from 'node:fs/promises';
import { isAbsolute, join, normalize, sep } from 'node:path';
import { Header, Parser, Pax, ReadEntry, Unpack } from 'tar';
import { TREE_MANIFEST_FORMAT, TreeEntry, TreeManifest } from './tree-manifest';

/*
 * The payload of an image the reference agent writes from real files: a tar stream (the `tar`
 * package, POSIX pax where names need it) whose first entry is `manifest.json` (the TreeManifest)
 * and whose other entries are `data/<path>` for the files and directories the image carries.
 */

export const MANIFEST_ENTRY = 'manifest.json';
const DATA_PREFIX = 'data';
const BLOCK = 512;

/**
 * A file at most this big is read whole, ahead of its turn; a bigger one is streamed in chunks of
 * this size (so progress, and a cancel, are seen during it).
 */
const WHOLE_FILE_BYTES = 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;
/** Files read ahead of the one being written (both limits hold). */
const READ_AHEAD_FILES = 32;
const READ_AHEAD_BYTES = 32 * 1024 * 1024;

/**
 * The `sha256` a carried file has in the manifest until its bytes are read: as wide as a real one,
 * so the manifest entry keeps its size when the real checksums replace it (see `treePayload`).
 */
export const PENDING_SHA256 = '0'.repeat(64);

/** The manifest as the payload's first entry: a tar header, the JSON, the padding to a block. */
export function manifestEntry(manifest: TreeManifest): Buffer {
  const json = Buffer.from(JSON.stringify(manifest), 'utf8');
  const header = new Header({ path: MANIFEST_ENTRY, mode: 0o644, size: json.length, mtime: new Date(0), type: 'File' });
  header.encode();
  return Buffer.concat([header.block!, json, Buffer.alloc((BLOCK - (json.length % BLOCK)) % BLOCK)]);
}

/**
 * The payload as a stream of chunks: the manifest entry, then the carried entries read from
 * `sourceDir`, then the end of the archive. Each file is read once: its bytes go to the payload and
 * to its sha256, which replaces the file's `sha256` in `manifest` as soon as it is read — so a
 * manifest whose carried files say PENDING_SHA256 when the payload starts is complete when it ends
 * (the writer then rewrites the manifest entry in place, same size). Small files are read whole
 * and ahead of their turn (the file system's latency, not the bytes, is what a tree of small files
 * costs); big ones are streamed in CHUNK_BYTES, so progress and a cancel are seen during them. A
 * file shorter than the scan found is an error (it changed during the backup); a longer one is
 * taken as long as the scan found it (the next increment carries the rest).
 *
 * The entries are those `tar` itself writes for `Pack({ portable: true, prefix: 'data' })`: a
 * ustar header, preceded by a pax header when the path needs it.
 */
export async function* treePayload(
  sourceDir: string,
  manifest: TreeManifest,
  /** `manifestEntry(manifest)`, when the caller encoded it already (to know its size). */
  head: Buffer = manifestEntry(manifest),
): AsyncGenerator<Buffer> {
  yield head;
  const byPath = new Map(manifest.entries.map((e) => [e.path, e]));
  const carried = manifest.carried.map((path) => {
    const entry = byPath.get(path);
    if (!entry) throw new Error(`the manifest carries ${path}, which is not one of its entries`);
    return entry;
  });
  const ahead = new Map<number, Promise<Buffer>>();
  let aheadBytes = 0;
  let next = 0;
  const readAhead = (from: number) => {
    next = Math.max(next, from);
    while (next < carried.length && ahead.size < READ_AHEAD_FILES && aheadBytes < READ_AHEAD_BYTES) {
      const entry = carried[next];
      if (entry.type === 'file') {
        if (entry.size > WHOLE_FILE_BYTES) break; // streamed when its turn comes
        const read = readWholeFile(join(sourceDir, entry.path), entry.size);
        read.catch(() => undefined); // seen when its turn comes (or never, after a cancel)
        ahead.set(next, read);
        aheadBytes += entry.size;
      }
      next++;
    }
  };
  for (const [index, entry] of carried.entries()) {
    readAhead(index);
    yield* entryHeader(entry);
    if (entry.type !== 'file') continue;
    const hash = createHash('sha256');
    const whole = ahead.get(index);
    if (whole) {
      const bytes = await whole;
      ahead.delete(index);
      aheadBytes -= entry.size;
      hash.update(bytes);
      yield bytes;
    } else {
      for await (const chunk of fileChunks(join(sourceDir, entry.path), entry.size)) {
        hash.update(chunk);
        yield chunk;
      }
    }
    entry.sha256 = hash.digest('hex');
    const padding = (BLOCK - (entry.size % BLOCK)) % BLOCK;
    if (padding) yield Buffer.alloc(padding);
  }
  yield Buffer.alloc(2 * BLOCK); // the end of the archive, as tar writes it
}

/** The tar header block(s) of a carried entry (`data/<path>`, a directory's with a trailing `/`). */
function entryHeader(entry: TreeEntry): Buffer[] {
  const directory = entry.type === 'directory';
  const path = `${DATA_PREFIX}/${entry.path}${directory ? '/' : ''}`;
  // tar's portable mode: no owner, no directory times, the modes a umask of 022 would leave.
  let mode = (entry.mode | 0o600) & ~0o22;
  if (directory) mode |= ((mode & 0o444) >> 2) & 0o111;
  const mtime = directory ? undefined : new Date(entry.mtimeMs);
  const size = directory ? 0 : entry.size;
  const header = new Header({ path, mode, size, mtime, type: directory ? 'Directory' : 'File' });
  const needsPax = header.encode();
  const blocks: Buffer[] = [];
  if (needsPax) blocks.push(new Pax({ path, size, mtime: header.mtime }).encode());
  blocks.push(header.block!);
  return blocks;
}

/** Exactly `size` bytes of the file at `path` (open, read, close). */
async function readWholeFile(path: string, size: number): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const bytes = Buffer.allocUnsafe(size);
    for (let done = 0; done < size;) {
      const { bytesRead } = await file.read(bytes, done, size - done, done);
      if (bytesRead === 0) throw changedDuringBackup(path, size, done);
      done += bytesRead;
    }
    return bytes;
  } finally {
    await file.close();
  }
}

/** The first `size` bytes of the file at `path`, in chunks of CHUNK_BYTES. */
async function* fileChunks(path: string, size: number): AsyncGenerator<Buffer> {
  const file = await open(path, 'r');
  try {
    for (let done = 0; done < size;) {
      const bytes = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, size - done));
      let filled = 0;
      while (filled < bytes.length) {
        const { bytesRead } = await file.read(bytes, filled, bytes.length - filled, done + filled);
        if (bytesRead === 0) throw changedDuringBackup(path, size, done + filled);
        filled += bytesRead;
      }
      done += filled;
      yield bytes;
    }
  } finally {
    await file.close();
  }
}

function changedDuringBackup(path: string, size: number, read: number): Error {
  return new Error(`${path} changed during the backup: ${size} bytes when scanned, ${read} when read`);
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

/** Bytes read from an image per chunk while applying it. */
const APPLY_READ_BYTES = 1024 * 1024;
/** Modification times set at once after an apply. */
const TIMES_AT_ONCE = 16;

/**
 * Applies the image at `path` onto `targetDir`: removes what its manifest says was deleted since
 * its parent, then extracts its entries (streamed), hashing the payload as it reads it: resolves
 * with the payload's sha256 (the caller compares it with the header's before it trusts the result,
 * so `targetDir` should be a directory nothing uses until then). `onBytes` is awaited with each
 * chunk's size (a rejection — a cancel — stops it).
 */
export async function applyTreePayload(
  path: string,
  payloadOffset: number,
  manifest: TreeManifest,
  targetDir: string,
  onBytes?: (bytes: number) => void | Promise<void>,
): Promise<string> {
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
  const hash = createHash('sha256');
  const input = createReadStream(path, { start: payloadOffset, highWaterMark: APPLY_READ_BYTES });
  try {
    for await (const chunk of input) {
      if (failure) break;
      hash.update(chunk as Buffer);
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
  return hash.digest('hex');
}

/** Modification times of the entries the image carried, from its manifest (directories last, deepest first). */
async function applyTimes(targetDir: string, manifest: TreeManifest): Promise<void> {
  const carried = new Set(manifest.carried);
  const entries = manifest.entries.filter((e) => carried.has(e.path));
  const set = (entry: TreeEntry) => {
    const seconds = entry.mtimeMs / 1000;
    return utimes(inside(targetDir, entry.path), seconds, seconds);
  };
  // Files in parallel batches; then directories one by one, deepest first (a directory's time is set
  // once nothing under it changes any more).
  const files = entries.filter((e) => e.type === 'file');
  for (let at = 0; at < files.length; at += TIMES_AT_ONCE)
    await Promise.all(files.slice(at, at + TIMES_AT_ONCE).map(set));
  for (const entry of entries.filter((e) => e.type === 'directory').reverse()) await set(entry);
}
