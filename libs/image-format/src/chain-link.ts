import { isAbsolute, join, relative, sep } from 'node:path';

/** One image of a chain as an agent's claim carries it (full first). */
export interface ChainLink {
  /** File name. */
  image: string;
  /** Absolute path as the API's catalog knows it. */
  path: string;
  level: 'full' | 'increment';
  payloadSha256: string | null;
}

/** The `parent` of an increment written after `chain`: its last link's file name (none for an empty chain). */
export function parentOf(chain: readonly ChainLink[]): string | undefined {
  return chain.at(-1)?.image;
}

/** Why `chain` cannot be applied in order (a full first, increments after), or undefined when it can. */
export function chainOrderProblem(chain: readonly ChainLink[]): string | undefined {
  if (chain.length === 0) return 'the chain is empty';
  if (chain[0].level !== 'full') return `the chain starts with ${chain[0].image}, an increment, not a full`;
  const extra = chain.slice(1).find((link) => link.level !== 'increment');
  return extra ? `the chain holds a second full (${extra.image}) after its first` : undefined;
}

/**
 * Where a link's file is for an agent with its own view of the repository (`--repository DIR`):
 * `DIR + relative(repositoryPath, path)`; the catalog's path itself without one, or when the path is
 * not under the job's repository path. A relative path (a catalog that keeps paths relative to its
 * repository) is taken under `DIR`, else under the job's repository path.
 */
export function linkPathOnAgent(link: ChainLink, repositoryPath: string, agentRepository?: string): string {
  if (!isAbsolute(link.path)) return join(agentRepository ?? repositoryPath, link.path);
  if (!agentRepository) return link.path;
  const rel = relative(repositoryPath, link.path);
  if (!rel || isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`)) return link.path;
  return join(agentRepository, rel);
}
