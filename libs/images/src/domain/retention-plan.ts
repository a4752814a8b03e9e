/*
 * Retention (spec §9, §13): which of a job's images `rotation` keeps and which it removes, and why.
 * Pure: the caller passes what the catalog and the run history say, and carries the decision out.
 *
 * Rules, in the order they apply:
 * - Only the job's own images take part: an image is the job's when its job name (file name without
 *   `_[YYYY-MM-DD_HH_mm]` and `.ZIA`) is exactly the job's name and its header names the job's server.
 *   Anything else (`web_ROOT_old`, `web_ROOT2`, another server's `web_ROOT`) is not looked at.
 * - Provenance: only images written by this job's runs (`origin.provenance = 'run'`) can be removed.
 *   An image that appeared by other means (`found`: copied in, older than the API, another tool, a
 *   run of another job) is kept, whatever its name says.
 * - Generations count only successful runs: a generation is a full image of a run that ended
 *   `success`/`warning` and the successful increments after it up to the next such full, in image
 *   time order (an increment's chain is the newest successful full before it). Increments older than
 *   the job's oldest successful full belong to no generation (their full is gone).
 * - The newest `rotation` generations are kept, whole; the newest is kept whatever `rotation` says
 *   (even 0), so the newest restorable point and everything its chain needs always stay.
 * - An image of a run that ended without success (failed, cancelled, lost) is never a generation and
 *   never part of a chain: it is garbage of that run and goes (once a generation exists).
 * - An image of a run still in progress is kept.
 * - Increments without a full are removed once a generation exists (nothing can restore them); with
 *   no generation at all, nothing is removed.
 * - A protected image is never removed, nor any image its chain needs (its generation's full and the
 *   increments before it).
 * - Parent links: when increments' headers name their `parent`, chains are the restore points' chains
 *   (`restorePoints`): an increment belongs to the generation of the full its parent links lead to
 *   (an ancestor that names no parent follows the order rule), and the images a kept point's chain
 *   needs are those its links name, whatever generation they are in. An increment whose parent is gone
 *   (or whose links loop) is in no kept chain: it goes once a generation exists. The newest
 *   restorable point (every link written by a successful run) is kept with its chain whatever
 *   `rotation` says. Images without `parent` keep the order rule above; a job none of whose images
 *   names a parent is planned exactly as before.
 */
import { PointChain, pointChains, pointRefusal } from './restore-points';
import { byTime, generationDecision, provenanceDecision, succeeded } from './retention-decisions';

export type RetentionImageType = 'full' | 'increment';

/** Where an image came from, as the run history tells it. */
export type RetentionOrigin =
  /** Not written by a run of the job being planned. */
  | { provenance: 'found' }
  /** Written by run `runId` of the job; `outcome` from its result (`in-progress` while it is not done). */
  | { provenance: 'run'; runId: number; outcome: 'succeeded' | 'unsuccessful' | 'in-progress' };

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
  origin: RetentionOrigin;
  /** Protected by an operator (spec §13): kept, with everything its chain needs. */
  protected?: boolean;
  /** File name of the image this increment was built on, when its header says (null/absent: the order rule). */
  parent?: string | null;
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
  | { code: 'increment-of-kept-full'; full: string }
  | { code: 'not-written-by-job' }
  | { code: 'run-in-progress'; runId: number }
  | { code: 'protected' }
  | { code: 'needed-by-protected'; point: string }
  | { code: 'beyond-rotation'; generation: number; rotation: number }
  | { code: 'increment-of-removed-full'; full: string }
  | { code: 'left-by-failed-run'; runId: number }
  | { code: 'increment-without-full' }
  | { code: 'parent-missing'; parent: string }
  | { code: 'needed-by-kept'; point: string }
  | { code: 'newest-restorable'; point: string }
  | { code: 'no-successful-generation' };

export interface RetentionDecision {
  image: RetentionImage;
  /** 1 = newest generation; null outside generations (found, unsuccessful, in progress, orphans). */
  generation: number | null;
  reason: RetentionReason;
}

export interface RetentionPlan {
  /** Newest first. */
  keep: RetentionDecision[];
  /** Newest first. */
  remove: RetentionDecision[];
}

export function planRetention(job: RetentionJob, images: readonly RetentionImage[]): RetentionPlan {
  const { own, ties, parents } = ownImages(job, images);
  return parents ? planByParents(job, own) : planByOrder(job, own, ties);
}

/**
 * The job's own images, oldest first (a stable sort by time, then name: images given in that order,
 * as the catalog gives them, are taken as they are); whether two of them share time and name, and
 * whether an increment names its parent.
 */
function ownImages(
  job: RetentionJob,
  images: readonly RetentionImage[],
): { own: RetentionImage[]; ties: boolean; parents: boolean } {
  const own: RetentionImage[] = [];
  let sorted = true;
  let ties = false;
  let parents = false;
  for (const image of images) {
    if (image.jobName !== job.name || image.server !== job.server) continue;
    if (own.length) {
      const order = byTime(own[own.length - 1], image);
      if (order > 0) sorted = false;
      else if (order === 0) ties = true;
    }
    if (image.type === 'increment' && image.parent) parents = true;
    own.push(image);
  }
  if (!sorted) {
    own.sort(byTime);
    ties = false;
    for (let i = 1; i < own.length && !ties; i++) ties = byTime(own[i - 1], own[i]) === 0;
  }
  return { own, ties, parents };
}

/**
 * planRetention by the order rule (no increment names its parent), in a few passes over positions in
 * `own` (10,000 images of a job: issue 19). Generations: an orphan group (successful increments
 * before any successful full), then one per successful full, in `own` order.
 */
function planByOrder(job: RetentionJob, own: readonly RetentionImage[], ties: boolean): RetentionPlan {
  const count = own.length;
  // Generation of each successful image, counted from the oldest (1 = the oldest full's, 0 = the
  // orphans); -1 for every other image. `fulls[g]`: the full of generation g.
  const generationOf = new Int32Array(count);
  const fulls: (RetentionImage | undefined)[] = [undefined];
  for (let i = 0; i < count; i++) {
    const image = own[i];
    if (!succeeded(image)) generationOf[i] = -1;
    else {
      if (image.type === 'full') fulls.push(image);
      generationOf[i] = fulls.length - 1;
    }
  }
  const generations = fulls.length - 1;
  const anyGeneration = generations > 0;
  const rotation = Math.max(1, Math.floor(job.rotation));

  // Each image's decision, whether it keeps the image, and whether its provenance decided it.
  const decisions: RetentionDecision[] = new Array(count);
  const kept = new Uint8Array(count);
  const early = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const image = own[i];
    const byProvenance = provenanceDecision(image, anyGeneration);
    if (byProvenance) {
      early[i] = 1;
      kept[i] = byProvenance.kept ? 1 : 0;
      decisions[i] = byProvenance.decision;
      continue;
    }
    const generation = generationOf[i];
    if (generation === 0) {
      decisions[i] = { image, generation: null, reason: { code: 'increment-without-full' } };
      continue;
    }
    const decided = generationDecision(image, fulls[generation]!, generations - generation + 1, rotation);
    kept[i] = decided.kept ? 1 : 0;
    decisions[i] = decided.decision;
  }

  // Protected images that would go stay, as does every earlier image of a generation that the
  // nearest protected image after it (in that generation) needs.
  const saved: (RetentionReason | undefined)[] = new Array(count);
  for (let i = 0; i < count; i++) if (!kept[i] && own[i].protected) saved[i] = { code: 'protected' };
  let protectedAfter: RetentionImage | undefined;
  let generationAfter = -1;
  for (let i = count - 1; i >= 0; i--) {
    const generation = generationOf[i];
    if (generation <= 0) continue;
    if (generation !== generationAfter) {
      generationAfter = generation;
      protectedAfter = undefined;
    }
    if (!kept[i] && saved[i] === undefined && protectedAfter !== undefined) {
      saved[i] = { code: 'needed-by-protected', point: protectedAfter.name };
    }
    if (own[i].protected) protectedAfter = own[i];
  }
  return ties ? sortedPlan(own, decisions, kept, early, saved) : newestFirstPlan(decisions, kept, saved);
}

/** The plan of images that share no time and name: each list newest first is `own` backwards. */
function newestFirstPlan(
  decisions: readonly RetentionDecision[],
  kept: Uint8Array,
  saved: readonly (RetentionReason | undefined)[],
): RetentionPlan {
  const keep: RetentionDecision[] = [];
  const remove: RetentionDecision[] = [];
  for (let i = decisions.length - 1; i >= 0; i--) {
    const decision = decisions[i];
    const reason = saved[i];
    if (kept[i]) keep.push(decision);
    else if (reason) keep.push({ image: decision.image, generation: decision.generation, reason });
    else remove.push(decision);
  }
  return { keep, remove };
}

/**
 * The plan where images share time and name: the lists in the order they were always built (the
 * provenance's decisions, then the generations', then the protected moved over from the end of
 * `remove`), then sorted newest first, stably, so that equal images keep that order.
 */
function sortedPlan(
  own: readonly RetentionImage[],
  decisions: readonly RetentionDecision[],
  kept: Uint8Array,
  early: Uint8Array,
  saved: readonly (RetentionReason | undefined)[],
): RetentionPlan {
  const keep: RetentionDecision[] = [];
  const remove: RetentionDecision[] = [];
  const removed: number[] = [];
  for (const pass of [1, 0]) {
    for (let i = 0; i < own.length; i++) {
      if (early[i] !== pass) continue;
      if (kept[i]) keep.push(decisions[i]);
      else removed.push(i);
    }
  }
  for (let k = removed.length - 1; k >= 0; k--) {
    const { image, generation } = decisions[removed[k]];
    const reason = saved[removed[k]];
    if (reason) keep.push({ image, generation, reason });
  }
  for (const i of removed) if (!saved[i]) remove.push(decisions[i]);
  const newestFirst = (a: RetentionDecision, b: RetentionDecision) => byTime(b.image, a.image);
  return { keep: keep.sort(newestFirst), remove: remove.sort(newestFirst) };
}

/** Chains of `own` (sorted by time) by the restore points' rule: parent links, else the order rule. */
function chainsOf(own: readonly RetentionImage[]): Map<RetentionImage, PointChain<RetentionImage>> {
  // Retention trusts what runs wrote: verification is the restore points' business.
  return new Map(pointChains(own, () => 'unverified').map((chain) => [chain.image, chain]));
}

/** A chain's point restores. */
const restores = ({ first, missing, refusal }: PointChain<RetentionImage>) =>
  pointRefusal(first, missing, refusal) === null;

/**
 * planRetention for a job whose increments name their parents: generations by the full each chain
 * starts with, and what kept points (and protected ones) need by their chains.
 */
function planByParents(job: RetentionJob, own: readonly RetentionImage[]): RetentionPlan {
  const chains = chainsOf(own);
  // The generation of each successful image: the successful full its chain starts with.
  const fullOf = (image: RetentionImage): RetentionImage | undefined => {
    const { first, missing } = chains.get(image)!;
    return missing === undefined && first.type === 'full' && succeeded(first) ? first : undefined;
  };
  const fulls = own.filter((image) => image.type === 'full' && succeeded(image));
  const rank = new Map<RetentionImage, number>();
  fulls.forEach((full, index) => rank.set(full, fulls.length - index));
  const rotation = Math.max(1, Math.floor(job.rotation));
  const anyGeneration = fulls.length > 0;

  const keep: RetentionDecision[] = [];
  const remove: RetentionDecision[] = [];
  for (const image of own) {
    const early = provenanceDecision(image, anyGeneration);
    if (early) {
      (early.kept ? keep : remove).push(early.decision);
    } else {
      const full = fullOf(image);
      const missing = chains.get(image)!.missing;
      if (!full) {
        const reason: RetentionReason =
          missing !== undefined ? { code: 'parent-missing', parent: missing } : { code: 'increment-without-full' };
        remove.push({ image, generation: null, reason });
        continue;
      }
      const generation = rank.get(full)!;
      const { kept, decision } = generationDecision(image, full, generation, rotation);
      (kept ? keep : remove).push(decision);
    }
  }

  // What stays beyond the decisions above: a point's chain, and every chain of a link kept so
  // (a link is a point too), first come first named.
  const saved = new Map<RetentionImage, RetentionReason>();
  // Points whose chains were walked: every link of theirs (and of those links) is saved already.
  const walked = new Set<RetentionImage>();
  const keepChain = (point: RetentionImage, reason: RetentionReason) => {
    if (walked.has(point)) return;
    walked.add(point);
    const pending = [point];
    while (pending.length) {
      for (const link of chains.get(pending.pop()!)!.links()) {
        if (!saved.has(link) && link !== point) saved.set(link, reason);
        if (!walked.has(link)) {
          walked.add(link);
          pending.push(link);
        }
      }
    }
  };
  // The newest restorable point and its chain, whatever rotation says.
  const newest = own.findLast((image) => restores(chains.get(image)!));
  if (newest) {
    saved.set(newest, { code: 'newest-restorable', point: newest.name });
    keepChain(newest, { code: 'newest-restorable', point: newest.name });
  }
  // Protected images and what their chains need.
  for (const image of own) {
    if (!image.protected) continue;
    if (!saved.has(image)) saved.set(image, { code: 'protected' });
    keepChain(image, { code: 'needed-by-protected', point: image.name });
  }
  // What kept points of the job's runs (their generation's, a run's in progress) need.
  for (const { image, reason } of keep) {
    if (image.origin.provenance !== 'run' || reason.code === 'no-successful-generation') continue;
    keepChain(image, { code: 'needed-by-kept', point: image.name });
  }
  for (let i = remove.length - 1; i >= 0; i--) {
    const reason = saved.get(remove[i].image);
    if (!reason) continue;
    const [decision] = remove.splice(i, 1);
    keep.push({ ...decision, reason });
  }
  const newestFirst = (a: RetentionDecision, b: RetentionDecision) => byTime(b.image, a.image);
  return { keep: keep.sort(newestFirst), remove: remove.sort(newestFirst) };
}

/**
 * What a successful run of `level` started now would remove (spec §13 `afterNextRun`): the same plan
 * with that run's image added as the newest, the image itself left out of the answer.
 */
export function planRetentionAfterNextRun(
  job: RetentionJob,
  images: readonly RetentionImage[],
  next: { level: RetentionImageType; time: string },
): RetentionPlan {
  const newest = images.reduce((max, image) => (image.time > max ? image.time : max), next.time);
  const image: RetentionImage = {
    name: `${job.name}_[next run]`,
    path: '',
    jobName: job.name,
    server: job.server,
    type: next.level,
    // Never older than what is there: the next run's image is the newest (a clock behind the files
    // must not reorder the chain).
    time: newest,
    origin: { provenance: 'run', runId: 0, outcome: 'succeeded' },
    // Where increments name their parents, the next one names the newest restorable point (what a
    // claim builds on).
    parent: next.level === 'increment' ? newestRestorableOfParentJob(job, images) : undefined,
  };
  const plan = planRetention(job, [...images, image]);
  const others = (d: RetentionDecision) => d.image !== image;
  return { keep: plan.keep.filter(others), remove: plan.remove.filter(others) };
}

/** The newest restorable image's name of a job whose increments name their parents; undefined otherwise. */
function newestRestorableOfParentJob(job: RetentionJob, images: readonly RetentionImage[]): string | undefined {
  const own = images.filter((image) => image.jobName === job.name && image.server === job.server).sort(byTime);
  if (!own.some((image) => image.type === 'increment' && image.parent)) return undefined;
  const chains = chainsOf(own);
  return [...own].reverse().find((image) => restores(chains.get(image)!))?.name;
}
