#!/usr/bin/env node
/*
 * `npm run bench`: every benchmark of the project, one after the other, then a summary in
 * bench/results.md (every `target … met / NOT met` line, a table of the throughput/latency lines
 * each benchmark printed, the machine, and each benchmark's full output). It is the regression guard
 * of the performance targets: the same summary of targets is printed at the end, and the exit code is
 * 1 when a benchmark failed to run (a target NOT met is reported, not an exit code: on a shared
 * machine a timing can miss for reasons outside the code).
 *
 *   register  — `npm run bench:register`  (bench/register.bench.ts, run from dist/)
 *   images    — `npm run bench:images`    (bench/images.bench.js, 100,000 images; runs the TypeScript sources)
 *   images-1m — `npm run bench:images -- --images 1000000 --reuse --idle 300 --baseline-p99 <images' p99>`
 *               (issue 14: cold build, RSS, change visible, listing p99 against the 100,000-image run of
 *               this same invocation, idle CPU over 5 minutes; the repository of a million files is
 *               kept in BENCH_IMAGES_1M_DIR, default <tmp>/zdm-bench-1m, and reused by the next run)
 *   ceiling   — `npm run bench:ceiling`   (bench/framework-ceiling.bench.ts, run from dist/; the app as
 *               shipped, target 0.65x of each twin (issue 25), beside the tuned configuration, 0.5x)
 *   scheduler — `npm run bench:scheduler` (bench/scheduler.bench.ts, run from dist/)
 *   agents    — `npm run bench:agents`    (bench/agents.bench.ts, run from dist/)
 *   deep-json — `npm run bench:deep-json` (bench/deep-json.bench.ts, run from dist/; issue 21: four
 *               anonymous clients posting 1 MB, 500,000-level arrays while health/live is sampled)
 *   notifications — `npm run bench:notifications` (bench/notifications.bench.ts, run from dist/; issue 23:
 *               10,000 webhook deliveries by three replicas, the receiver down for 60 s during a burst,
 *               run transitions with a slow/down webhook)
 *   restore-points — `npm run bench:restore-points` (bench/restore-points.bench.ts, run from dist/;
 *               issue 19: restore points of a job with 10,000 images among 60,000 at 32 connections,
 *               the retention preview and the planning itself)
 *   recoveries — `npm run bench:recoveries` (bench/recoveries.bench.ts, run from dist/; issue 22: the reference
 *               agent's full/increment backup and restore of a 200 MB tree, peak RSS of a 1 GB restore, the
 *               API's CPU per restore run)
 *
 * A benchmark whose npm script is not defined (yet) is run directly from its file. The compiled
 * ones need `npm run build` first; this driver builds when dist/ lacks them. Options:
 *   --only register,images,ceiling   run a subset
 *   --out <file>                     where to write the summary (default bench/results.md)
 * Environment is passed through (DATABASE_URL, BENCH_SECONDS, BENCH_CONNECTIONS, …).
 */
'use strict';
const { spawn, execFileSync } = require('node:child_process');
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const scripts = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts || {};

const IMAGES_1M_DIR = process.env.BENCH_IMAGES_1M_DIR ?? path.join(os.tmpdir(), 'zdm-bench-1m');

/** `args(outcomes)`: extra arguments, from what the benchmarks before it measured. */
const BENCHES = [
  { id: 'register', script: 'bench:register', file: 'dist/bench/register.bench.js', compiled: true },
  { id: 'images', script: 'bench:images', file: 'bench/images.bench.js', compiled: false, args: () => ['--idle', '0'] },
  {
    id: 'images-1m',
    script: 'bench:images',
    file: 'bench/images.bench.js',
    compiled: false,
    args: (outcomes) => {
      const baseline = listingP99(outcomes.find((o) => o.bench.id === 'images')?.output ?? '');
      return [
        ...['--images', '1000000', '--dir', IMAGES_1M_DIR, '--reuse', '--idle', '300'],
        ...(baseline === undefined ? [] : ['--baseline-p99', String(baseline)]),
      ];
    },
  },
  { id: 'ceiling', script: 'bench:ceiling', file: 'dist/bench/framework-ceiling.bench.js', compiled: true },
  { id: 'scheduler', script: 'bench:scheduler', file: 'dist/bench/scheduler.bench.js', compiled: true },
  { id: 'agents', script: 'bench:agents', file: 'dist/bench/agents.bench.js', compiled: true },
  { id: 'deep-json', script: 'bench:deep-json', file: 'dist/bench/deep-json.bench.js', compiled: true },
  { id: 'notifications', script: 'bench:notifications', file: 'dist/bench/notifications.bench.js', compiled: true },
  {
    id: 'restore-points',
    script: 'bench:restore-points',
    file: 'dist/bench/restore-points.bench.js',
    compiled: true,
  },
  { id: 'recoveries', script: 'bench:recoveries', file: 'dist/bench/recoveries.bench.js', compiled: true },
];

/** The full answer's p99 of the images benchmark's warm listing (`warm listing, catalog, … p99 X ms`). */
function listingP99(output) {
  const line = /^warm listing, catalog,.*?p99 ([\d.]+) ms/m.exec(output);
  return line ? Number(line[1]) : undefined;
}

/** Every `target … met / NOT met` line of a benchmark's output. */
function targets(output) {
  return output
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^target\b.*:\s*(met|NOT met)\b/.test(l));
}

function parseArgs(argv) {
  const options = { only: BENCHES.map((b) => b.id), out: path.join(ROOT, 'bench/results.md') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--only') options.only = argv[++i].split(',').map((s) => s.trim());
    else if (argv[i] === '--out') options.out = path.resolve(argv[++i]);
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return options;
}

/** Runs a command, streaming its output to ours; resolves with the output and the exit code. */
function run(command, args) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, args, { cwd: ROOT, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      output += d;
      process.stderr.write(d);
    });
    child.on('error', (error) => resolve({ code: 1, output: `${output}\n${error.message}`, ms: Date.now() - started }));
    child.on('exit', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output, ms: Date.now() - started }));
  });
}

const number = (s) => Number(String(s).replace(/,/g, ''));

/**
 * The throughput/latency figures in a benchmark's output, whatever its layout:
 * - `label: 123.4 req/s, p50 5 ms, p99 9 ms …` on one line (images);
 * - a title line, then `requests/s N …` and `latency p50 X ms, … p99 Y ms …` (register);
 * - `BENCH_RESULT {json}` with `results: [{ name, requestsPerSecond, p50, p99 }]` (ceiling).
 */
function figures(output) {
  const rows = [];
  const lines = output.split('\n');
  for (const [at, line] of lines.entries()) {
    const json = /^BENCH_RESULT (\{.*\})\s*$/.exec(line);
    if (json) {
      try {
        for (const r of JSON.parse(json[1]).results || [])
          rows.push({ at, label: r.name, rps: r.requestsPerSecond, p50: r.p50, p99: r.p99 });
      } catch {
        // not JSON after all
      }
      continue;
    }
    const inline = /^\s*(.+?):\s*([\d.,]+)\s*req\/s,\s*p50\s*([\d.]+)\s*ms,\s*p99\s*([\d.]+)\s*ms/.exec(line);
    if (inline)
      rows.push({
        at,
        label: inline[1].trim(),
        rps: number(inline[2]),
        p50: number(inline[3]),
        p99: number(inline[4]),
      });
  }
  for (let i = 0; i < lines.length; i++) {
    const rps = /^\s+requests\/s\s+([\d.,]+)/.exec(lines[i]);
    if (!rps) continue;
    let title = '';
    for (let j = i - 1; j >= 0 && !title; j--) if (lines[j].trim() && !/^\s/.test(lines[j])) title = lines[j].trim();
    let p50;
    let p99;
    for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
      const latency = /latency\s+p50\s+([\d.]+)\s*ms.*?p99\s+([\d.]+)\s*ms/.exec(lines[j]);
      if (latency) {
        p50 = number(latency[1]);
        p99 = number(latency[2]);
        break;
      }
    }
    rows.push({ at: i, label: title, rps: number(rps[1]), p50, p99 });
  }
  return rows.sort((a, b) => a.at - b.at);
}

/** Other one-line findings worth a place in the summary (targets, ratios, consistency checks). */
function highlights(output) {
  return output
    .split('\n')
    .map((l) => l.trim())
    .filter(
      (l) =>
        !l.startsWith('|') &&
        (/^(ratio|registrations\/s|jobs in database|cold|warm refresh|naive)\b/i.test(l) || /\btarget\b/i.test(l)),
    )
    .slice(0, 12);
}

function machine() {
  const cpus = os.cpus();
  let postgres = 'n/a';
  try {
    postgres = execFileSync('psql', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    // psql not installed
  }
  return [
    `- date: ${new Date().toISOString()}`,
    `- machine: ${cpus.length} × ${cpus[0] ? cpus[0].model : 'unknown CPU'}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, load average before the run ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
    `- Node ${process.version} on ${os.type()} ${os.release()}; ${postgres}`,
    `- DATABASE_URL: ${process.env.DATABASE_URL ? 'set' : 'unset (benchmarks use their own default)'}`,
  ];
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const selected = BENCHES.filter((b) => options.only.includes(b.id));
  const header = machine();
  if (selected.some((b) => b.compiled && !existsSync(path.join(ROOT, b.file)))) {
    process.stdout.write('\n==> npm run build (compiled benchmarks are missing from dist/)\n');
    const build = await run('npm', ['run', 'build']);
    if (build.code !== 0) throw new Error('npm run build failed');
  }
  const outcomes = [];
  for (const bench of selected) {
    const viaScript = Boolean(scripts[bench.script]);
    const args = bench.args ? bench.args(outcomes) : [];
    const command = viaScript
      ? ['npm', ['run', '--silent', bench.script, ...(args.length ? ['--', ...args] : [])]]
      : [process.execPath, [path.join(ROOT, bench.file), ...args]];
    const how = `${viaScript ? `npm run ${bench.script}` : `node ${bench.file}`}${args.length ? ` -- ${args.join(' ')}` : ''}`;
    process.stdout.write(`\n==> ${bench.id}: ${how}\n`);
    const result = await run(command[0], command[1]);
    outcomes.push({ bench, how, ...result });
  }

  const md = [
    '# Benchmark results',
    '',
    '`npm run bench` (bench/run-all.js). Numbers are from one run on the machine below; they move with machine load.',
    '',
    ...header,
    '',
  ];
  const allTargets = outcomes.flatMap((o) => targets(o.output).map((line) => ({ id: o.bench.id, line })));
  const missed = allTargets.filter((t) => /:\s*NOT met\b/.test(t.line));
  md.push(
    `## Targets: ${allTargets.length - missed.length} of ${allTargets.length} met`,
    '',
    ...allTargets.map((t) => `- ${t.id}: ${t.line}`),
    '',
  );
  md.push('| benchmark | scenario | req/s | p50 ms | p99 ms |', '|---|---|---:|---:|---:|');
  for (const o of outcomes) {
    const rows = figures(o.output);
    if (rows.length === 0)
      md.push(
        `| ${o.bench.id} | ${o.code === 0 ? '(no throughput figures printed)' : `**failed** (exit ${o.code})`} | | | |`,
      );
    for (const r of rows) {
      const rps = Number.isFinite(r.rps) ? r.rps.toFixed(0) : '';
      md.push(`| ${o.bench.id} | ${r.label.replace(/\|/g, '\\|')} | ${rps} | ${r.p50 ?? ''} | ${r.p99 ?? ''} |`);
    }
  }
  md.push('');
  for (const o of outcomes) {
    const notes = highlights(o.output);
    md.push(`## ${o.bench.id}`, '', `\`${o.how}\` — exit ${o.code}, ${(o.ms / 1000).toFixed(1)} s`, '');
    if (notes.length) md.push(...notes.map((n) => `- ${n}`), '');
    md.push('<details><summary>full output</summary>', '', '```', o.output.trim(), '```', '', '</details>', '');
  }
  writeFileSync(options.out, `${md.join('\n')}\n`);
  process.stdout.write(
    `\n# targets: ${allTargets.length - missed.length} of ${allTargets.length} met\n` +
      allTargets.map((t) => `${t.id}: ${t.line}\n`).join('') +
      `\nwrote ${path.relative(ROOT, options.out)}\n`,
  );
  if (outcomes.some((o) => o.code !== 0)) process.exitCode = 1;
}

module.exports = { figures, highlights, targets, listingP99 };

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${error.stack || error.message}\n`);
    process.exit(1);
  });
}
