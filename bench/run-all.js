#!/usr/bin/env node
/*
 * `npm run bench`: every benchmark of the project, one after the other, then a summary in
 * bench/results.md (a table of the throughput/latency lines each benchmark printed, the machine,
 * and each benchmark's full output).
 *
 *   register  — `npm run bench:register` (bench/register.bench.ts, run from dist/)
 *   images    — `npm run bench:images`   (bench/images.bench.js, runs the TypeScript sources)
 *   ceiling   — `npm run bench:ceiling`  (bench/framework-ceiling.bench.ts, run from dist/)
 *   scheduler — `npm run bench:scheduler` (bench/scheduler.bench.ts, run from dist/)
 *
 * A benchmark whose npm script is not defined (yet) is run directly from its file. The compiled
 * ones need `npm run build` first; this driver builds when dist/ lacks them. Options:
 *   --only register,images,ceiling   run a subset
 *   --out <file>                     where to write the summary (default bench/results.md)
 * Environment is passed through (DATABASE_URL, BENCH_SECONDS, BENCH_CONNECTIONS, …). Exit code 1
 * when a benchmark failed (its output is still in the summary).
 */
'use strict';
const { spawn, execFileSync } = require('node:child_process');
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const scripts = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts || {};

const BENCHES = [
  { id: 'register', script: 'bench:register', file: 'dist/bench/register.bench.js', compiled: true },
  { id: 'images', script: 'bench:images', file: 'bench/images.bench.js', compiled: false },
  { id: 'ceiling', script: 'bench:ceiling', file: 'dist/bench/framework-ceiling.bench.js', compiled: true },
  { id: 'scheduler', script: 'bench:scheduler', file: 'dist/bench/scheduler.bench.js', compiled: true },
];

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
    const command = viaScript
      ? ['npm', ['run', '--silent', bench.script]]
      : [process.execPath, [path.join(ROOT, bench.file)]];
    process.stdout.write(`\n==> ${bench.id}: ${viaScript ? `npm run ${bench.script}` : `node ${bench.file}`}\n`);
    const result = await run(command[0], command[1]);
    outcomes.push({ bench, how: viaScript ? `npm run ${bench.script}` : `node ${bench.file}`, ...result });
  }

  const md = [
    '# Benchmark results',
    '',
    '`npm run bench` (bench/run-all.js). Numbers are from one run on the machine below; they move with machine load.',
    '',
    ...header,
    '',
  ];
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
  process.stdout.write(`\nwrote ${path.relative(ROOT, options.out)}\n`);
  if (outcomes.some((o) => o.code !== 0)) process.exitCode = 1;
}

module.exports = { figures, highlights };

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${error.stack || error.message}\n`);
    process.exit(1);
  });
}
