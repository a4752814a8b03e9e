/*
 * Writes the OpenAPI document the built app serves at /api/docs-json to `openapi.json` at the
 * repository root, and the client types generated from it (openapi-typescript) to
 * `test/client/zdm-api.d.ts` (`npm run openapi`); with `--check` fails when a committed file differs
 * from what the code generates (CI), so contract changes show up in diffs. Runs on the build output:
 * the Swagger CLI plugin (nest build) is what turns the DTO and response classes into schemas.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, validateEnvironment } from '@zdm/common';
import openapiTS, { astToString } from 'openapi-typescript';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from '../apps/api/src/app.module';
import { configureHttpPlatform, createFastifyAdapter } from '../apps/api/src/http-platform';

const root = join(__dirname, '..', '..');
const documentFile = join(root, 'openapi.json');
const clientTypesFile = join(root, 'test', 'client', 'zdm-api.d.ts');

const CLIENT_HEADER = '// Generated from openapi.json by `npm run openapi` (openapi-typescript). Do not edit.\n\n';

async function clientTypes(document: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(document) as Parameters<typeof openapiTS>[0]);
  return `${CLIENT_HEADER}${astToString(ast)}`;
}

async function generate(): Promise<string> {
  const settings = {
    DATA_DIR: 'memory://',
    DATABASE_URL: undefined,
    DEMO: 'false',
    LOG_LEVEL: 'silent',
    IMAGE_CATALOG_REFRESH_INTERVAL_MS: '0',
  };
  const config = new AppConfig(validateEnvironment(settings));
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config),
    createFastifyAdapter(config),
    {
      logger: false,
    },
  );
  try {
    const document = (await configureHttpPlatform(app, config))();
    return `${JSON.stringify(document, null, 2)}\n`;
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const document = await generate();
  const files: [string, string][] = [
    [documentFile, document],
    [clientTypesFile, await clientTypes(document)],
  ];
  if (process.argv.includes('--check')) {
    const stale = files.filter(([file, content]) => readOrEmpty(file) !== content).map(([file]) => file);
    if (stale.length > 0) {
      process.stderr.write(
        `${stale.join(', ')} differ from what the code generates: run \`npm run openapi\` and commit the result.\n`,
      );
      process.exit(1);
    }
    process.stdout.write('openapi.json and the client types match the code.\n');
    return;
  }
  for (const [file, content] of files) {
    writeFileSync(file, content);
    process.stdout.write(`wrote ${file}\n`);
  }
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
