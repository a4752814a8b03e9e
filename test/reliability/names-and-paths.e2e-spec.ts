import { Logger } from '@nestjs/common';
import { ReportPathUnsafeAgentNames1765000152000 } from '../../libs/agents/src/migrations/1765000152000-report-path-unsafe-agent-names';
import { ReportPathUnsafeInventoryNames1765000150000 } from '../../libs/inventory/src/migrations/1765000150000-report-path-unsafe-inventory-names';
import { ReportPathUnsafeJobNames1765000151000 } from '../../libs/jobs/src/migrations/1765000151000-report-path-unsafe-job-names';
import { SEED_SERVER } from '@zdm/image-format';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTestApp, LOCAL_TIMESTAMP, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

const ROOT = resolve(__dirname, '../..');

/**
 * Issue 21.2 — a path escape through a name. An operator registering `jobName: "../../../../../tmp/x"`
 * made the reference agent write `/tmp/x_ROOT_[…].ZIA` outside its `--repository`. Now: job, center,
 * server and agent names refuse `/`, `\`, `.`/`..` and NUL at the API (400 naming the field and the
 * rule); rows stored before the rule are listed by a migration check; and the agent refuses any
 * image path that resolves outside its repository, whatever name the API hands it.
 */
describe('Names are names: one path segment', () => {
  let t: TestApp;
  let headers: Record<string, string>;
  const RULE = 'a name becomes part of file and directory names, so it may not contain / or \\ nor be . or ..';
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    headers = { ...(await t.auth()), 'accept-language': 'en' };
  });
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await t?.close();
  });

  const counts = async () =>
    (
      await t.dataSource.query(
        `SELECT (SELECT count(*) FROM backup_jobs)::int AS jobs, (SELECT count(*) FROM centers)::int AS centers,
                (SELECT count(*) FROM servers)::int AS servers, (SELECT count(*) FROM agents)::int AS agents`,
      )
    )[0];
  const job = (over: object) => ({
    center: 1,
    server: SEED_SERVER,
    type: 'full',
    partition: ['/'],
    repository: { type: 'nfs', path: '/backup' },
    ...over,
  });

  it.each([
    ['jobName', 'POST', '/api/backups', job({ jobName: '../../../../../tmp/x' }), 'jobName'],
    ['jobName with a backslash', 'POST', '/api/backups', job({ jobName: '..\\..\\x' }), 'jobName'],
    [
      'individual[].jobName',
      'POST',
      '/api/backups',
      job({ individual: [{ partition: '/', jobName: '..' }] }),
      'individual[0].jobName',
    ],
    ['center name', 'POST', '/api/zdms', { name: '..' }, 'name'],
    ['server name', 'POST', '/api/servers', { name: 'a/b (10.0.0.9)', center: 1, os: 'lin' }, 'name'],
    ['server name whose base is ..', 'POST', '/api/servers', { name: '.. (10.0.0.9)', center: 1, os: 'lin' }, 'name'],
    ['agent name', 'POST', '/api/agents', { server: SEED_SERVER, name: '../agent' }, 'name'],
  ] as const)(
    'refuses a %s that is not one path segment: 400, nothing written',
    async (_, method, url, body, field) => {
      const before = await counts();
      const res = await t.app.inject({
        method,
        url,
        headers: { ...headers, 'x-request-id': 'req-names' },
        payload: body,
      });
      expect({ status: res.statusCode, body: res.json() }).toEqual({
        status: 400,
        body: {
          success: false,
          requestID: 'req-names',
          error: `${field}: ${RULE}`,
          code: 'VALIDATION_ERROR',
          timestamp: LOCAL_TIMESTAMP,
        },
      });
      expect(await counts()).toEqual(before);
    },
  );

  it('refuses a new name (changeName) that is not one path segment, and NUL anywhere', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/backups',
      headers,
      payload: job({ jobName: 'rename-me' }),
    });
    expect(created.statusCode).toBe(201);
    const renamed = await t.app.inject({
      method: 'PUT',
      url: '/api/backups/rename-me_ROOT',
      headers,
      payload: { changeName: '../escape' },
    });
    expect({ status: renamed.statusCode, error: renamed.json().error }).toEqual({
      status: 400,
      error: `changeName: ${RULE}`,
    });
    const nul = await t.app.inject({ method: 'POST', url: '/api/zdms', headers, payload: { name: 'nul\u0000x' } });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error).toContain('name');
    expect(await t.dataSource.query(`SELECT name FROM backup_jobs WHERE name LIKE 'rename-me%'`)).toEqual([
      { name: 'rename-me_ROOT' },
    ]);
  });

  it('keeps the generated partition suffixes (_ROOT, _boot_efi) and names with dots inside', async () => {
    const server = await t.app.inject({
      method: 'POST',
      url: '/api/servers',
      headers,
      payload: {
        name: 'v1.2..host (10.0.0.7)',
        center: 1,
        os: 'lin',
        partitions: [{ letter: '/' }, { letter: '/boot/efi' }],
      },
    });
    expect(server.statusCode).toBe(201);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/backups',
      headers,
      payload: job({ server: 'v1.2..host (10.0.0.7)', partition: [] }),
    });
    expect(res.statusCode).toBe(201);
    expect(
      res
        .json()
        .data.results.map((r: { jobName: string }) => r.jobName)
        .sort(),
    ).toEqual(['v1.2..host_ROOT', 'v1.2..host_boot_efi']);
  });

  it('the migration checks list rows stored before the rule (a warning; nothing renamed, nothing fails)', async () => {
    const [{ id: centerId }] = await t.dataSource.query(`INSERT INTO centers (name) VALUES ('../c') RETURNING id`);
    const [{ id: jobId }] = await t.dataSource.query(`SELECT id FROM backup_jobs WHERE name = 'rename-me_ROOT'`);
    await t.dataSource.query(`UPDATE backup_jobs SET name = $1 WHERE id = $2`, ['../../../../../tmp/x', jobId]);
    const agent = await t.app.inject({ method: 'POST', url: '/api/agents', headers, payload: { server: SEED_SERVER } });
    const agentId = agent.json().data.id as number;
    await t.dataSource.query(`UPDATE agents SET name = '..' WHERE id = $1`, [agentId]);

    const warnings: string[] = [];
    const spy = jest.spyOn(Logger.prototype, 'warn').mockImplementation((message: unknown) => {
      warnings.push(String(message));
    });
    const runner = t.dataSource.createQueryRunner();
    try {
      for (const migration of [
        new ReportPathUnsafeInventoryNames1765000150000(),
        new ReportPathUnsafeJobNames1765000151000(),
        new ReportPathUnsafeAgentNames1765000152000(),
      ]) {
        await migration.up(runner);
      }
    } finally {
      await runner.release();
      spy.mockRestore();
    }
    const listed = 'name(s) contain / or \\ or are . or .. and would be used in file paths; rename them:';
    expect(warnings).toEqual([
      `centers: 1 ${listed} ${centerId} "../c"`,
      `backup_jobs: 1 ${listed} ${jobId} "../../../../../tmp/x"`,
      `agents: 1 ${listed} ${agentId} ".."`,
    ]);
    expect((await t.dataSource.query(`SELECT name FROM centers WHERE id = $1`, [centerId]))[0].name).toBe('../c');
  });

  it('the reference agent refuses an image path outside its repository: the run fails, nothing is written', async () => {
    // A job stored before the rule, or written straight into the database: the API hands the agent its name.
    const escape = `zdm-escape-${process.pid}-${Date.now()}`;
    const repository = mkdtempSync(join(tmpdir(), 'zdm-agent-repo-'));
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/backups',
      headers,
      payload: job({ jobName: 'escape-me', partition: ['/'] }),
    });
    expect(created.statusCode).toBe(201);
    const [{ id: jobId }] = await t.dataSource.query(`SELECT id FROM backup_jobs WHERE name = 'escape-me_ROOT'`);
    await t.dataSource.query(`UPDATE backup_jobs SET name = $1 WHERE id = $2`, [`../../${escape}`, jobId]);
    const run = await t.app.inject({ method: 'POST', url: `/api/backups/${jobId}/runs`, headers, payload: {} });
    expect(run.statusCode).toBe(201);
    const runId = run.json().data.id as number;

    await t.app.listen(0, '127.0.0.1');
    const port = (t.app.getHttpServer().address() as { port: number }).port;
    const token = (
      await t.app.inject({ method: 'POST', url: '/api/agents', headers, payload: { server: SEED_SERVER } })
    ).json().data.token as string;
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'test/support/ts-child.js'),
        'apps/agent/src/main.ts',
        '--api',
        `http://127.0.0.1:${port}/api`,
        '--repository',
        repository,
        '--wait',
        '1',
      ],
      { cwd: ROOT, env: { PATH: process.env.PATH, ZDM_AGENT_TOKEN: token }, stdio: 'ignore' },
    );
    children.push(child);

    const deadline = Date.now() + 90_000;
    let ended: { state: string; result: string; errorMessage: string | null } | undefined;
    while (Date.now() < deadline) {
      const data = (await t.app.inject({ method: 'GET', url: `/api/runs/${runId}`, headers })).json().data;
      if (data.state === 'done') {
        ended = data;
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    child.kill('SIGKILL');
    const outside = resolve(repository, '..', escape);
    expect(ended).toMatchObject({
      state: 'done',
      result: 'failed',
      errorMessage: expect.stringContaining(`resolves outside the repository ${repository}`),
    });
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith(escape))).toEqual([]);
    expect(existsSync(outside)).toBe(false);
  });
});
