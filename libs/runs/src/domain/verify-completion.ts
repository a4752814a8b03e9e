/*
 * What a completion says of a run's images (agent protocol): a verify run reports each image of the
 * chain its claim carried as `ok`, `corrupt` or `missing`; other runs report none. Pure: the caller
 * turns a refusal into its answer (400 for a body that contradicts itself, 409 for images the claim
 * did not hand out).
 */
import type { CompletionResult, RunKind } from './run-state';

export const VERIFY_STATES = ['ok', 'corrupt', 'missing'] as const;
export type VerifyState = (typeof VERIFY_STATES)[number];

export interface VerifiedImage {
  image: string;
  state: VerifyState;
  errorMessage?: string;
}

export type VerifyCompletionRefusal =
  /** `images` on a run that is not a verify run. */
  | { code: 'images-not-expected' }
  /** A successful verify run must say what it found. */
  | { code: 'images-required' }
  /** An image reported twice. */
  | { code: 'duplicate'; images: string[] }
  /** `success`/`warning` while an image is not `ok`. */
  | { code: 'result-contradicts'; images: string[] }
  /** Images the claimed chain does not hold. */
  | { code: 'not-in-chain'; images: string[] };

/** Null when the completion's images fit the run, else the first refusal (in the order above). */
export function verifyCompletionRefusal(input: {
  kind: RunKind;
  result: CompletionResult;
  images: readonly VerifiedImage[] | undefined;
  /** Image names of the chain the claim carried (empty when not claimed with one). */
  chain: readonly string[];
}): VerifyCompletionRefusal | null {
  const images = input.images ?? [];
  if (input.kind !== 'verify') return images.length ? { code: 'images-not-expected' } : null;
  const succeeded = input.result === 'success' || input.result === 'warning';
  if (succeeded && !images.length) return { code: 'images-required' };
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const { image } of images) (seen.has(image) ? twice : seen).add(image);
  if (twice.size) return { code: 'duplicate', images: [...twice] };
  const bad = images.filter((i) => i.state !== 'ok').map((i) => i.image);
  if (succeeded && bad.length) return { code: 'result-contradicts', images: bad };
  const chain = new Set(input.chain);
  const foreign = images.filter((i) => !chain.has(i.image)).map((i) => i.image);
  if (foreign.length) return { code: 'not-in-chain', images: foreign };
  return null;
}
