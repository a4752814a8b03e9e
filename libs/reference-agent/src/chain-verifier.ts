import { stat } from 'node:fs/promises';
import { checkImage, linkPathOnAgent } from '@zdm/image-format';
import { ClaimedChainLink, LogLevel, VerifiedImage } from './agent-api.client';
import { ByteProgress } from './byte-progress';

/**
 * A verify run (spec §13): reads every image of the chain whole — missing, header unreadable,
 * payload sha256 different from the header's or the catalog's — and says per image what it found.
 */
export async function verifyChain(
  chain: readonly ClaimedChainLink[],
  where: { repositoryPath: string; agentRepository?: string },
  progress: (total: number) => ByteProgress,
  log: (level: LogLevel, message: string) => Promise<void>,
): Promise<VerifiedImage[]> {
  const paths = chain.map((link) => linkPathOnAgent(link, where.repositoryPath, where.agentRepository));
  const sizes = await Promise.all(
    paths.map((path) =>
      stat(path).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  const bytes = progress(sizes.reduce((a, b) => a + b, 0));
  await bytes.report(0, `verifying ${chain.length} image(s)`);
  const images: VerifiedImage[] = [];
  for (const [index, link] of chain.entries()) {
    const check = await checkImage(paths[index], link.payloadSha256, (n) => bytes.add(n));
    if (check.state === 'ok') {
      await log(
        check.errorMessage ? 'warn' : 'info',
        `${link.image}: ok${check.errorMessage ? ` (${check.errorMessage})` : ''}`,
      );
      images.push({ image: link.image, state: 'ok' });
    } else {
      await log('error', `${link.image}: ${check.state}: ${check.errorMessage}`);
      images.push({ image: link.image, state: check.state, errorMessage: check.errorMessage });
    }
  }
  await bytes.finish();
  return images;
}
