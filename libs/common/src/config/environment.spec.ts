import { AppConfig, parseDuration } from './app-config';
import { InvalidConfigurationError, validateEnvironment } from './environment';

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
    const real = new AppConfig(validateEnvironment({ DATABASE_URL: 'postgres://u@h/db', JWT_SECRET: 'x'.repeat(32) }));
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
});
