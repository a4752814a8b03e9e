import { AppConfig, parseDuration } from './app-config';
import { InvalidConfigurationError, validateEnvironment } from './environment';

/** An `openssl rand -hex 32` output. */
const STRONG_SECRET = 'e01d243fe59a7f0539d9c8e9b58f7ddc19fea97a056889118c909e4bb11c6f77';

describe('configuration', () => {
  it('has working defaults: embedded database, demo on, /ZConverter off demo', () => {
    const embedded = new AppConfig(validateEnvironment({}));
    expect(embedded).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      embeddedDatabase: true,
      demo: true,
      timeZone: 'Asia/Seoul',
      tokenTtlSeconds: 3600,
    });
    expect(embedded.backupRepositoryPath).toMatch(/zdm-demo-repository$/);
    const real = new AppConfig(validateEnvironment({ DATABASE_URL: 'postgres://u@h/db', JWT_SECRET: STRONG_SECRET }));
    expect(real).toMatchObject({ embeddedDatabase: false, demo: false, backupRepositoryPath: '/ZConverter' });
  });

  it('stops with one message listing every bad setting', () => {
    expect(() =>
      validateEnvironment({
        PORT: 'eighty',
        TZ: 'Mars/Olympus',
        DATABASE_URL: 'mysql://x',
        TOKEN_TTL: 'soon',
        DEMO: 'maybe',
      }),
    ).toThrow(InvalidConfigurationError);
    try {
      validateEnvironment({
        PORT: 'eighty',
        TZ: 'Mars/Olympus',
        DATABASE_URL: 'postgres://x/y',
        TOKEN_TTL: 'soon',
        DEMO: 'maybe',
      });
    } catch (error) {
      const message = (error as Error).message;
      for (const key of ['PORT', 'TZ', 'TOKEN_TTL', 'DEMO', 'JWT_SECRET']) expect(message).toContain(key);
    }
  });

  it.each([
    ['3600', 3600],
    ['90s', 90],
    ['15m', 900],
    ['1h', 3600],
    ['2d', 172800],
  ])('TOKEN_TTL %s = %d s', (value, seconds) => {
    expect(parseDuration(value)).toBe(seconds);
  });

  it.each([
    ['false', false],
    ['true', true],
    ['2', 2],
    ['10.0.0.1, 10.0.0.0/8', ['10.0.0.1', '10.0.0.0/8']],
  ])('TRUST_PROXY %p → %p', (value, trust) => {
    expect(new AppConfig(validateEnvironment({ TRUST_PROXY: value })).trustProxy).toEqual(trust);
  });

  it('CORS is off by default; CORS_ORIGIN takes explicit origins only (no *, no null)', () => {
    expect(new AppConfig(validateEnvironment({})).corsOrigins).toEqual([]);
    expect(
      new AppConfig(validateEnvironment({ CORS_ORIGIN: 'https://ui.example, http://localhost:8080' })).corsOrigins,
    ).toEqual(['https://ui.example', 'http://localhost:8080']);
    for (const bad of ['*', 'null', 'ui.example', 'https://ui.example/path'])
      expect(() => validateEnvironment({ CORS_ORIGIN: bad })).toThrow(/CORS_ORIGIN/);
  });

  it('refuses a TRUST_PROXY that is not an address list', () => {
    expect(() => validateEnvironment({ TRUST_PROXY: 'yes please' })).toThrow(/TRUST_PROXY/);
  });

  describe('secrets with DATABASE_URL (issue 15)', () => {
    const db = { DATABASE_URL: 'postgres://u@h/db' };
    const problemsOf = (raw: Record<string, string>) => {
      try {
        validateEnvironment(raw);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    };

    it.each([
      ['unset', {}, 'JWT_SECRET: required'],
      ['the old compose default', { JWT_SECRET: 'change-me-please-a-long-random-secret' }, 'placeholder'],
      ['the .env.example text', { JWT_SECRET: 'change-me-to-a-long-random-string' }, 'placeholder'],
      ['any change-me', { JWT_SECRET: 'please-CHANGE_ME-0123456789abcdef0123' }, 'placeholder'],
      ['31 bytes', { JWT_SECRET: 'x'.repeat(31) }, 'too easy to guess'],
      ['32 repeated bytes', { JWT_SECRET: 'x'.repeat(32) }, 'too easy to guess'],
      ['16 characters', { JWT_SECRET: '0123456789abcdef' }, 'too easy to guess'],
    ])('refuses JWT_SECRET %s', (_, env, problem) => {
      expect(problemsOf({ ...db, ...env })).toContain(problem);
    });

    it('accepts 32 random bytes; on the embedded database too, where a weak one is refused the same way', () => {
      expect(problemsOf({ ...db, JWT_SECRET: STRONG_SECRET })).toBe('');
      expect(problemsOf({ JWT_SECRET: STRONG_SECRET })).toBe('');
      expect(problemsOf({ JWT_SECRET: ' '.repeat(16) })).toContain('JWT_SECRET: is too easy to guess');
      expect(problemsOf({})).toBe('');
    });

    it.each(['change-me-now', 'zdm-demo-admin', 'changeme', 'password1'])(
      'refuses ADMIN_PASSWORD %p with DATABASE_URL',
      (password) => {
        expect(problemsOf({ ...db, JWT_SECRET: STRONG_SECRET, ADMIN_PASSWORD: password })).toContain(
          'ADMIN_PASSWORD: is a published placeholder',
        );
      },
    );

    it('refuses a common ADMIN_PASSWORD everywhere, a short one outside the demo only', () => {
      expect(problemsOf({ ADMIN_PASSWORD: '12345678' })).toContain(
        'ADMIN_PASSWORD: is on the list of common passwords',
      );
      expect(problemsOf({ ...db, JWT_SECRET: STRONG_SECRET, ADMIN_PASSWORD: 'short-pw-1' })).toContain(
        'ADMIN_PASSWORD: must be at least 12 characters outside the demo',
      );
      expect(problemsOf({ ADMIN_PASSWORD: 'short-pw-1' })).toBe('');
      expect(problemsOf({ ADMIN_PASSWORD: 'short-pw-1', DEMO: 'false' })).toContain('at least 12 characters');
    });

    it('keeps TOKEN_TTL within TOKEN_MAX_TTL', () => {
      expect(problemsOf({ TOKEN_TTL: '2d' })).toContain('TOKEN_TTL: 2d is longer than TOKEN_MAX_TTL (24h)');
      expect(new AppConfig(validateEnvironment({ TOKEN_TTL: '2d', TOKEN_MAX_TTL: '7d' })).tokenMaxTtlSeconds).toBe(
        604800,
      );
    });
  });
});

describe('notification settings', () => {
  it('default to .eml files, Korean, private targets refused, a 5 s worker, a 1 min check', () => {
    expect(new AppConfig(validateEnvironment({})).notifications).toEqual({
      smtpUrl: undefined,
      mailFrom: 'zdm@localhost',
      language: 'ko',
      allowPrivateTargets: false,
      intervalMs: 5000,
      checkIntervalMs: 60_000,
    });
  });

  it.each([
    ['SMTP_URL', 'http://mail.example.com'],
    ['SMTP_URL', 'mail.example.com:587'],
    ['MAIL_FROM', 'nobody'],
    ['NOTIFY_LANGUAGE', 'fr'],
    ['NOTIFY_ALLOW_PRIVATE_TARGETS', 'sometimes'],
    ['NOTIFY_INTERVAL_MS', '-1'],
    ['NOTIFY_CHECK_INTERVAL_MS', 'often'],
  ])('%s=%s stops the app naming it', (key, value) => {
    expect(() => validateEnvironment({ [key]: value })).toThrow(key);
  });

  it('takes an smtps URL and English', () => {
    const config = new AppConfig(
      validateEnvironment({ SMTP_URL: 'smtps://u:p@mail.example.com:465', NOTIFY_LANGUAGE: 'en' }),
    );
    expect(config.notifications).toMatchObject({ smtpUrl: 'smtps://u:p@mail.example.com:465', language: 'en' });
  });
});
