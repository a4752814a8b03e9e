#!/usr/bin/env node
/*
 * Starts the built app the way the README does (embedded default, demo data), in a throw-away
 * DATA_DIR, and checks what a newcomer does first: health, Swagger UI, the OpenAPI document with
 * DTO properties (the Swagger CLI plugin ran), a token, the servers and partitions. Then SIGTERM:
 * the process must exit 0. Exit code 0 when all of that holds.
 */
'use strict';
const { spawn } = require('node:child_process');
const { mkdtempSync, rmSync } = require('node:fs');
const { createServer } = require('node:net');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const root = join(__dirname, '..');

function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return res;
    } catch {
      // not up yet: try again
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no answer from ${url} within ${ms} ms`);
}

function check(condition, what) {
  if (!condition) throw new Error(`smoke check failed: ${what}`);
  console.log(`ok - ${what}`);
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'zdm-smoke-'));
  const port = await freePort();
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.BACKUP_REPOSITORY_PATH;
  delete env.ADMIN_PASSWORD;
  const child = spawn(process.execPath, ['dist/apps/api/src/main.js'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/api/health`, 60_000);
    check(true, 'GET /api/health answers 200');
    const ui = await fetch(`${base}/api/docs`);
    check(ui.ok && (ui.headers.get('content-type') || '').includes('text/html'), 'Swagger UI at /api/docs');
    const doc = await (await fetch(`${base}/api/docs-json`)).json();
    const schema = doc.components.schemas.IssueTokenDto;
    check(
      schema && schema.properties && schema.properties.email && schema.properties.password,
      'OpenAPI documents DTO properties (CLI plugin)',
    );
    check(/curl -s -X POST .*\/api\/auth\/issue/.test(out), 'start-up output says how to get a token');
    const password = /"password":"([^"]+)"/.exec(out)[1];
    const email = /"email":"([^"]+)"/.exec(out)[1];
    const issued = await fetch(`${base}/api/v1/auth/issue`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    check(issued.status === 201, 'POST /api/v1/auth/issue with the printed demo credentials → 201');
    const token = (await issued.json()).data.token;
    const servers = await (
      await fetch(`${base}/api/servers`, { headers: { authorization: `Bearer ${token}` } })
    ).json();
    check(
      servers.data.some((s) => s.name === 'source-centos7-bios (192.168.2.104)'),
      'demo servers listed',
    );
    const parts = await (
      await fetch(`${base}/api/servers/${encodeURIComponent('SOURCE-2012 (192.168.0.179)')}/partitions`, {
        headers: { authorization: token },
      })
    ).json();
    check(parts.data.map((p) => p.letter).join(',') === 'C:,D:', 'demo partitions listed');
  } finally {
    child.kill('SIGTERM');
  }
  const { code, signal } = await exited;
  check(code === 0, `SIGTERM → exit code 0 (got ${code}${signal ? ` / ${signal}` : ''})`);
  rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
