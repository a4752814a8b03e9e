import { apiKeyHash, isWellFormedApiKey, newApiKey } from './api-key-secret';

describe('API key secrets', () => {
  it('makes distinct well-formed keys whose hash is a 64-hex SHA-256', () => {
    const [a, b] = [newApiKey(), newApiKey()];
    expect(a).toMatch(/^zdmk_[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(apiKeyHash(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(apiKeyHash(a)).toBe(apiKeyHash(a));
    expect(apiKeyHash(a)).not.toBe(apiKeyHash(b));
  });

  it.each([
    [`zdmk_${'a'.repeat(43)}`, true],
    [`zdmk_${'a'.repeat(42)}`, false],
    [`zdmk_${'a'.repeat(44)}`, false],
    [`zdma_${'a'.repeat(43)}`, false],
    [`zdmk_${'a'.repeat(42)}=`, false],
    ['zdmk_', false],
  ])('%s well-formed: %p', (key, ok) => {
    expect(isWellFormedApiKey(key)).toBe(ok);
  });
});
