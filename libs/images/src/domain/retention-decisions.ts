/*
 * What decides one image's fate in a retention plan (retention-plan.ts), shared by the order rule
 * and the parent links: the image order, whether a run succeeded, what provenance decides, what a
 * generation decides.
 */
import type { RetentionDecision, RetentionImage, RetentionReason } from './retention-plan';

/** Oldest first: time, then file name. */
export const byTime = (a: RetentionImage, b: RetentionImage) =>
  a.time < b.time ? -1 : a.time > b.time ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/** Written by a run of the job that succeeded. */
export const succeeded = (image: RetentionImage) =>
  image.origin.provenance === 'run' && image.origin.outcome === 'succeeded';

/** A decision, and whether it keeps the image. */
export interface Decided {
  kept: boolean;
  decision: RetentionDecision;
}

/**
 * What an image's provenance decides before generations count (both plans): a found image and a
 * run in progress are kept, as is everything while the job has no successful generation; a failed
 * run's image goes. Undefined: the image's generation decides.
 */
export function provenanceDecision(image: RetentionImage, anyGeneration: boolean): Decided | undefined {
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
export function generationDecision(
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
