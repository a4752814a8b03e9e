import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

/**
 * How hard a secret is to guess, estimated by zxcvbn (`@zxcvbn-ts/core` with its common-password
 * list and keyboard graphs): it finds repeats (`aaaa…`, `secretsecret…`), sequences
 * (`0123456789abcdef…`), keyboard walks and dictionary words, and prices what is left as brute
 * force. Issue 21: `a`×32, 32 spaces, `0123456789abcdef`×2 or `your-super-secret-jwt-key-for-production`
 * were accepted as JWT_SECRET by a length check; zxcvbn puts them between 8 and 104 bits.
 */
export const MIN_JWT_SECRET_BITS = 128;
/** ADMIN_PASSWORD outside the demo: at least this long. */
export const MIN_ADMIN_PASSWORD_LENGTH = 12;

/** Values published in this project's examples and in common templates: never a real secret. */
const KNOWN_PLACEHOLDERS = new Set([
  'change-me-please-a-long-random-secret',
  'change-me-to-a-long-random-string',
  'change-me-now',
  'zdm-demo-admin',
]);
const PLACEHOLDER_PATTERN =
  /change[-_ ]?me|changeit|replace[-_ ]?me|your[-_ ]?(super[-_ ]?)?secret|^(secret|password|admin)\d*$/i;

const GENERATE_SECRET = 'generate one with `openssl rand -hex 32` (or `openssl rand -base64 32`)';
const GENERATE_PASSWORD = `choose a passphrase of ${MIN_ADMIN_PASSWORD_LENGTH} or more characters, e.g. \`openssl rand -base64 18\``;

let estimator: ZxcvbnFactory | undefined;
let commonPasswords: Set<string> | undefined;

function zxcvbn(): ZxcvbnFactory {
  return (estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs }));
}

export function isKnownPlaceholder(value: string): boolean {
  return KNOWN_PLACEHOLDERS.has(value.toLowerCase()) || PLACEHOLDER_PATTERN.test(value);
}

/** log2 of the guesses zxcvbn estimates an attacker needs (a random 64-hex secret: about 200). */
export function estimatedSecretBits(secret: string): number {
  return zxcvbn().check(secret).guessesLog10 * Math.log2(10);
}

/** Whether the password (case-insensitive) is on zxcvbn's list of common passwords. */
export function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set(dictionary['passwords-common']);
  return commonPasswords.has(password.toLowerCase());
}

/** What is wrong with a JWT_SECRET (on either database), or undefined. */
export function jwtSecretProblem(secret: string): string | undefined {
  if (isKnownPlaceholder(secret)) return `is a published placeholder; ${GENERATE_SECRET}`;
  const bits = Math.floor(estimatedSecretBits(secret));
  if (bits < MIN_JWT_SECRET_BITS) {
    return (
      `is too easy to guess (an estimated ${bits} bits, at least ${MIN_JWT_SECRET_BITS} needed: ` +
      `repeats, sequences and words count for little); ${GENERATE_SECRET}`
    );
  }
  return undefined;
}

/**
 * What is wrong with an ADMIN_PASSWORD, or undefined: never a published placeholder or a common
 * password; outside the demo also at least MIN_ADMIN_PASSWORD_LENGTH characters and not easy to
 * guess (zxcvbn score under 3 of 4: `aaaaaaaaaaaa`, `qwertyuiop12`).
 */
export function adminPasswordProblem(password: string, demo: boolean): string | undefined {
  if (isKnownPlaceholder(password)) return `is a published placeholder; ${GENERATE_PASSWORD}`;
  if (isCommonPassword(password)) return `is on the list of common passwords; ${GENERATE_PASSWORD}`;
  if (demo) return undefined;
  if (password.length < MIN_ADMIN_PASSWORD_LENGTH) {
    return `must be at least ${MIN_ADMIN_PASSWORD_LENGTH} characters outside the demo; ${GENERATE_PASSWORD}`;
  }
  if (zxcvbn().check(password).score < 3) return `is too easy to guess; ${GENERATE_PASSWORD}`;
  return undefined;
}
