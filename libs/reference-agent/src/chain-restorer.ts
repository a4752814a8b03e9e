import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  applyTreePayload,
  chainOrderProblem,
  checkImage,
  linkPathOnAgent,
  payloadChecksumProblem,
  readSampleHeader,
  readTreeManifest,
  TreeManifest,
} from '@zdm/image-format';
import { AgentStopped, ClaimedChainLink, ClaimedRestore, LogLevel } from './agent-api.client';
import { ByteProgress, RunCancelled } from './byte-progress';
import { partitionDirectory } from './partition-directory';

export interface ChainRestore {
  runId: number;
  chain: readonly ClaimedChainLink[];
  restore: ClaimedRestore;
  /** `--restore-root`: the partition goes to `<restoreRoot>/<partition dir of the target>`. */
  restoreRoot: string;
  repositoryPath: string;
  agentRepository?: string;
}

/**
 * A restore run (spec §14): applies the chain, full first, into a temporary directory beside the
 * target — each image's checksum checked before it is applied, its deletions applied after its
 * files — and renames it into place only when every image applied, so a failed or cancelled restore
 * leaves no partial tree that looks complete. Refuses a non-empty target unless `overwrite`.
 * Returns the restored directory.
 */
export async function restoreChain(
  work: ChainRestore,
  progress: (total: number) => ByteProgress,
  log: (level: LogLevel, message: string) => Promise<void>,
): Promise<string> {
  const { chain, restore } = work;
  const directory = partitionDirectory(restore.targetPartition);
  const target = join(work.restoreRoot, directory);
  const order = chainOrderProblem(chain);
  if (order) throw new Error(`cannot restore: ${order}`);
  if (!restore.overwrite && existsSync(target) && (await readdir(target)).length > 0) {
    throw new Error(`Refused: the restore target ${target} is not empty (restore with overwrite to replace it)`);
  }
  const paths = chain.map((link) => linkPathOnAgent(link, work.repositoryPath, work.agentRepository));
  const sizes: number[] = [];
  for (const [index, link] of chain.entries()) {
    const info = await stat(paths[index]).catch(() => undefined);
    if (!info) throw new Error(`image ${link.image} is missing: no such file ${paths[index]}`);
    sizes.push(info.size);
  }
  // Every byte is read once: hashed while it is applied to the temporary directory, which becomes
  // the target only when every image's checksum matched.
  const bytes = progress(sizes.reduce((a, b) => a + b, 0));
  const temporary = join(work.restoreRoot, `.${directory}.restoring-${work.runId}`);
  await rm(temporary, { recursive: true, force: true });
  await mkdir(temporary, { recursive: true });
  try {
    await bytes.report(0, `restoring ${chain.length} image(s) into ${target}`);
    for (const [index, link] of chain.entries()) {
      const manifest = await applyLink(link, paths[index], temporary, (n) => bytes.add(n));
      await log(
        'info',
        `${link.image} applied: ${manifest.carried.length} entries, ${manifest.deleted.length} deletion(s)`,
      );
    }
    if (existsSync(target)) await rm(target, { recursive: true, force: true });
    await rename(temporary, target);
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
  await bytes.finish(`Restored into ${target}`);
  return target;
}

/**
 * Applies one image of the chain onto `directory`, checking its payload's sha256 (against its
 * header's and the catalog's) on the way; throws naming the image when it is missing, corrupt or
 * holds no file tree. When the apply itself fails, the image is read whole once more to say whether
 * it is corrupt (the likely cause) rather than only what the archive reader stumbled on.
 */
async function applyLink(
  link: ClaimedChainLink,
  path: string,
  directory: string,
  onBytes: (bytes: number) => Promise<void>,
): Promise<TreeManifest> {
  const corrupt = async (): Promise<void> => {
    const check = await checkImage(path, link.payloadSha256);
    if (check.state !== 'ok')
      throw new Error(`image ${link.image} is ${check.state}: ${check.errorMessage}; nothing restored`);
  };
  let header;
  try {
    header = await readSampleHeader(path);
  } catch {
    await corrupt();
    throw new Error(`image ${link.image} cannot be read; nothing restored`);
  }
  const manifest = await readTreeManifest(path, header.payloadOffset).catch(async (error: Error) => {
    await corrupt();
    throw new Error(`image ${link.image} holds no file tree (${error.message}); nothing restored`);
  });
  let actual: string;
  try {
    actual = await applyTreePayload(path, header.payloadOffset, manifest, directory, onBytes);
  } catch (error) {
    if (error instanceof RunCancelled || error instanceof AgentStopped) throw error;
    await corrupt();
    throw error;
  }
  const problem = payloadChecksumProblem(actual, header.fields.payloadSha256, link.payloadSha256);
  if (problem) throw new Error(`image ${link.image} is corrupt: ${problem}; nothing restored`);
  return manifest;
}
