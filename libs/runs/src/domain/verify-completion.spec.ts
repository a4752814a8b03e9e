import { CompletionResult, RunKind } from './run-state';
import { VerifiedImage, verifyCompletionRefusal, VerifyCompletionRefusal } from './verify-completion';

const ok = (image: string): VerifiedImage => ({ image, state: 'ok' });
const corrupt = (image: string): VerifiedImage => ({ image, state: 'corrupt' });
const missing = (image: string): VerifiedImage => ({ image, state: 'missing' });
const CHAIN = ['F1', 'i2', 'i3'];

describe('verifyCompletionRefusal (golden table)', () => {
  it.each<[string, RunKind, CompletionResult, VerifiedImage[] | undefined, VerifyCompletionRefusal | null]>([
    ['a backup without images', 'backup', 'success', undefined, null],
    ['a backup with an empty list', 'backup', 'failed', [], null],
    ['a backup with images', 'backup', 'success', [ok('F1')], { code: 'images-not-expected' }],
    ['a verify, every link ok', 'verify', 'success', [ok('F1'), ok('i2'), ok('i3')], null],
    ['a verify that found a corrupt link', 'verify', 'failed', [ok('F1'), corrupt('i2'), ok('i3')], null],
    ['a verify that failed before reading anything', 'verify', 'failed', undefined, null],
    ['a cancelled verify with part of the chain', 'verify', 'cancelled', [ok('F1')], null],
    ['a successful verify must say what it found', 'verify', 'success', [], { code: 'images-required' }],
    ['warning counts as success', 'verify', 'warning', undefined, { code: 'images-required' }],
    [
      'success with a bad link contradicts itself',
      'verify',
      'success',
      [ok('F1'), missing('i2'), corrupt('i3')],
      { code: 'result-contradicts', images: ['i2', 'i3'] },
    ],
    ['an image twice', 'verify', 'failed', [ok('F1'), corrupt('F1')], { code: 'duplicate', images: ['F1'] }],
    [
      'images the claim did not hand out',
      'verify',
      'failed',
      [ok('F1'), corrupt('X9'), ok('Y8')],
      { code: 'not-in-chain', images: ['X9', 'Y8'] },
    ],
  ])('%s', (_title, kind, result, images, expected) => {
    expect(verifyCompletionRefusal({ kind, result, images, chain: CHAIN })).toEqual(expected);
  });
});
