/**
 * Restore points and retention benchmark (issue 19, `npm run bench:restore-points`): the built API
 * (dist/) on a fresh PostgreSQL database in its own process, over a repository of sample images.
 *
 *   1. The repository: one registered job (`rpbench_ROOT` on server `rp-bench-server`) with
 *      BENCH_JOB_IMAGES images (10,000) in BENCH_GENERATIONS generations (300: a full, then increments),
 *      among BENCH_OTHER_IMAGES images (50,000) of 50 other jobs on 50 other servers. Files in the
 *      sample format (`writeSampleImage`), indexed by the API's own catalog refresh at its start.
 *   2. Run provenance: one `runs` row per image of the job (ended `success`; every 97th `failed`), and
 *      `image_headers.run_id` linked by SQL, as an agent's completion would have recorded it.
 *   3. `GET /api/backups/rpbench_ROOT/restore-points?page=1&limit=20` at BENCH_CONNECTIONS (32) for
 *      BENCH_SECONDS (10) with autocannon: req/s and latency (after one cold request, reported apart).
 *   4. `GET /api/backups/rpbench_ROOT/retention` (the preview), BENCH_PREVIEW_CALLS (100) sequential
 *      calls: p50/p99.
 *   5. The planning itself: `RetentionService.planFor(job)` — what a successful run carries out —
 *      timed in a second process of the deployment (this one: a Nest application context on the same
 *      database): the first call (nothing held), BENCH_PREVIEW_CALLS calls with nothing changed, and
 *      BENCH_PREVIEW_CALLS calls each right after a run's new image of the job was catalogued (a
 *      file written, a run row, `ingest` with the run); and the plan of the query a catalog change
 *      costs (the job's `(id, revision)` pairs, `EXPLAIN ANALYZE`): the rows it reads, which must be
 *      the job's, not the catalog's.
 *
 * Settings: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres; a fresh database is
 * made and dropped), BENCH_SECONDS, BENCH_CONNECTIONS, BENCH_JOB_IMAGES, BENCH_GENERATIONS,
 * BENCH_OTHER_IMAGES, BENCH_PREVIEW_CALLS.
 * Targets (2 cores, API and load generator on the same machine): restore points page 1 p99 <= 20 ms
 * at 32 connections; retention planning <= 50 ms (p99 of planFor); the job query reads only the
 * job's rows.
 */
import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadAppConfig } from '@zdm/common';
import { SampleImageHeader, writeSampleImage } from '@zdm/image-format';
import { ImageCatalogService, RetentionService } from '@zdm/images';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { AppModule } from '../apps/api/src/app.module';
import {
  ApiProcess,
  autocannonRun,
  callApi,
  createBenchDatabase,
  issueAdminToken,
  latencyLine,
  percentile,
  processCpuMs,
  runBenchmark,
  sleep,
  startApi,
  target,
} from './bench-harness';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const JOB_IMAGES = Number(process.env.BENCH_JOB_IMAGES ?? 10_000);
const GENERATIONS = Number(process.env.BENCH_GENERATIONS ?? 300);
const OTHER_IMAGES = Number(process.env.BENCH_OTHER_IMAGES ?? 50_000);
const PREVIEW_CALLS = Number(process.env.BENCH_PREVIEW_CALLS ?? 100);
const OTHER_JOBS = 50;

const SERVER = 'rp-bench-server';
const JOB = 'rpbench_ROOT';
const ROTATION = 7;

const say = (message: string) => process.stderr.write(`[bench:restore-points] ${message}\n`);

/** `YYYY-MM-DD HH:mm:ss` and the file-name stamp `YYYY-MM-DD_HH_mm` of hour `i` after 2025-01-01. */
function stampOf(i: number): { time: string; stamp: string } {
  const iso = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString();
  const [day, clock] = [iso.slice(0, 10), iso.slice(11, 16)];
  return { time: `${day} ${clock}:00`, stamp: `${day}_${clock.replace(':', '_')}` };
}

function header(job: string, server: string, i: number, type: 'full' | 'increment'): SampleImageHeader {
  const { time, stamp } = stampOf(i);
  return {
    name: `${job}_[${stamp}].ZIA`,
    time,
    type,
    compressed: true,
    server,
    os: 'Ubuntu 22.04',
    partitionSize: 10_000_000_000,
    imageSize: 1_000_000_000,
    mountPoint: '/',
    device: '/dev/sda1',
    filesystem: 'ext4',
    diskNumber: 0,
    partitionNumber: 1,
  };
}

/** The job's images (GENERATIONS fulls, each followed by its increments) and the other jobs' images. */
function writeRepository(root: string): void {
  const dir = join(root, SERVER);
  mkdirSync(dir, { recursive: true });
  const perGeneration = JOB_IMAGES / GENERATIONS;
  let generation = -1;
  for (let i = 0; i < JOB_IMAGES; i++) {
    const g = Math.floor(i / perGeneration);
    const type = g !== generation ? 'full' : 'increment';
    generation = g;
    const h = header(JOB, SERVER, i, type);
    writeSampleImage(join(dir, h.name), h);
  }
  const perJob = Math.ceil(OTHER_IMAGES / OTHER_JOBS);
  for (let j = 0; j < OTHER_JOBS; j++) {
    const server = `rp-other-${String(j).padStart(2, '0')}`;
    const otherDir = join(root, server);
    mkdirSync(otherDir, { recursive: true });
    for (let i = 0; i < perJob && j * perJob + i < OTHER_IMAGES; i++) {
      const h = header(`other${j}_ROOT`, server, i, i % 30 === 0 ? 'full' : 'increment');
      writeSampleImage(join(otherDir, h.name), h);
    }
  }
}

async function main(): Promise<void> {
  const repository = mkdtempSync(join(tmpdir(), 'zdm-bench-rp-'));
  const db = await createBenchDatabase('zdm_bench_rp');
  let api: ApiProcess | undefined;
  let context: INestApplicationContext | undefined;
  const client = new Client({ connectionString: db.url });
  try {
    let started = performance.now();
    writeRepository(repository);
    say(`${JOB_IMAGES + OTHER_IMAGES} images written in ${Math.round(performance.now() - started)} ms`);

    const env = {
      BACKUP_REPOSITORY_PATH: repository,
      DEMO_AGENTS: 'false',
      // One refresh at the start (it indexes the repository), then none during the measurement.
      IMAGE_CATALOG_REFRESH_INTERVAL_MS: '3600000',
      IMAGE_CATALOG_FRESHNESS_MS: '3600000',
      // No watcher: the images the planning step adds are ingested by that step itself (a watcher reading
      // the same new file in the timed process would time its header read, not the planning).
      IMAGE_CATALOG_WATCH: 'false',
      DB_POOL_SIZE: '20',
    };
    api = await startApi({ databaseUrl: db.url, env, nodeArgs: process.env.BENCH_CPU_PROF ? ['--cpu-prof'] : [] });
    await client.connect();
    started = performance.now();
    for (;;) {
      const { rows } = await client.query('SELECT refreshed_at FROM image_catalog_states WHERE id = 1');
      if (rows[0]?.refreshed_at) break;
      if (performance.now() - started > 600_000) throw new Error('the catalog was not indexed within 10 minutes');
      await sleep(500);
    }
    const [{ count: indexed }] = (await client.query('SELECT count(*)::int AS count FROM image_headers')).rows;
    say(`catalog indexed (${indexed} rows) in ${Math.round(performance.now() - started)} ms`);

    const token = await issueAdminToken(api.url);
    const user = { authorization: `Bearer ${token}` };
    const server = await callApi(api.url, 'POST', '/servers', user, {
      center: '1',
      name: SERVER,
      os: 'lin',
      partitions: [{ letter: '/', device: '/dev/sda1', filesystem: 'ext4', size: 10_000_000_000 }],
    });
    if (server.status !== 201) throw new Error(`server: ${server.status} ${JSON.stringify(server.body)}`);
    const job = await callApi(api.url, 'POST', '/backups', user, {
      center: '1',
      server: SERVER,
      jobName: 'rpbench',
      partition: ['/'],
      rotation: ROTATION,
      type: 'full',
      repository: { type: 'nfs', path: '/backup' },
    });
    if (job.status !== 201) throw new Error(`job: ${job.status} ${JSON.stringify(job.body).slice(0, 300)}`);
    const [{ id: jobId }] = (await client.query('SELECT id FROM backup_jobs WHERE name = $1', [JOB])).rows;

    // Provenance: the runs that wrote the job's images, as agents' completions record them.
    started = performance.now();
    await client.query(
      `INSERT INTO runs (job_id, server_id, trigger, level, state, result, image, created_at, started_at, ended_at)
       SELECT j.id, j.server_id, 'schedule', h.type, 'done',
              CASE WHEN h.n % 97 = 0 THEN 'failed' ELSE 'success' END, h.name, now(), now(), now()
         FROM backup_jobs j,
              (SELECT name, type, row_number() OVER (ORDER BY time) AS n FROM image_headers WHERE job_name = $1) h
        WHERE j.id = $2`,
      [JOB, jobId],
    );
    await client.query(
      `UPDATE image_headers h SET run_id = r.id FROM runs r WHERE r.job_id = $2 AND r.image = h.name AND h.job_name = $1`,
      [JOB, jobId],
    );
    await client.query('ANALYZE');
    say(`${JOB_IMAGES} runs recorded and linked in ${Math.round(performance.now() - started)} ms`);

    // 3. Restore points, page 1.
    const pointsPath = `/api/backups/${JOB}/restore-points?page=1&limit=20`;
    started = performance.now();
    const first = await callApi<unknown[]>(api.url, 'GET', pointsPath.slice(4), user);
    const firstMs = performance.now() - started;
    if (first.status !== 200 || (first.body?.data as unknown[]).length !== 20) {
      throw new Error(`restore points: ${first.status} ${JSON.stringify(first.body).slice(0, 300)}`);
    }
    const cpuBefore = processCpuMs(api.process.pid);
    const points = await autocannonRun({
      url: `${api.url}${pointsPath}`,
      headers: user,
      connections: CONNECTIONS,
      duration: SECONDS,
    });
    const cpuAfter = processCpuMs(api.process.pid);
    const cpuPerRequest =
      cpuBefore !== undefined && cpuAfter !== undefined
        ? (cpuAfter - cpuBefore) / Math.max(1, points.requests.total)
        : undefined;
    if (points.non2xx || points.errors)
      throw new Error(`restore points: ${points.non2xx} non-2xx, ${points.errors} errors`);

    // 4. Retention preview, sequential.
    const preview: number[] = [];
    let removes = 0;
    for (let i = 0; i < PREVIEW_CALLS; i++) {
      const at = performance.now();
      const res = await callApi<{ remove: unknown[] }>(api.url, 'GET', `/backups/${JOB}/retention`, user);
      preview.push(performance.now() - at);
      if (res.status !== 200) throw new Error(`preview: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
      removes = res.body!.data.remove.length;
    }

    // 5. Planning, in a second process of the deployment (this one), and the job query's plan.
    Object.assign(process.env, {
      ...env,
      DATABASE_URL: db.url,
      IMAGE_CATALOG_REFRESH_INTERVAL_MS: '0',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'zdm-bench-rp-data-')),
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
      DEMO: 'false',
      SCHEDULER_ENABLED: 'false',
    });
    context = await NestFactory.createApplicationContext(AppModule.forRoot(loadAppConfig()), { logger: ['error'] });
    const retention = context.get(RetentionService);
    let at = performance.now();
    await retention.planFor(jobId as number);
    const firstPlanMs = performance.now() - at;
    const planning: number[] = [];
    let planned = 0;
    for (let i = 0; i < PREVIEW_CALLS; i++) {
      at = performance.now();
      const { plan } = await retention.planFor(jobId as number);
      planning.push(performance.now() - at);
      planned = plan.keep.length + plan.remove.length;
    }
    // After a catalog change, as after every run: the run's image was just catalogued (its file
    // written, a run row ended `success`, `ingest` with the run: a new generation for every replica).
    const catalog = context.get(ImageCatalogService);
    const cold: number[] = [];
    for (let i = 0; i < PREVIEW_CALLS; i++) {
      const h = header(JOB, SERVER, JOB_IMAGES + i, 'increment');
      const path = join(repository, SERVER, h.name);
      writeSampleImage(path, h);
      const [{ id: runId }] = (
        await client.query(
          `INSERT INTO runs (job_id, server_id, trigger, level, state, result, image, created_at, started_at, ended_at)
           SELECT id, server_id, 'schedule', 'increment', 'done', 'success', $2, now(), now(), now()
             FROM backup_jobs WHERE id = $1 RETURNING id`,
          [jobId, h.name],
        )
      ).rows;
      await catalog.ingest(path, { runId: runId as number });
      at = performance.now();
      const { plan } = await retention.planFor(jobId as number);
      cold.push(performance.now() - at);
      if (!plan.keep.some((d) => d.image.name === h.name)) throw new Error(`the plan does not hold ${h.name}`);
    }
    // The floor of a catalog change: the job's (id, revision) pairs, compared with what is held.
    const pairs: number[] = [];
    for (let i = 0; i < PREVIEW_CALLS; i++) {
      at = performance.now();
      await catalog.revisionsOfJob(JOB);
      pairs.push(performance.now() - at);
    }
    const explain = (
      await client.query(
        `EXPLAIN (ANALYZE, FORMAT JSON) SELECT string_agg(id::text || ':' || revision::text, ',') AS pairs
           FROM image_headers WHERE job_name = $1 AND status = 'ok'`,
        [JOB],
      )
    ).rows[0]['QUERY PLAN'][0].Plan as ExplainNode;
    const scanned = rowsRead(explain);

    const p99 = points.latency.p99;
    const planningP99 = percentile(planning, 99) ?? Infinity;
    const coldP99 = percentile(cold, 99) ?? Infinity;
    const lines = [
      `restore points: ${JOB_IMAGES} images of the job in ${GENERATIONS} generations among ${indexed} catalog rows`,
      `restore points, cold first request: ${firstMs.toFixed(1)} ms`,
      `restore points page 1, ${CONNECTIONS} connections ${SECONDS}s`,
      `  requests/s ${points.requests.average.toFixed(1)} (${points.requests.total} requests)`,
      latencyLine(points),
      `restore points, API CPU per request: ${cpuPerRequest === undefined ? 'n/a' : `${cpuPerRequest.toFixed(2)} ms`} (load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')})`,
      `retention preview (sequential, ${PREVIEW_CALLS} calls, ${removes} removed): p50 ${ms(percentile(preview, 50))} ms, p99 ${ms(percentile(preview, 99))} ms`,
      `retention planning (planFor, ${PREVIEW_CALLS} calls, ${planned} images planned): p50 ${ms(percentile(planning, 50))} ms, p99 ${ms(planningP99)} ms`,
      `retention planning, first in a process (planFor, nothing held: every row of the job read): ${ms(firstPlanMs)} ms`,
      `retention planning after a catalog change (planFor after a run's new image was catalogued, ${PREVIEW_CALLS} calls): p50 ${ms(percentile(cold, 50))} ms, p99 ${ms(coldP99)} ms`,
      `  of which the job's (id, revision) pairs: p50 ${ms(percentile(pairs, 50))} ms, p99 ${ms(percentile(pairs, 99))} ms`,
      `job query plan: ${explain['Node Type']}${explain['Index Name'] ? ` on ${explain['Index Name']}` : ''}, ${scanned.rows} rows read of ${indexed} (${scanned.nodes.join(', ')})`,
      target(`restore points p99 <= 20 ms at ${CONNECTIONS} connections`, p99 <= 20, `${p99} ms`),
      target('retention planning <= 50 ms', planningP99 <= 50, `p99 ${ms(planningP99)} ms`),
      target(
        'retention planning after a catalog change <= 50 ms',
        coldP99 <= 50,
        `p99 ${ms(coldP99)} ms, p50 ${ms(percentile(cold, 50))} ms`,
      ),
      target(
        'retention planning reads only the job rows',
        !scanned.sequential && scanned.rows <= JOB_IMAGES + PREVIEW_CALLS,
        `${scanned.rows} rows read, ${scanned.sequential ? 'a sequential scan' : 'no sequential scan'}`,
      ),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await context?.close().catch(() => undefined);
    await client.end().catch(() => undefined);
    await api?.stop();
    await db.drop().catch(() => undefined);
    rmSync(repository, { recursive: true, force: true });
  }
}

interface ExplainNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Rows Removed by Filter'?: number;
  Plans?: ExplainNode[];
}

/** Rows the scans of a plan read (returned plus filtered out), and whether any scan is sequential. */
function rowsRead(node: ExplainNode): { rows: number; sequential: boolean; nodes: string[] } {
  const children = (node.Plans ?? []).map(rowsRead);
  const isScan = node['Relation Name'] !== undefined;
  const own = isScan ? (node['Actual Rows'] + (node['Rows Removed by Filter'] ?? 0)) * node['Actual Loops'] : 0;
  return {
    rows: own + children.reduce((sum, c) => sum + c.rows, 0),
    sequential: node['Node Type'] === 'Seq Scan' || children.some((c) => c.sequential),
    nodes: [node['Node Type'], ...children.flatMap((c) => c.nodes)],
  };
}

const ms = (value: number | undefined): string => (value === undefined ? 'n/a' : value.toFixed(1));

runBenchmark(main);
