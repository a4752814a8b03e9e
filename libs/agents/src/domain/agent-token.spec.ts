import { agentTokenHash, isWellFormedAgentToken, newAgentToken } from './agent-token';

describe('agent tokens', () => {
  it('are prefixed, well-formed, unique, and hashed to 64 hex characters', () => {
    const tokens = new Set(Array.from({ length: 1000 }, newAgentToken));
    expect(tokens.size).toBe(1000);
    for (const token of tokens) {
      expect(isWellFormedAgentToken(token)).toBe(true);
      expect(agentTokenHash(token)).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it.each(['', 'zdma_', 'zdma_short', `zdma_${'a'.repeat(44)}`, `ZDMA_${'a'.repeat(43)}`, `zdma_${'+'.repeat(43)}`])(
    'rejects %p',
    (token) => expect(isWellFormedAgentToken(token)).toBe(false),
  );
});
