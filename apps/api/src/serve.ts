import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DEMO_ADMIN_PASSWORD } from '@zdm/auth';
import { AppConfig } from '@zdm/common';
import { Server } from 'node:net';
import { AppModule } from './app.module';
import { DemoAgents } from './demo/demo-agents';
import { configureHttpPlatform, createFastifyAdapter } from './http-platform';

/**
 * The API with valid settings (main.ts checked them): the Nest app on Fastify, listening, its demo
 * agents started, SIGTERM/SIGINT handled, and the start-up banner printed.
 */
export async function serve(config: AppConfig): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config),
    createFastifyAdapter(config),
    // Nest's JSON parser is replaced by ours (parseJsonBodies): it must not register its own.
    { bufferLogs: true, bodyParser: false },
  );
  const appConfig = config;
  await configureHttpPlatform(app, appConfig);
  await app.listen(appConfig.port, appConfig.host);
  const demoAgents = app.get(DemoAgents);
  exitGracefullyOn(['SIGTERM', 'SIGINT'], app, appConfig.shutdownGraceMs, () => demoAgents.stop());
  const base = `http://${appConfig.host === '0.0.0.0' ? 'localhost' : appConfig.host}:${appConfig.port}`;
  // The demo's reference agents call this API over loopback, like any agent would.
  const loopback = ['0.0.0.0', '::'].includes(appConfig.host) ? '127.0.0.1' : appConfig.host;
  const agents = await demoAgents.start(
    `http://${loopback.includes(':') ? `[${loopback}]` : loopback}:${appConfig.port}/api`,
  );
  const lines = [
    `ZDM API listening on ${base}/api (also ${base}/api/v1)`,
    `Swagger UI: ${base}/api/docs   OpenAPI: ${base}/api/docs-json`,
    `Database: ${appConfig.embeddedDatabase ? `embedded PGlite in ${appConfig.embeddedDataDir}` : 'PostgreSQL (DATABASE_URL)'}`,
  ];
  if (appConfig.demo) {
    const password = appConfig.adminPassword ? '<ADMIN_PASSWORD>' : DEMO_ADMIN_PASSWORD;
    lines.push(
      `Demo data loaded. Get a token:`,
      `  curl -s -X POST ${base}/api/auth/issue -H 'Content-Type: application/json' -d '{"email":"${appConfig.adminEmail}","password":"${password}"}'`,
      `then "Authorize" in Swagger UI with the token, or send "Authorization: Bearer <token>".`,
    );
    if (agents) {
      lines.push(
        `Reference agents run in-process for ${agents} demo servers: register a job with "autoStart": "use" and watch it run.`,
      );
    }
  }
  process.stdout.write(`\n${lines.join('\n')}\n\n`);
}

/**
 * SIGTERM/SIGINT: first close the HTTP server (new connections are refused, in-flight requests
 * finish; Fastify's close waits for them), then run the modules' shutdown hooks (Nest's own
 * `app.close()` would run the hooks first and keep accepting meanwhile), then exit 0. All within
 * SHUTDOWN_GRACE_MS.
 */
function exitGracefullyOn(
  signals: NodeJS.Signals[],
  app: NestFastifyApplication,
  graceMs: number,
  beforeClose: () => Promise<void>,
): void {
  let closing = false;
  for (const signal of signals) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      const force = setTimeout(() => {
        process.stderr.write(`Shutdown took longer than ${graceMs} ms; exiting.\n`);
        process.exit(1);
      }, graceMs);
      force.unref();
      // Refuse new connections now; then stop the in-process agents (a run in progress is reported
      // over their open connections); Fastify's close (inside app.close) waits for in-flight requests
      // and closes idle keep-alive sockets.
      const server = app.getHttpServer() as import('node:http').Server;
      // Stop listening at once (net.Server's close: http.Server's would also drop idle connections at
      // once). A request a client already sent on an open connection may not have been read yet, when
      // the event loop was busy: after one full turn of the loop it has been, and its connection is
      // no longer idle; only then are idle connections closed.
      Server.prototype.close.call(server);
      afterOneTurn()
        .then(() => server.closeIdleConnections())
        .then(beforeClose)
        .catch(() => undefined)
        .then(() => app.close())
        .then(() => process.exit(0))
        .catch((error: unknown) => {
          process.stderr.write(`Shutdown failed: ${String(error)}\n`);
          process.exit(1);
        });
    });
  }
}

/** Resolves after one full turn of the event loop: its poll phase has read what had arrived. */
function afterOneTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}
