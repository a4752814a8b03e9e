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

const byTime = (a: ChainImage, b: ChainImage) =>
  a.time < b.time ? -1 : a.time > b.time ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

const succeeded = (image: ChainImage) => image.origin.provenance === 'run' && image.origin.outcome === 'succeeded';

/** An image as chains see it: a point without its verification (which the caller says). */
export type ChainImage = Omit<PointImage, 'verification'>;

/** Why one link, verified as `verification` says, cannot be trusted; null when it can. */
function refusalOf(image: ChainImage, verification: VerificationState): RestorePointRefusal | null {
  if (verification === 'corrupt' || verification === 'missing') {
    return { code: verification, image: image.name };
  }
  if (verification === 'ok') return null;
  const { origin } = image;
  if (origin.provenance === 'found') return { code: 'not-verified', image: image.name };
  if (origin.outcome === 'unsuccessful') return { code: 'failed-run', image: image.name, runId: origin.runId };
  if (origin.outcome === 'in-progress') return { code: 'in-progress', image: image.name, runId: origin.runId };
  return null;
}

/**
 * A point's chain as computed, without its links copied out: `links()` builds the array (full first,
 * ending with the point's image) when asked, so planning over thousands of points allocates no chain
 * it does not walk.
 */
export interface PointChain<T extends ChainImage> {
  image: T;
  /** The chain's first link (the full when the chain is whole). */
  first: T;
  /** The first parent (from the full's end) that is not in the catalog, or part of a loop. */
  missing: string | undefined;
  /** The first link (full first) that cannot be trusted, or null. */
  refusal: RestorePointRefusal | null;
  links(): T[];
}

/** The restore points of a job's images, newest first. */
export function restorePoints<T extends PointImage>(images: readonly T[]): RestorePoint<T>[] {
  return pointChains(images, (image) => image.verification)
    .map(({ image, first, missing, refusal, links }): RestorePoint<T> => {
      const reason = pointRefusal(first, missing, refusal);
      return { image, chain: links(), restorable: reason === null, reason };
    })
    .reverse();
}

/** Why a point with this chain does not restore, or null when it does. */
export function pointRefusal<T extends ChainImage>(
  first: T,
  missing: string | undefined,
  refusal: RestorePointRefusal | null,
): RestorePointRefusal | null {
  if (missing !== undefined) return { code: 'missing', image: missing };
  if (first.type !== 'full') return { code: 'no-full' };
  return refusal;
}

/**
 * A chain as built: its last `link` and the chain before it (`prev`); or, at the bottom, a base that
 * holds its links itself: the order rule's chain of `self` (the first `length` of `before`, then
 * `self`), or nothing (a parent that is missing).
 */
class ChainNode<T> {
  constructor(
    readonly first: T | undefined,
    readonly missing: string | undefined,
    readonly refusal: RestorePointRefusal | null,
    readonly link: T | undefined,
    readonly prev: ChainNode<T> | undefined,
    readonly self: T | undefined,
    readonly before: readonly T[],
    readonly length: number,
  ) {}

  /** The links of the chain ending at `node`, full first. */
  static links<T>(node: ChainNode<T>): T[] {
    const tail: T[] = [];
    let at: ChainNode<T> | undefined = node;
    while (at !== undefined && at.link !== undefined) {
      tail.push(at.link);
      at = at.prev;
    }
    const head = at?.self === undefined ? [] : [...at.before.slice(0, at.length), at.self];
    for (let i = tail.length - 1; i >= 0; i--) head.push(tail[i]);
    return head;
  }
}

/** One point's chain, its links built when asked (then kept). */
class LazyPointChain<T extends ChainImage> implements PointChain<T> {
  private built: T[] | undefined;
  readonly first: T;
  readonly missing: string | undefined;
  readonly refusal: RestorePointRefusal | null;

  constructor(
    readonly image: T,
    private readonly node: ChainNode<T>,
  ) {
    this.first = node.first ?? image;
    this.missing = node.missing;
    this.refusal = node.refusal;
  }

  links = (): T[] => (this.built ??= ChainNode.links(this.node));
}

/**
 * Every image's chain (oldest image first), by its parent links or else by the order rule; each link
 * trusted as `verificationOf` says.
 */
export function pointChains<T extends ChainImage>(
  images: readonly T[],
  verificationOf: (image: T) => VerificationState,
): PointChain<T>[] {
  const linkRefusal = (image: T) => refusalOf(image, verificationOf(image));
  const sorted = [...images].sort(byTime);
  const byName = new Map<string, number>();
  sorted.forEach((image, index) => {
    if (!byName.has(image.name)) byName.set(image.name, index);
  });
  // The order rule's chain of every image: the links before it are the first `length` of `links` as
  // it was then (that array only grows, a new full starts another one); `refusals[k]` is the first
  // refusal among the first k links.
  const order: ChainNode<T>[] = new Array(sorted.length);
  let links: T[] = [];
  let refusals: (RestorePointRefusal | null)[] = [null];
  sorted.forEach((image, index) => {
    const alone = image.type === 'full' || links.length === 0;
    const length = alone ? 0 : links.length;
    order[index] = new ChainNode<T>(
      alone ? image : links[0],
      undefined,
      (alone ? null : refusals[length]) ?? linkRefusal(image),
      undefined,
      undefined,
      image,
      links,
      length,
    );
    if (succeeded(image)) {
      if (image.type === 'full') {
        links = [image];
        refusals = [null, linkRefusal(image)];
      } else if (links.length) {
        links.push(image);
        refusals.push(refusals[refusals.length - 1] ?? linkRefusal(image));
      }
    }
  });
  const byParent: (ChainNode<T> | undefined)[] = new Array(sorted.length);
  return sorted.map((image, index) => {
    const node =
      image.type === 'increment' && image.parent
        ? chainByParent(index, sorted, byName, order, byParent, linkRefusal)
        : order[index];
    return new LazyPointChain(image, node);
  });
}

/**
 * The chain of `sorted[index]` by its `parent` names, full first (an ancestor that names no parent
 * chains by the order rule); memoised in `done` (by position).
 */
function chainByParent<T extends ChainImage>(
  index: number,
  sorted: readonly T[],
  byName: ReadonlyMap<string, number>,
  order: readonly ChainNode<T>[],
  done: (ChainNode<T> | undefined)[],
  linkRefusal: (image: T) => RestorePointRefusal | null,
): ChainNode<T> {
  const known = done[index];
  if (known) return known;
  // Walk up to the full (or to a parent that is not there), then build the chains back down.
  const path: number[] = [index];
  let base: ChainNode<T> | undefined;
  for (let current = index; ;) {
    const image = sorted[current];
    if (image.type === 'full') break;
    if (!image.parent) {
      // No parent named: the order rule's chain up to it.
      path.pop();
      base = order[current];
      break;
    }
    const parent = byName.get(image.parent);
    if (parent === undefined || path.includes(parent)) {
      base = new ChainNode<T>(undefined, image.parent, null, undefined, undefined, undefined, [], 0);
      break;
    }
    const cached = done[parent];
    if (cached) {
      base = cached;
      break;
    }
    path.push(parent);
    current = parent;
  }
  let result = base;
  for (let i = path.length - 1; i >= 0; i--) {
    const link = sorted[path[i]];
    result = result
      ? new ChainNode<T>(
          result.first ?? link,
          result.missing,
          result.refusal ?? linkRefusal(link),
          link,
          result,
          undefined,
          [],
          0,
        )
      : new ChainNode<T>(link, undefined, linkRefusal(link), link, undefined, undefined, [], 0);
    done[path[i]] = result;
  }
  return result!;
}
