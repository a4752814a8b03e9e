import { randomBytes } from 'node:crypto';
import { adminPasswordProblem, estimatedSecretBits, jwtSecretProblem, MIN_JWT_SECRET_BITS } from './secret-strength';

/** Outputs of `openssl rand -hex 32` and `openssl rand -base64 32`. */
const OPENSSL_HEX = 'e01d243fe59a7f0539d9c8e9b58f7ddc19fea97a056889118c909e4bb11c6f77';
const OPENSSL_BASE64 = '/rKPA+MzxdkNhGqpzCZI/2p6pFmTNP35SxbECSHY/dk=';

describe('jwtSecretProblem (issue 21: secrets with entropy)', () => {
  it.each([
    ['32 spaces', ' '.repeat(32), 'too easy to guess'],
    ['a × 32', 'a'.repeat(32), 'too easy to guess'],
    ['0 × 32', '0'.repeat(32), 'too easy to guess'],
    ['x × 31', 'x'.repeat(31), 'too easy to guess'],
    ['k × 40', 'k'.repeat(40), 'too easy to guess'],
    ['a sequence twice', '0123456789abcdef0123456789abcdef', 'too easy to guess'],
    ['16 characters', '0123456789abcdef', 'too easy to guess'],
    ['an alphabet', 'abcdefghijklmnopqrstuvwxyzabcdefghijkl', 'too easy to guess'],
    ['a keyboard walk', 'qwertyuiopasdfghjklzxcvbnmqwertyuiop', 'too easy to guess'],
    ['a word repeated', 'secretsecretsecretsecretsecretsecret', 'too easy to guess'],
    ['words', 'your-super-secret-jwt-key-for-production', 'published placeholder'],
    ['words without the placeholder pattern', 'super-jwt-key-for-production-use-only', 'too easy to guess'],
    ['the old test secret', 'e2e-test-secret-0123456789abcdef', 'too easy to guess'],
    ['the old compose default', 'change-me-please-a-long-random-secret', 'published placeholder'],
    ['the .env.example text', 'change-me-to-a-long-random-string', 'published placeholder'],
    ['any change-me', 'please-CHANGE_ME-0123456789abcdef0123', 'published placeholder'],
    ['16 random bytes in hex (128 bits, estimated lower)', '6f1c2d9e8a7b4c3d2e1f0a9b8c7d6e5f', 'too easy to guess'],
  ])('refuses %s', (_, secret, problem) => {
    expect(jwtSecretProblem(secret)).toContain(problem);
    expect(jwtSecretProblem(secret)).toContain('openssl rand -hex 32');
  });

  it.each([
    ['openssl rand -hex 32', OPENSSL_HEX],
    ['openssl rand -base64 32', OPENSSL_BASE64],
  ])('accepts the output of %s', (_, secret) => {
    expect(jwtSecretProblem(secret)).toBeUndefined();
  });

  it('accepts every fresh 32 random bytes in hex or base64 (10 of each)', () => {
    const low: string[] = [];
    for (let i = 0; i < 10; i++) {
      for (const encoding of ['hex', 'base64'] as const) {
        const secret = randomBytes(32).toString(encoding);
        if (estimatedSecretBits(secret) < MIN_JWT_SECRET_BITS) low.push(secret);
      }
    }
    expect(low).toEqual([]);
  });
});

describe('adminPasswordProblem', () => {
  it.each([
    ['12345678', true, 'is on the list of common passwords'],
    ['password1', true, 'is a published placeholder'],
    ['iloveyou', true, 'is on the list of common passwords'],
    ['Qwerty123', false, 'is on the list of common passwords'],
    ['zdm-demo-admin', true, 'is a published placeholder'],
    ['short-pw-1', false, 'at least 12 characters'],
    ['aaaaaaaaaaaaaaaa', false, 'too easy to guess'],
    ['123456789012', false, 'is on the list of common passwords'],
    ['zxcvbnmasdfg', false, 'too easy to guess'],
  ])('refuses %p (demo: %p)', (password, demo, problem) => {
    expect(adminPasswordProblem(password, demo)).toContain(problem);
    expect(adminPasswordProblem(password, demo)).toContain('openssl rand -base64 18');
  });

  it.each([
    ['short-pw-1', true],
    ['test-admin-password', false],
    ['correct horse battery staple', false],
    ['Vq8#pL2!zR7@', false],
  ])('accepts %p (demo: %p)', (password, demo) => {
    expect(adminPasswordProblem(password, demo)).toBeUndefined();
  });
});
