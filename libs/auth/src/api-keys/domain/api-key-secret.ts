import { createHash, randomBytes } from 'node:crypto';
import { API_KEY_PREFIX } from '@zdm/common';

/**
 * API keys (spec §16): `zdmk_` + 32 random bytes (base64url). The database keeps only the key's
 * SHA-256, and a request's key is found by that hash in one indexed read. A fast hash is the right
 * one here, unlike for passwords: a key carries 256 bits of entropy, so nobody can guess candidates
 * to test against a leaked hash, and salting or stretching (scrypt, bcrypt) would protect nothing
 * while costing every request tens of milliseconds and ruling out the lookup by hash. Not keyed
 * with JWT_SECRET either: rotating that secret would then silently invalidate every key.
 */
export function newApiKey(): string {
  return `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
}

export function apiKeyHash(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Shape check before any lookup: the prefix and 43 base64url characters. */
export function isWellFormedApiKey(key: string): boolean {
  return /^zdmk_[A-Za-z0-9_-]{43}$/.test(key);
}
