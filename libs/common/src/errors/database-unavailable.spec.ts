import { isDatabaseUnavailable } from './database-unavailable';

const errno = (code: string, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error(`${code} failure`), { code, ...extra });

describe('isDatabaseUnavailable', () => {
  const table: [string, unknown, boolean][] = [
    ['refused connection (pool connect)', errno('ECONNREFUSED', { syscall: 'connect', address: '127.0.0.1' }), true],
    ['reset socket wrapped by TypeORM', { message: 'query failed', driverError: errno('ECONNRESET') }, true],
    ['broken pipe on the database socket', errno('EPIPE', { syscall: 'write' }), true],
    ['admin shutdown (SQLSTATE 57P01)', { code: '57P01', message: 'terminating connection' }, true],
    ['statement timeout (SQLSTATE 57014)', { code: '57014', message: 'canceling statement' }, true],
    ['pool connect timeout', new Error('timeout exceeded when trying to connect'), true],
    ['a child process that cannot start', errno('ENOENT', { syscall: 'spawn zia-header', path: 'zia-header' }), false],
    ['a broken pipe to a child process', errno('EPIPE', { syscall: 'write', spawnargs: ['-h'] }), false],
    ['a spawn that timed out', errno('ETIMEDOUT', { syscall: 'spawnSync /bin/cli' }), false],
    ['EPIPE from spawn', errno('EPIPE', { syscall: 'spawn /bin/cli' }), false],
    [
      'a read on a network file system that timed out',
      errno('ETIMEDOUT', { syscall: 'read', path: '/repo/a.ZIA' }),
      false,
    ],
    ['a unique violation', { code: '23505', message: 'duplicate key' }, false],
    ['a plain bug', new TypeError('x is undefined'), false],
    ['nothing', undefined, false],
  ];
  it.each(table)('%s → %s', (_name, error, expected) => {
    expect(isDatabaseUnavailable(error)).toBe(expected);
  });
});
