import { createHash, randomBytes } from 'node:crypto';
import { AGENT_TOKEN_PREFIX } from '@zdm/common';

/**
 * Agent tokens: `zdma_` + 32 random bytes (base64url). 256 bits of entropy make a slow salted hash
 * pointless (nobody can guess one to test against the hash), so the database keeps the SHA-256 and
 * a token is looked up by it in one indexed read.
 */
export function newAgentToken(): string {
  return `${AGENT_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

export function agentTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Shape check before any lookup: the prefix and 43 base64url characters. */
export function isWellFormedAgentToken(token: string): boolean {
  return /^zdma_[A-Za-z0-9_-]{43}$/.test(token);
}
