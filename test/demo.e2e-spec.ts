import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, TestApp } from './support/test-app';

/** Demo mode with no BACKUP_REPOSITORY_PATH: a generated repository in DATA_DIR, already indexed. */
describe('Demo mode: sample image repository', () => {
  let t: TestApp;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'zdm-demo-'));
    t = await createTestApp({ BACKUP_REPOSITORY_PATH: undefined, DATA_DIR: dataDir });
  });
  afterAll(() => t.close());

  it('points BACKUP_REPOSITORY_PATH at the generated repository', () => {
    expect(t.config.backupRepositoryPath).toBe(join(dataDir, 'zdm-demo-repository'));
  });

  it("lists the seed's two images for the seed's server", async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/backups/images/server/${encodeURIComponent('source-centos7-bios (192.168.2.104)')}`,
      headers: await t.auth(),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.images.map((i: { name: string }) => i.name)).toEqual([
      'source-centos7-bios_ROOT_[2026-01-07_08_44].ZIA',
      'source-centos7-bios_boot_[2026-01-08_01_19].ZIA',
    ]);
  });

  it('has images for the other demo servers, named by the job-name rule', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/backups/images/server/${encodeURIComponent('SOURCE-2012 (192.168.0.179)')}?jobName=SOURCE-2012_C`,
      headers: await t.auth(),
    });
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .data.images.map((i: { type: string; partition: { mountPoint: string } }) => [i.type, i.partition.mountPoint]),
    ).toEqual([
      ['full', 'C:'],
      ['increment', 'C:'],
      ['increment', 'C:'],
    ]);
  });
});
