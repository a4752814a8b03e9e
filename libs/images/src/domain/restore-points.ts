/*
 * Restore points (spec §13): every image of a job is a point; its chain is what a restore of it
 * applies, full first; it is restorable when every link can be trusted. Pure: the caller passes the
 * job's images with their provenance, verification and protection.
 *
 * - Chain: a full is its own chain. An increment follows the newest successful full before it (written
 *   by a run of the job that succeeded), with every successful increment between them (image time
 *   order). Images of runs that did not succeed, and images found in the repository, are never links
 *   of another point's chain: the job's runs built nothing on them.
 *   When an increment's header names its `parent`, the chain follows the parents instead (whatever
 *   their runs came to: the agent built on them), and a parent that is not in the catalog is a
 *   `missing` link (the chain then starts at the first image that is there).
 * - A link can be trusted when it was written by a successful run of the job or verified `ok`, and
 *   verification did not find it `corrupt` or `missing`.
 * - `reason` names the first link (full first) that cannot be trusted, or says there is no full.
 */
import type { RetentionOrigin } from './retention-plan';

export const VERIFICATION_STATES = ['unverified', 'ok', 'corrupt', 'missing'] as const;
export type VerificationState = (typeof VERIFICATION_STATES)[number];

export interface PointImage {
  name: string;
  type: 'full' | 'increment';
  /** Header time `YYYY-MM-DD HH:mm:ss` (sorts as text). */
  time: string;
  origin: RetentionOrigin;
  verification: VerificationState;
  /** File name of the image this increment follows, when its header says (null/absent: the order rule). */
  parent?: string | null;
}

export type RestorePointRefusal =
  | { code: 'no-full' }
  | { code: 'corrupt'; image: string }
  | { code: 'missing'; image: string }
  | { code: 'failed-run'; image: string; runId: number }
  | { code: 'in-progress'; image: string; runId: number }
  | { code: 'not-verified'; image: string };

export interface RestorePoint<T extends PointImage = PointImage> {
  image: T;
  /** Full first, ending with the point's own image. */
  chain: T[];
  restorable: boolean;
  reason: RestorePointRefusal | null;
}

const byTime = (a: PointImage, b: PointImage) =>
  a.time < b.time ? -1 : a.time > b.time ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

const succeeded = (image: PointImage) => image.origin.provenance === 'run' && image.origin.outcome === 'succeeded';

/** Why one link cannot be trusted, or null when it can. */
export function linkRefusal(image: PointImage): RestorePointRefusal | null {
  if (image.verification === 'corrupt' || image.verification === 'missing') {
    return { code: image.verification, image: image.name };
  }
  if (image.verification === 'ok') return null;
  const { origin } = image;
  if (origin.provenance === 'found') return { code: 'not-verified', image: image.name };
  if (origin.outcome === 'unsuccessful') return { code: 'failed-run', image: image.name, runId: origin.runId };
  if (origin.outcome === 'in-progress') return { code: 'in-progress', image: image.name, runId: origin.runId };
  return null;
}

/** The restore points of a job's images, newest first. */
export function restorePoints<T extends PointImage>(images: readonly T[]): RestorePoint<T>[] {
  const sorted = [...images].sort(byTime);
  const byName = new Map<string, T>();
  for (const image of sorted) if (!byName.has(image.name)) byName.set(image.name, image);
  // The order rule's chain of every image, made when asked: the links before it are the first
  // `length` of `links` as it was then (that array only grows, a new full starts another one).
  const orderLinks = new Map<T, { links: T[]; length: number }>();
  const byOrder = {
    get(image: T): T[] | undefined {
      const at = orderLinks.get(image);
      return at && (image.type === 'full' || !at.length ? [image] : [...at.links.slice(0, at.length), image]);
    },
  };
  // Links since the newest successful full (that full first).
  let links: T[] = [];
  for (const image of sorted) {
    orderLinks.set(image, { links, length: links.length });
    if (succeeded(image)) {
      if (image.type === 'full') links = [image];
      else if (links.length) links.push(image);
    }
  }
  const parentChains = new Map<T, ParentChain<T>>();
  const points = sorted.map((image): RestorePoint<T> => {
    const { chain, missing } =
      image.type === 'increment' && image.parent
        ? chainByParent(image, byName, byOrder, parentChains)
        : { chain: byOrder.get(image)!, missing: undefined };
    const reason: RestorePointRefusal | null =
      missing !== undefined
        ? { code: 'missing', image: missing }
        : chain[0].type !== 'full'
          ? { code: 'no-full' }
          : (chain.map(linkRefusal).find((r) => r !== null) ?? null);
    return { image, chain, restorable: reason === null, reason };
  });
  return points.reverse();
}

interface ParentChain<T> {
  chain: T[];
  /** The first parent (from the full's end) that is not in the catalog, or part of a loop. */
  missing?: string;
}

/**
 * `image`'s chain by its `parent` names, full first (an ancestor that names no parent chains by the
 * order rule); memoised in `done`.
 */
function chainByParent<T extends PointImage>(
  image: T,
  byName: ReadonlyMap<string, T>,
  byOrder: { get(image: T): T[] | undefined },
  done: Map<T, ParentChain<T>>,
): ParentChain<T> {
  const known = done.get(image);
  if (known) return known;
  // Walk up to the full (or to a parent that is not there), then build the chains back down.
  const path: T[] = [image];
  const seen = new Set<T>(path);
  let base: ParentChain<T> = { chain: [] };
  for (let current = image; ;) {
    if (current.type === 'full') break;
    if (!current.parent) {
      // No parent named: the order rule's chain up to it.
      path.pop();
      base = { chain: byOrder.get(current) ?? [current] };
      break;
    }
    const parent = byName.get(current.parent);
    if (!parent || seen.has(parent)) {
      base = { chain: [], missing: current.parent };
      break;
    }
    const cached = done.get(parent);
    if (cached) {
      base = cached;
      break;
    }
    path.push(parent);
    seen.add(parent);
    current = parent;
  }
  let result = base;
  for (const link of path.reverse()) {
    result = { chain: [...result.chain, link], ...(result.missing !== undefined ? { missing: result.missing } : {}) };
    done.set(link, result);
  }
  return result;
}
