import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { applyTreePayload, chainOrderProblem, checkImage, linkPathOnAgent, readTreeManifest } from '@zdm/image-format';
import { ClaimedChainLink, ClaimedRestore, LogLevel } from './agent-api.client';
import { ByteProgress } from './byte-progress';
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
  // Every byte is read twice: once for its checksum, once to apply it.
  const bytes = progress(2 * sizes.reduce((a, b) => a + b, 0));
  const temporary = join(work.restoreRoot, `.${directory}.restoring-${work.runId}`);
  await rm(temporary, { recursive: true, force: true });
  await mkdir(temporary, { recursive: true });
  try {
    await bytes.report(0, `restoring ${chain.length} image(s) into ${target}`);
    for (const [index, link] of chain.entries()) {
      const check = await checkImage(paths[index], link.payloadSha256, (n) => bytes.add(n));
      if (check.state !== 'ok' || check.payloadOffset === undefined) {
        throw new Error(`image ${link.image} is ${check.state}: ${check.errorMessage}; nothing restored`);
      }
      const manifest = await readTreeManifest(paths[index], check.payloadOffset).catch((error: Error) => {
        throw new Error(`image ${link.image} holds no file tree (${error.message}); nothing restored`);
      });
      await applyTreePayload(paths[index], check.payloadOffset, manifest, temporary, (n) => bytes.add(n));
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
  await bytes.finish();
  return target;
}
