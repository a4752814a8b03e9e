import { AppConfig } from '@zdm/common';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HeaderCliHealthIndicator } from './header-cli.health';

const indicator = (cli: string) => new HeaderCliHealthIndicator({ imageHeaderCli: cli } as AppConfig);

describe('HeaderCliHealthIndicator', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'zia-health-'));
    writeFileSync(join(dir, 'ok-cli'), '#!/bin/sh\n');
    chmodSync(join(dir, 'ok-cli'), 0o755);
    writeFileSync(join(dir, 'plain'), 'x');
    chmodSync(join(dir, 'plain'), 0o644);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['ok-cli', { status: 'up', cli: 'ok-cli' }],
    ['plain', { status: 'down', cli: 'plain', message: 'not executable' }],
    ['missing', { status: 'down', cli: 'missing', message: 'not found' }],
    ['', { status: 'down', cli: expect.any(String), message: 'not a file' }],
  ])('%s', async (name, expected) => {
    expect(await indicator(join(dir, name)).check('headerCli')).toEqual({ headerCli: expected });
  });
});
