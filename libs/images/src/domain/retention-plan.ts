/*
 * Retention (spec §9): which of a job's images `rotation` keeps and which it removes, and why.
 * Pure: the caller passes what the catalog and the run history say, and carries the decision out.
 *
 * Rules, in the order they apply:
 * - Only the job's own images take part: an image is the job's when its job name (file name without
 *   `_[YYYY-MM-DD_HH_mm]` and `.ZIA`) is exactly the job's name and its header names the job's server.
 *   Anything else (`web_ROOT_old`, `web_ROOT2`, another server's `web_ROOT`) is not looked at.
 * - A generation is a full image and the increments after it up to the next full, in image time order.
 *   Increments older than the job's oldest full belong to no generation (their full is gone).
 * - A generation counts when its full succeeded (an image of a run that ended failed/cancelled/lost
 *   does not). The newest `rotation` counting generations are kept, whole.
 * - The newest counting generation is kept whatever `rotation` says (even 0).
 * - A generation whose full did not succeed is kept when it is newer than the oldest kept
 *   generation (it may be the run in progress, or evidence of a failure someone should look at);
 *   older ones go with the generations around them.
 * - Increments go with their generation: an increment whose full is kept is kept.
 * - Increments without a full are removed once a counting generation exists (nothing can restore
 *   them); with no counting generation at all, nothing is removed.
 */

export type RetentionImageType = 'full' | 'increment';

/** One image as the catalog knows it. */
export interface RetentionImage {
  /** File name (`<job>_[YYYY-MM-DD_HH_mm].ZIA`). */
  name: string;
  /** Where the file is (carried through to the decision, not interpreted). */
  path: string;
  /** Job name derived from the file name. */
  jobName: string;
  /** Server named by the header. */
  server: string;
  type: RetentionImageType;
  /** Header time `YYYY-MM-DD HH:mm:ss` (sorts as text). */
  time: string;
  /** False for the image of a run that did not succeed (default true: an image nobody reported on counts). */
  succeeded?: boolean;
}

export interface RetentionJob {
  name: string;
  /** Server display name, as image headers carry it. */
  server: string;
  /** Generations to keep (1..30; anything below 1 still keeps the newest successful one). */
  rotation: number;
}

export type RetentionReason =
  | { code: 'within-rotation'; generation: number; rotation: number }
  | { code: 'newest-successful'; generation: number; rotation: number }
  | { code: 'unsuccessful-newer'; full: string }
  | { code: 'increment-of-kept-full'; full: string }
  | { code: 'beyond-rotation'; generation: number; rotation: number }
  | { code: 'increment-of-removed-full'; full: string }
  | { code: 'unsuccessful-older'; full: string }
  | { code: 'increment-without-full' }
  | { code: 'no-successful-generation' };

export interface RetentionDecision {
  image: RetentionImage;
  /** 1 = newest counting generation; null for generations that do not count and orphan increments. */
  generation: number | null;
  reason: RetentionReason;
}

export interface RetentionPlan {
  /** Newest first. */
  keep: RetentionDecision[];
  /** Newest first. */
  remove: RetentionDecision[];
}

interface Generation {
  full: RetentionImage | undefined;
  images: RetentionImage[];
  counts: boolean;
  /** Position among counting generations, newest = 1. */
  rank: number | null;
}

const byTime = (a: RetentionImage, b: RetentionImage) =>
  a.time < b.time ? -1 : a.time > b.time ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

export function planRetention(job: RetentionJob, images: readonly RetentionImage[]): RetentionPlan {
  const own = images.filter((image) => image.jobName === job.name && image.server === job.server).sort(byTime);

  // Oldest first: an orphan group (increments before any full), then one generation per full.
  const generations: Generation[] = [];
  let current: Generation = { full: undefined, images: [], counts: false, rank: null };
  for (const image of own) {
    if (image.type === 'full') {
      if (current.images.length) generations.push(current);
      current = { full: image, images: [image], counts: image.succeeded !== false, rank: null };
    } else {
      current.images.push(image);
    }
  }
  if (current.images.length) generations.push(current);

  let rank = 0;
  for (let i = generations.length - 1; i >= 0; i--) if (generations[i].counts) generations[i].rank = ++rank;
  const rotation = Math.max(1, Math.floor(job.rotation));
  const keptRanks = Math.min(rotation, rank);
  // Index of the oldest kept counting generation (-1 when none counts).
  const oldestKept = generations.findIndex((g) => g.rank !== null && g.rank <= keptRanks);

  const keep: RetentionDecision[] = [];
  const remove: RetentionDecision[] = [];
  generations.forEach((generation, index) => {
    const { full } = generation;
    const decide = (image: RetentionImage, own: RetentionReason, increments: RetentionReason, kept: boolean) => {
      const decision = { image, generation: generation.rank, reason: image === full ? own : increments };
      (kept ? keep : remove).push(decision);
    };
    for (const image of generation.images) {
      if (oldestKept < 0) {
        keep.push({ image, generation: generation.rank, reason: { code: 'no-successful-generation' } });
      } else if (!full) {
        remove.push({ image, generation: null, reason: { code: 'increment-without-full' } });
      } else if (generation.rank !== null && generation.rank <= keptRanks) {
        const reason: RetentionReason = {
          code: generation.rank === 1 ? 'newest-successful' : 'within-rotation',
          generation: generation.rank,
          rotation,
        };
        decide(image, reason, { code: 'increment-of-kept-full', full: full.name }, true);
      } else if (generation.rank === null && index > oldestKept) {
        decide(
          image,
          { code: 'unsuccessful-newer', full: full.name },
          { code: 'increment-of-kept-full', full: full.name },
          true,
        );
      } else if (generation.rank === null) {
        decide(
          image,
          { code: 'unsuccessful-older', full: full.name },
          { code: 'increment-of-removed-full', full: full.name },
          false,
        );
      } else {
        decide(
          image,
          { code: 'beyond-rotation', generation: generation.rank, rotation },
          { code: 'increment-of-removed-full', full: full.name },
          false,
        );
      }
    }
  });
  const newestFirst = (a: RetentionDecision, b: RetentionDecision) => byTime(b.image, a.image);
  return { keep: keep.sort(newestFirst), remove: remove.sort(newestFirst) };
}
