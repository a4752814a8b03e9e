/*
 * The retention plan as it was before the single-pass order rule (issue 19), kept verbatim as the
 * oracle of retention-plan.equivalence.spec.ts: the plan must decide exactly as this did.
 */
import { PointChain, pointChains, pointRefusal } from './restore-points';
import type {
  RetentionDecision,
  RetentionImage,
  RetentionImageType,
  RetentionJob,
  RetentionPlan,
  RetentionReason,
} from './retention-plan';

interface Generation {
  full: RetentionImage | undefined;
  images: RetentionImage[];
  /** Position among generations, newest = 1; null for the increments before the oldest full. */
  rank: number | null;
}

const byTime = (a: RetentionImage, b: RetentionImage) =>
  a.time < b.time ? -1 : a.time > b.time ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

const succeeded = (image: RetentionImage) => image.origin.provenance === 'run' && image.origin.outcome === 'succeeded';

export function previousPlanRetention(job: RetentionJob, images: readonly RetentionImage[]): RetentionPlan {
  const own = images.filter((image) => image.jobName === job.name && image.server === job.server).sort(byTime);
  if (own.some((image) => image.type === 'increment' && image.parent)) return planByParents(job, own);

  // Oldest first: an orphan group (increments before any full), then one generation per full.
  const generations: Generation[] = [];
  let current: Generation = { full: undefined, images: [], rank: null };
  for (const image of own.filter(succeeded)) {
    if (image.type === 'full') {
      if (current.images.length) generations.push(current);
      current = { full: image, images: [image], rank: null };
    } else {
      current.images.push(image);
    }
  }
  if (current.images.length) generations.push(current);

  let rank = 0;
  for (let i = generations.length - 1; i >= 0; i--) if (generations[i].full) generations[i].rank = ++rank;
  const rotation = Math.max(1, Math.floor(job.rotation));
  const anyGeneration = rank > 0;

  const keep: RetentionDecision[] = [];
  const remove: RetentionDecision[] = [];
  for (const image of own) {
    const early = provenanceDecision(image, anyGeneration);
    if (early) {
      (early.kept ? keep : remove).push(early.decision);
    }
  }
  if (anyGeneration) {
    for (const { full, images: members, rank: generation } of generations) {
      for (const image of members) {
        if (!full || generation === null) {
          remove.push({ image, generation: null, reason: { code: 'increment-without-full' } });
          continue;
        }
        const { kept, decision } = generationDecision(image, full, generation, rotation);
        (kept ? keep : remove).push(decision);
      }
    }
  }
  protect(generations, keep, remove);
  const newestFirst = (a: RetentionDecision, b: RetentionDecision) => byTime(b.image, a.image);
  return { keep: keep.sort(newestFirst), remove: remove.sort(newestFirst) };
}

/** Moves protected images, and the links their chains need, from `remove` to `keep`. */
function protect(generations: Generation[], keep: RetentionDecision[], remove: RetentionDecision[]): void {
  const saved = new Map<RetentionImage, RetentionReason>();
  for (const { image } of remove) if (image.protected) saved.set(image, { code: 'protected' });
  for (const { full, images } of generations) {
    if (!full) continue;
    images.forEach((image, index) => {
      if (!image.protected) return;
      for (const link of images.slice(0, index)) {
        if (!saved.has(link)) saved.set(link, { code: 'needed-by-protected', point: image.name });
      }
    });
  }
  for (let i = remove.length - 1; i >= 0; i--) {
    const reason = saved.get(remove[i].image);
    if (!reason) continue;
    const [decision] = remove.splice(i, 1);
    keep.push({ ...decision, reason });
  }
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
export function previousPlanRetentionAfterNextRun(
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
  const plan = previousPlanRetention(job, [...images, image]);
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

/** A decision, and whether it keeps the image. */
interface Decided {
  kept: boolean;
  decision: RetentionDecision;
}

/**
 * What an image's provenance decides before generations count (both plans): a found image and a
 * run in progress are kept, as is everything while the job has no successful generation; a failed
 * run's image goes. Undefined: the image's generation decides.
 */
function provenanceDecision(image: RetentionImage, anyGeneration: boolean): Decided | undefined {
  const { origin } = image;
  if (origin.provenance === 'found') {
    return { kept: true, decision: { image, generation: null, reason: { code: 'not-written-by-job' } } };
  }
  if (origin.outcome === 'in-progress') {
    return {
      kept: true,
      decision: { image, generation: null, reason: { code: 'run-in-progress', runId: origin.runId } },
    };
  }
  if (!anyGeneration) {
    return { kept: true, decision: { image, generation: null, reason: { code: 'no-successful-generation' } } };
  }
  if (origin.outcome === 'unsuccessful') {
    return {
      kept: false,
      decision: { image, generation: null, reason: { code: 'left-by-failed-run', runId: origin.runId } },
    };
  }
  return undefined;
}

/** The decision for an image of the generation of `full`, ranked `generation` (1 = newest). */
function generationDecision(
  image: RetentionImage,
  full: RetentionImage,
  generation: number,
  rotation: number,
): Decided {
  const kept = generation <= rotation;
  const reason: RetentionReason =
    image !== full
      ? { code: kept ? 'increment-of-kept-full' : 'increment-of-removed-full', full: full.name }
      : {
          code: !kept ? 'beyond-rotation' : generation === 1 ? 'newest-successful' : 'within-rotation',
          generation,
          rotation,
        };
  return { kept, decision: { image, generation, reason } };
}
