#!/usr/bin/env node
/*
 * Benchmark of the backup-images route (issue 5): `npm run bench:images`
 *
 *   node bench/images.bench.js [--images 100000] [--servers images/500] [--duration 10] [--connections 32]
 *                              [--small 10000] [--dir /tmp/…] [--keep] [--reuse] [--generate-only]
 *                              [--idle 60 (300 at 1,000,000 images)] [--baseline-p99 17.3] [--no-memory] [--autocannon]
 *
 *   npm run bench:images -- --images 1000000 --dir /var/tmp/zdm-bench --reuse   (issue 14: a million)
 *
 * --reuse keeps a repository generated before in --dir with the same --images/--servers (generating a
 * million files takes minutes and ~4 GB); --servers defaults to one per 500 images, so that one
 * server's listing is the same size at every scale and its p99 compares with --baseline-p99 (the
 * 100,000-image figure of the README).
 *
 * 1. writes a sample repository (N images over S servers, ZIA-SAMPLE format) with the generator;
 * 2. a cold read of `--small` images: batched CLI processes vs one process per image;
 * 3. starts the real API (embedded PGlite in memory, or PostgreSQL when DATABASE_URL is set) with the
 *    reference header CLI, background refresh off;
 * 4. cold catalog build (every header read through the CLI, batched) — time and peak heap;
 * 5. warm refresh with nothing changed;
 * 6. warm listing of one server through HTTP, the load generator in its own process (wrk when
 *    installed — it leaves the API more of the 2 cores — else autocannon; `--autocannon` forces it);
 * 7. the naive approach — read that server's candidate headers through the CLI on every request — with
 *    the same load, for the ratio (batched: measured; one process per image: extrapolated from 2).
 * 8. memory: the cold build again with the live heap (after a full GC) sampled every 250 ms
 *    (needs node --expose-gc, as `npm run bench:images` runs it);
 * and, for issue 14, with the production settings (watcher on, refresh every 60 s): cold build time and
 * peak RSS, how soon a new image written into the repository is listed, listing p99 against the
 * 100,000-image figure, and the API's idle CPU over --idle seconds;
 * and whether each target is met (`target … met / NOT met`).
 *
 * Runs the TypeScript sources directly (transpiled on load, like ts-jest), so no build is needed.
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const http = require('node:http');
const Module = require('node:module');

const ROOT = path.resolve(__dirname, '..');

// --- load TypeScript sources: transpile on require, resolve @zdm/* aliases -------------------------
function registerTypeScript() {
  const ts = require('typescript');
  const { compilerOptions } = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile).config;
  const options = ts.convertCompilerOptionsFromJson(compilerOptions, ROOT).options;
  Object.assign(options, {
    module: ts.ModuleKind.CommonJS,
    sourceMap: false,
    inlineSourceMap: false,
    declaration: false,
  });
  require.extensions['.ts'] = (module, filename) => {
    const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
      fileName: filename,
      compilerOptions: options,
    });
    module._compile(outputText, filename);
  };
  const resolveFilename = Module._resolveFilename;
  Module._resolveFilename = function (request, parent, ...rest) {
    const alias = /^@zdm\/([a-z-]+)(\/.*)?$/.exec(request);
    if (alias) request = path.join(ROOT, 'libs', alias[1], 'src', alias[2] ?? '');
    return resolveFilename.call(this, request, parent, ...rest);
  };
}

function parseArgs(argv) {
  const o = {
    images: 100_000,
    servers: 200,
    duration: 10,
    connections: 32,
    small: 10_000,
    dir: undefined,
    keep: false,
    reuse: false,
    generateOnly: false,
    autocannon: false,
    idle: 60,
    memory: true,
    baselineP99: 17.3,
  };
  let serversGiven = false;
  let idleGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--keep') o.keep = true;
    else if (flag === '--reuse') o.reuse = true;
    else if (flag === '--generate-only') o.generateOnly = true;
    else if (flag === '--no-memory') o.memory = false;
    else if (flag === '--autocannon') o.autocannon = true;
    else if (flag === '--baseline-p99') o.baselineP99 = Number(argv[++i]);
    else if (flag === '--dir') o.dir = path.resolve(argv[++i]);
    else if (['--images', '--servers', '--duration', '--connections', '--small', '--idle'].includes(flag)) {
      o[flag.slice(2)] = Number(argv[++i]);
      if (flag === '--servers') serversGiven = true;
      if (flag === '--idle') idleGiven = true;
    } else throw new Error(`unknown option ${flag}`);
  }
  // 500 images per server, as in the 100,000-image run, so that listings compare (same answer size)
  if (!serversGiven) o.servers = Math.max(1, Math.round(o.images / 500));
  // issue 14 measures the idle CPU at a million images over 5 minutes
  if (!idleGiven && o.images >= 1_000_000) o.idle = 300;
  return o;
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const secs = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** Peak heap / RSS while `work` runs (sampled every 100 ms). */
async function withMemory(work) {
  let heap = process.memoryUsage().heapUsed;
  let rss = process.memoryUsage().rss;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    heap = Math.max(heap, m.heapUsed);
    rss = Math.max(rss, m.rss);
  }, 100);
  const started = performance.now();
  try {
    const value = await work();
    return { value, ms: performance.now() - started, heap, rss };
  } finally {
    clearInterval(timer);
  }
}

/** wrk (C, light on the CPU the API shares) when installed, else autocannon; in its own process. */
function loadTool(forceAutocannon) {
  if (forceAutocannon) return 'autocannon';
  const { spawnSync } = require('node:child_process');
  const probe = spawnSync('wrk', ['--version'], { encoding: 'utf8' });
  return probe.error ? 'autocannon' : 'wrk';
}

function cannon(tool, url, headers, connections, duration) {
  return tool === 'wrk' ? wrk(url, headers, connections, duration) : autocannon(url, headers, connections, duration);
}

function autocannon(url, headers, connections, duration) {
  const { execFile } = require('node:child_process');
  const args = [require.resolve('autocannon/autocannon.js'), '-j', '-c', String(connections), '-d', String(duration)];
  for (const [k, v] of Object.entries(headers)) args.push('-H', `${k}=${v}`);
  args.push(url);
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`autocannon failed: ${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout)),
    );
  });
}

/** wrk with one thread; its report parsed into autocannon's shape (requests, latency p50/p99 in ms). */
function wrk(url, headers, connections, duration) {
  const { execFile } = require('node:child_process');
  const args = ['-t1', `-c${connections}`, `-d${duration}s`, '--latency', '--timeout', '10s'];
  for (const [k, v] of Object.entries(headers)) args.push('-H', `${k}: ${v}`);
  args.push(url);
  const ms = (value, unit) => Number(value) * { us: 0.001, ms: 1, s: 1000, m: 60_000 }[unit];
  return new Promise((resolve, reject) => {
    execFile('wrk', args, (error, stdout, stderr) => {
      if (error) return reject(new Error(`wrk failed: ${error.message}\n${stderr}`));
      const latency = (p) => {
        const m = new RegExp(`^\\s*${p}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm').exec(stdout);
        return m ? Number(ms(m[1], m[2]).toFixed(2)) : NaN;
      };
      const total = Number(/(\d+) requests in/.exec(stdout)?.[1] ?? NaN);
      const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(stdout);
      resolve({
        requests: { average: Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1] ?? NaN), total },
        latency: { p50: latency(50), p99: latency(99) },
        non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(stdout)?.[1] ?? 0),
        errors: socket ? socket.slice(1).reduce((n, x) => n + Number(x), 0) : 0,
      });
    });
  });
}

/** Live heap (after a full GC) sampled while `work` runs: needs node --expose-gc. */
async function withLiveHeap(work, everyMs = 250) {
  const samples = [];
  const sample = () => {
    global.gc();
    samples.push(process.memoryUsage().heapUsed);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  sample();
  return samples;
}

function describeLoad(result) {
  const non2xx = result.non2xx ? `, ${result.non2xx} non-2xx` : '';
  return `${result.requests.average.toFixed(1)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms (${result.requests.total} requests${non2xx}, ${result.errors} errors)`;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  registerTypeScript();
  require('reflect-metadata');
  const { buildReferenceCli } = require(path.join(ROOT, 'scripts/build-reference-cli.js'));
  const cli = buildReferenceCli().binary;
  // The catalog, and the sample format's writer and generator (libs/image-format).
  const images = {
    ...require(path.join(ROOT, 'libs/images/src/index.ts')),
    ...require(path.join(ROOT, 'libs/image-format/src/index.ts')),
  };
  const { NestFactory } = require('@nestjs/core');
  const { AppModule } = require(path.join(ROOT, 'apps/api/src/app.module.ts'));
  const { createFastifyAdapter, configureHttpPlatform } = require(path.join(ROOT, 'apps/api/src/http-platform.ts'));
  const { loadAppConfig } = require(path.join(ROOT, 'libs/common/src/index.ts'));

  const cores = os.availableParallelism();
  console.log(
    `# images benchmark — ${o.images} images / ${o.servers} servers, ${cores} cores, Node ${process.version}`,
  );
  console.log(
    `database: ${process.env.DATABASE_URL ? 'PostgreSQL (fresh database on DATABASE_URL)' : 'embedded PGlite (in memory)'}; header CLI: reference zia-header`,
  );

  // 1. repository
  const work = o.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'zdm-images-bench-'));
  const repo = path.join(work, 'repository');
  // --reuse: a repository this bench generated before with the same --images/--servers is kept
  const summaryFile = path.join(work, `summary-${o.images}-${o.servers}.json`);
  let generated;
  if (o.reuse && fs.existsSync(summaryFile)) {
    generated = JSON.parse(fs.readFileSync(summaryFile, 'utf8'));
    console.log(`reusing ${generated.files} images in ${repo}`);
  } else {
    fs.rmSync(repo, { recursive: true, force: true });
    fs.rmSync(summaryFile, { force: true });
    generated = images.generateSampleRepository({ dir: repo, servers: o.servers, images: o.images });
    fs.writeFileSync(summaryFile, JSON.stringify(generated));
    console.log(`generate ${generated.files} images: ${secs(generated.ms)}`);
  }
  if (o.generateOnly) return;

  // 2. cold read of a small repository: batched vs one process per image (before the API and its
  //    in-process PGlite grow this process: fork+exec cost grows with the parent's memory)
  const small = path.join(work, 'small');
  fs.rmSync(small, { recursive: true, force: true });
  images.generateSampleRepository({ dir: small, servers: 20, images: o.small, seed: 2 });
  const smallPaths = [];
  for await (const chunk of images.scanRepository(small)) smallPaths.push(...chunk.files.map((f) => f.path));
  const batchedReader = new images.HeaderCliReader({ cliPath: cli, logger: { warn() {}, debug() {} } });
  const batched = await withMemory(() => batchedReader.read(smallPaths));
  const single = await withMemory(() =>
    new images.HeaderCliReader({ cliPath: cli, batchSize: 1, logger: { warn() {}, debug() {} } }).read(smallPaths),
  );
  console.log(
    `cold read of ${smallPaths.length} headers, ${cores} processes at a time: batched (${batchedReader.batchSize}/process) ${secs(batched.ms)} ` +
      `vs one process per image ${secs(single.ms)} → ${(single.ms / batched.ms).toFixed(1)}x`,
  );
  const perImageMs = single.ms / smallPaths.length;
  console.log(
    `→ a naive route reading all ${o.images} headers per request: ~${secs(batched.ms * (o.images / smallPaths.length))} batched, ` +
      `~${secs(perImageMs * o.images)} one process per image (extrapolated)`,
  );

  // 3. the API
  // PostgreSQL: a fresh database on that server, dropped afterwards.
  let dropDatabase;
  let databaseUrl;
  if (process.env.DATABASE_URL) {
    const { Client } = require('pg');
    const admin = async (sql) => {
      const client = new Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    };
    const name = `zdm_images_bench_${Date.now()}`;
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  const settings = {
    DATABASE_URL: databaseUrl,
    BACKUP_REPOSITORY_PATH: repo,
    IMAGE_HEADER_CLI: cli,
    DATA_DIR: databaseUrl ? fs.mkdtempSync(path.join(work, 'data-')) : 'memory://',
    DEMO: 'false',
    JWT_SECRET: require('node:crypto').randomBytes(32).toString('hex'),
    ADMIN_EMAIL: 'bench@zdm.test',
    ADMIN_PASSWORD: 'bench-password',
    LOG_LEVEL: 'silent',
    // production settings: background refresh on its default interval, the watcher on
    IMAGE_CATALOG_REFRESH_INTERVAL_MS: '60000',
    IMAGE_CATALOG_WATCH: 'true',
    IMAGE_CATALOG_FRESHNESS_MS: String(3_600_000),
    AUTH_MAX_FAILURES: '1000',
  };
  const config = loadAppConfig(settings);
  const app = await NestFactory.create(AppModule.forRoot(config), createFastifyAdapter(config), {
    logger: false,
  });
  await configureHttpPlatform(app, config);
  await app.listen(0, '127.0.0.1');
  const base = await app.getUrl();
  const catalog = app.get(images.ImageCatalogService);
  const dataSource = app.get(require('@nestjs/typeorm').getDataSourceToken());

  // 4. cold build
  const cold = await withMemory(() => catalog.refresh());
  const [{ count }] = await dataSource.query("SELECT count(*) AS count FROM image_headers WHERE status = 'ok'");
  console.log(
    `cold catalog build (${cold.value.files} files, ${cold.value.read} read, ${count} indexed): ${secs(cold.ms)} ` +
      `(${Math.round(cold.value.files / (cold.ms / 1000))} images/s; peak heap ${mb(cold.heap)}, peak RSS ${mb(cold.rss)}` +
      `${process.env.DATABASE_URL ? '' : ' incl. in-process PGlite'})`,
  );
  const perTenThousand = (cold.ms / cold.value.files) * 10_000;
  console.log(
    `target cold build of 10,000 images <= 5 s and >= 5x one process per image: ${perTenThousand <= 5000 && single.ms / batched.ms >= 5 ? 'met' : 'NOT met'} ` +
      `(catalog ~${secs(perTenThousand)} per 10,000 incl. the database; headers alone ${secs(batched.ms)} vs ${secs(single.ms)}, ${(single.ms / batched.ms).toFixed(0)}x)`,
  );
  const target = (ok) => (ok ? 'met' : 'NOT met');
  // issue 14's targets are about a million images (at 100,000 they would be met trivially)
  const atScale = o.images >= 1_000_000;
  if (atScale)
    console.log(
      `target cold build of ${o.images} images <= 120 s with peak RSS < 1 GiB: ${target(cold.ms <= 120_000 && cold.rss < 1024 ** 3)} ` +
        `(${secs(cold.ms)}, ${mb(cold.rss)}${process.env.DATABASE_URL ? '' : ', PGlite in this process'})`,
    );
  const watchStatus = app.get(images.ImageCatalogWatcher).status();
  console.log(`watcher: ${JSON.stringify(watchStatus)}`);

  // 5. warm refresh
  const warm = await withMemory(() => catalog.refresh());
  console.log(`warm refresh, nothing changed (walk + stat + compare ${warm.value.files} files): ${secs(warm.ms)}`);
  const watchedEvery = config.imageCatalog.watchedRefreshIntervalMs;
  console.log(
    `→ with the watcher running the full walk runs every ${secs(watchedEvery)}: ` +
      `${((warm.ms / watchedEvery) * 100).toFixed(2)} % of a core on average (every 60 s without it: ${((warm.ms / 60_000) * 100).toFixed(1)} %)`,
  );

  // 6. warm listing over HTTP
  const token = await fetch(`${base}/api/auth/issue`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: settings.ADMIN_EMAIL, password: settings.ADMIN_PASSWORD }),
  })
    .then((r) => r.json())
    .then((b) => b.data.token);
  const server = generated.servers[1];
  const url = `${base}/api/v1/backups/images/server/${encodeURIComponent(server.name)}`;
  const check = await fetch(url, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.json());
  if (!check.success || check.data.total !== server.imageCount)
    throw new Error(`unexpected answer: ${JSON.stringify(check).slice(0, 300)}`);
  console.log(
    `listing "${server.name}": ${server.imageCount} images, ${Buffer.byteLength(JSON.stringify(check))} bytes per answer`,
  );
  // a new image written into the repository (as an agent or anyone would): listed how soon?
  {
    const job = server.jobs[0];
    const name = `${job}_[2030-01-01_00_00].ZIA`;
    const file = path.join(server.dir, job, name);
    const header = { ...images.SEED_IMAGES[0], name, server: server.name, time: '2030-01-01 00:00:00' };
    const written = performance.now();
    images.writeSampleImage(file, header);
    let visibleMs;
    for (;;) {
      const body = await fetch(url, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.json());
      if (body.data.images.some((i) => i.name === name)) {
        visibleMs = performance.now() - written;
        break;
      }
      if (performance.now() - written > 60_000) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    console.log(
      `target a new image listed within 2 s (watcher): ${target(visibleMs !== undefined && visibleMs <= 2000)} ` +
        `(${visibleMs === undefined ? 'not within 60 s' : `${visibleMs.toFixed(0)} ms`}, ${watchStatus.mode})`,
    );
    fs.unlinkSync(file);
    const removed = performance.now();
    for (;;) {
      const body = await fetch(url, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.json());
      if (!body.data.images.some((i) => i.name === name) || performance.now() - removed > 60_000) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    console.log(`removed image gone from the listing after ${(performance.now() - removed).toFixed(0)} ms`);
  }

  const tool = loadTool(o.autocannon);
  console.log(`load generator: ${tool} (one process, ${o.connections} connections)`);
  await cannon(tool, url, { authorization: `Bearer ${token}` }, o.connections, 2); // warm-up
  const listing = await cannon(tool, url, { authorization: `Bearer ${token}` }, o.connections, o.duration);
  console.log(`warm listing, catalog, ${o.connections} connections ${o.duration}s: ${describeLoad(listing)}`);
  const paged = await cannon(
    tool,
    `${url}?page=1&limit=20`,
    { authorization: `Bearer ${token}` },
    o.connections,
    o.duration,
  );
  console.log(`warm listing, one page of 20 (?page=1&limit=20): ${describeLoad(paged)}`);

  // idle: the API at rest with the watcher and the periodic refresh, CPU of this process (API + its
  // database driver; PGlite included when embedded) over the window
  if (o.idle > 0) {
    const before = process.cpuUsage();
    const started = performance.now();
    await new Promise((r) => setTimeout(r, o.idle * 1000));
    const used = process.cpuUsage(before);
    const share = (used.user + used.system) / 1000 / (performance.now() - started);
    console.log(
      `target idle CPU <= 5 % of a core with the watcher: ${target(share <= 0.05)} ` +
        `(${(share * 100).toFixed(2)} % over ${o.idle} s, ${o.images} images watched)`,
    );
  }

  // 7. naive: read the server's candidate files through the CLI on every request
  const reader = new images.HeaderCliReader({ cliPath: cli, logger: { warn() {}, debug() {} } });
  const candidates = [];
  for (const job of server.jobs)
    for (const f of fs.readdirSync(path.join(server.dir, job))) candidates.push(path.join(server.dir, job, f));
  const naive = http.createServer(async (req, res) => {
    let read;
    try {
      read = await reader.read(candidates);
    } catch (error) {
      res.writeHead(500).end(String(error));
      return;
    }
    const list = [...read.headers.values()]
      .filter((h) => h.server === server.name)
      .sort((a, b) => a.time.localeCompare(b.time));
    const body = JSON.stringify({
      success: true,
      data: { images: list.map((h) => ({ ...h, size: images.formatSize(h.imageSize ?? 0) })), total: list.length },
    });
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise((r) => naive.listen(0, '127.0.0.1', r));
  const naiveResult = await cannon(tool, `http://127.0.0.1:${naive.address().port}/`, {}, o.connections, o.duration);
  await new Promise((r) => naive.close(r)); // waits for requests still being answered
  console.log(
    `naive listing, CLI per request (${candidates.length} candidate files of that server only): ${describeLoad(naiveResult)}`,
  );
  console.log(
    `ratio catalog / naive (batched CLI): ${(listing.requests.average / Math.max(naiveResult.requests.average, 0.001)).toFixed(0)}x req/s`,
  );
  const naiveSingleMs = (perImageMs * candidates.length) / cores;
  console.log(
    `naive listing, one CLI process per image (the original approach), extrapolated: ~${naiveSingleMs.toFixed(0)} ms per request ` +
      `(${candidates.length} images × ${perImageMs.toFixed(1)} ms / ${cores} cores) → ~${(1000 / naiveSingleMs).toFixed(2)} req/s; ` +
      `ratio ~${(listing.requests.average / (1000 / naiveSingleMs)).toFixed(0)}x`,
  );

  if (atScale)
    console.log(
      `target listing p99 within 20 % of the 100,000-image figure (${o.baselineP99} ms): ` +
        `${target(listing.latency.p99 <= o.baselineP99 * 1.2)} (${listing.latency.p99} ms at ${o.images} images, ${o.connections} connections)`,
    );
  console.log(
    `target warm listing p99 <= 20 ms at ${o.connections} connections: ${target(listing.latency.p99 <= 20)} (full answer ${listing.latency.p99} ms, page of 20 ${paged.latency.p99} ms)`,
  );
  const naiveRatio = listing.requests.average / Math.max(naiveResult.requests.average, 0.001);
  console.log(
    `target catalog >= 100x the naive approach: ${target(naiveRatio >= 100)} (${naiveRatio.toFixed(0)}x against the batched CLI, the naive reader's best case)`,
  );

  // 8. memory while indexing: the same cold build again, the live heap (after a full GC) sampled
  if (!o.memory) {
    console.log('memory while indexing: skipped (--no-memory)');
  } else if (typeof global.gc === 'function') {
    await dataSource.query('TRUNCATE image_headers');
    await dataSource.query(
      'UPDATE image_catalog_states SET generation = generation + 1, refreshed_at = NULL WHERE id = 1',
    );
    const samples = await withLiveHeap(() => catalog.refresh());
    const at = (f) => mb(samples[Math.min(samples.length - 1, Math.round(f * (samples.length - 1)))]);
    const growth = (samples[samples.length - 1] - samples[0]) / 1024 / 1024;
    console.log(
      `memory while indexing ${o.images} images again (live heap after GC, ${samples.length} samples): ` +
        `start ${at(0)}, 25% ${at(0.25)}, 50% ${at(0.5)}, 75% ${at(0.75)}, end ${at(1)}, max ${mb(Math.max(...samples))}`,
    );
    console.log(`target memory flat while indexing: ${target(growth < 32)} (end − start ${growth.toFixed(1)} MB)`);
  } else {
    console.log('memory while indexing: skipped (run with node --expose-gc, as npm run bench:images does)');
  }

  await app.close();
  await dropDatabase?.();
  if (!o.keep && !o.dir) fs.rmSync(work, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
