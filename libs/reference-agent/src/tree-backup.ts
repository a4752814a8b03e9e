import { stat } from 'node:fs/promises';
import {
  manifestEntry,
  PENDING_SHA256,
  planTreeImage,
  readSampleHeader,
  readTreeManifest,
  SampleImageHeader,
  scanTree,
  TREE_MANIFEST_FORMAT,
  TreeManifest,
  treePayload,
  WrittenImage,
  writeImageFile,
} from '@zdm/image-format';

/** A backup of real files (`--source-root`): the partition's directory, and the parent image, if any. */
export interface TreeBackup {
  sourceDir: string;
  level: 'full' | 'increment';
  /** The parent image (an increment after a chain): its file name and where this agent reads it. */
  parent?: { image: string; path: string };
}

/** The manifest of a backup: the tree now, what the image carries, what is gone since the parent. */
export async function treeManifestOf(backup: TreeBackup): Promise<TreeManifest> {
  const info = await stat(backup.sourceDir).catch(() => undefined);
  if (!info?.isDirectory()) throw new Error(`the source directory ${backup.sourceDir} does not exist`);
  // The parent's manifest is read while the tree is scanned.
  const [before, { entries, skipped }] = await Promise.all([
    backup.parent ? parentManifest(backup.parent) : null,
    scanTree(backup.sourceDir),
  ]);
  const { carried, deleted } = planTreeImage(entries, before);
  const carriedSet = new Set(carried);
  const previous = new Map((before?.entries ?? []).map((e) => [e.path, e.sha256]));
  // A carried file's checksum is computed as the payload reads it (one read of each file).
  for (const entry of entries) {
    if (entry.type !== 'file') continue;
    entry.sha256 = carriedSet.has(entry.path) ? PENDING_SHA256 : previous.get(entry.path);
  }
  return {
    format: TREE_MANIFEST_FORMAT,
    level: backup.level,
    parent: backup.parent?.image ?? null,
    entries,
    carried,
    deleted,
    skipped,
  };
}

/** The manifest of the parent image (the tree an increment is the difference from). */
async function parentManifest(parent: { image: string; path: string }): Promise<TreeManifest> {
  try {
    const { payloadOffset } = await readSampleHeader(parent.path);
    return await readTreeManifest(parent.path, payloadOffset);
  } catch (error) {
    throw new Error(`cannot read the parent image ${parent.image} (${parent.path}): ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** Bytes of file content an image of `manifest` carries (the progress total). */
export function carriedBytes(manifest: TreeManifest): number {
  const carried = new Set(manifest.carried);
  return manifest.entries.reduce((sum, e) => sum + (carried.has(e.path) ? e.size : 0), 0);
}

/**
 * Writes the image of `manifest` at `path`: header (with `parent` and the sizes) + tar payload,
 * streamed, each carried file read once (its checksum lands in the manifest, rewritten at the end).
 */
export function writeTreeImage(
  path: string,
  header: Omit<SampleImageHeader, 'payloadSha256' | 'imageSize' | 'parent' | 'type'>,
  backup: TreeBackup,
  manifest: TreeManifest,
  onChunk: (payloadBytesSoFar: number) => Promise<void>,
): Promise<WrittenImage> {
  const head = manifestEntry(manifest);
  const placeholder = head.length;
  return writeImageFile(
    path,
    {
      ...header,
      type: backup.level,
      ...(backup.parent ? { parent: backup.parent.image } : {}),
      extra: {
        ...header.extra,
        payloadFormat: 'tar',
        entries: String(manifest.carried.length),
        dataBytes: String(carriedBytes(manifest)),
        deleted: String(manifest.deleted.length),
      },
    },
    treePayload(backup.sourceDir, manifest, head),
    onChunk,
    () => {
      // The payload filled in the carried files' checksums: the manifest entry, same size, rewritten.
      const bytes = manifestEntry(manifest);
      if (bytes.length !== placeholder) throw new Error('the manifest changed size while the image was written');
      return { at: 0, bytes };
    },
  );
}
