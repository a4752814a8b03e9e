/*
 * Which restore point a recovery applies (spec §14), among a partition's points (newest first, as
 * §13 computes them):
 *
 * - `latest`: the newest restorable point;
 * - `{ image }`: that image's point, which must be restorable;
 * - `{ before }`: the newest restorable point taken at or before `before` (local `YYYY-MM-DD HH:mm:ss`,
 *   the images' own time style).
 *
 * Pure: refusals say why, with every point that was a candidate and why it does not restore.
 */

/** What the recovery asks for. */
export type PointChoice = { kind: 'latest' } | { kind: 'image'; image: string } | { kind: 'before'; time: string };

/** A restore point as the choice sees it. */
export interface CandidatePoint {
  image: string;
  /** `YYYY-MM-DD HH:mm:ss` (sorts as text). */
  time: string;
  restorable: boolean;
}

export type PointChoiceAnswer<P extends CandidatePoint> =
  | { ok: true; point: P }
  /** The named image is no point of the partition. */
  | { ok: false; code: 'unknown-image'; image: string }
  /** No candidate restores; `candidates` are the points that were considered (newest first). */
  | { ok: false; code: 'no-restorable-point'; candidates: P[] };

export function choosePoint<P extends CandidatePoint>(
  newestFirst: readonly P[],
  choice: PointChoice,
): PointChoiceAnswer<P> {
  let candidates: P[];
  switch (choice.kind) {
    case 'latest':
      candidates = [...newestFirst];
      break;
    case 'image': {
      const named = newestFirst.find((p) => p.image === choice.image);
      if (!named) return { ok: false, code: 'unknown-image', image: choice.image };
      candidates = [named];
      break;
    }
    case 'before':
      candidates = newestFirst.filter((p) => p.time <= choice.time);
      break;
  }
  const point = candidates.find((p) => p.restorable);
  return point ? { ok: true, point } : { ok: false, code: 'no-restorable-point', candidates };
}
