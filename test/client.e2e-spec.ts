import createClient from 'openapi-fetch';
import { SEED_SERVER, writeSeedImages } from '@zdm/image-format';
import { mkdtempSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { paths } from './client/zdm-api';
import { createTestApp, TEST_ADMIN, TestApp } from './support/test-app';

/**
 * A client generated from openapi.json (openapi-typescript types + openapi-fetch), compiled by
 * `npm run typecheck` under `strict`, runs the README's flow: no hand-written type, no cast.
 */
describe('Typed client generated from openapi.json', () => {
  let t: TestApp;
  let baseUrl: string;
  beforeAll(async () => {
    const repository = mkdtempSync(join(tmpdir(), 'zdm-client-repo-'));
    writeSeedImages(repository);
    t = await createTestApp({ BACKUP_REPOSITORY_PATH: repository });
    await t.app.listen(0, '127.0.0.1');
    const address: AddressInfo | string | null = t.app.getHttpServer().address();
    if (!address || typeof address === 'string') throw new Error('no TCP address');
    baseUrl = `http://127.0.0.1:${address.port}`;
  });
  afterAll(() => t.close());

  it('logs in, registers the seed example, lists servers, partitions and the seed server images', async () => {
    const client = createClient<paths>({ baseUrl, headers: { 'accept-language': 'en' } });

    const login = await client.POST('/api/auth/issue', { body: TEST_ADMIN });
    if (!login.data) throw new Error(`login failed: ${JSON.stringify(login.error)}`);
    const token: string = login.data.data.token;
    expect(token.split('.')).toHaveLength(3);
    const headers = { authorization: `Bearer ${token}` };

    const registered = await client.POST('/api/backups', {
      headers,
      body: {
        center: '1',
        server: 'source-centos7-bios (192.168.2.104)',
        type: 'full',
        partition: ['/', '/boot/efi'],
        repository: { type: 'nfs', path: '/ZConverter' },
        jobName: 'backupTest',
        schedule: { type: 6, basic: { day: '25,28', time: '12:00' } },
      },
    });
    if (!registered.data) throw new Error(`registration failed: ${JSON.stringify(registered.error)}`);
    expect(registered.response.status).toBe(201);
    expect(registered.data.data.summary).toEqual({ total: 2, successful: 2, failed: 0 });
    expect(registered.data.data.results.map((r) => r.jobName)).toEqual(['backupTest_ROOT', 'backupTest_boot_efi']);

    const servers = await client.GET('/api/servers', { headers, params: { query: { page: 1, limit: 50 } } });
    if (!servers.data) throw new Error(`servers failed: ${JSON.stringify(servers.error)}`);
    const seedServer = servers.data.data.find((s) => s.name === 'source-centos7-bios (192.168.2.104)');
    expect(seedServer).toBeDefined();
    expect(servers.data.pagination?.currentPage).toBe(1);

    const partitions = await client.GET('/api/servers/{identifier}/partitions', {
      headers,
      params: { path: { identifier: String(seedServer?.id) } },
    });
    if (!partitions.data) throw new Error(`partitions failed: ${JSON.stringify(partitions.error)}`);
    expect(partitions.data.data.map((p) => p.letter)).toEqual(expect.arrayContaining(['/', '/boot/efi']));

    const images = await client.GET('/api/backups/images/server/{serverName}', {
      headers,
      params: { path: { serverName: SEED_SERVER } },
    });
    if (!images.data) throw new Error(`images failed: ${JSON.stringify(images.error)}`);
    expect(images.data.data.total).toBe(images.data.data.images.length);
    expect(images.data.data.images.map((i) => i.name)).toEqual([
      'source-centos7-bios_ROOT_[2026-01-07_08_44].ZIA',
      'source-centos7-bios_boot_[2026-01-08_01_19].ZIA',
    ]);
    expect(images.data.data.images.every((i) => i.server === SEED_SERVER)).toBe(true);

    const unknown = await client.GET('/api/backups/images/server/{serverName}', {
      params: { path: { serverName: 'x' } },
    });
    expect(unknown.response.status).toBe(401);
    expect(unknown.error?.error.code).toBe('UNAUTHORIZED');
  });
});
