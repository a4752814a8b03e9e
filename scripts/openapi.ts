/*
 * Writes the OpenAPI document the built app serves at /api/docs-json to `openapi.json` at the
 * repository root (`npm run openapi`), or with `--check` fails when the committed file differs from
 * what the code generates (CI), so contract changes show up in diffs. Runs on the build output:
 * the Swagger CLI plugin (nest build) is what turns the DTO and response classes into schemas.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, validateEnvironment } from '@zdm/common';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from '../apps/api/src/app.module';
import { configureHttpPlatform, createFastifyAdapter } from '../apps/api/src/http-platform';

const root = join(__dirname, '..', '..');
const target = join(root, 'openapi.json');

async function generate(): Promise<string> {
  const settings = {
    DATA_DIR: 'memory://',
    DATABASE_URL: undefined,
    JWT_SECRET: 'openapi-document-generation-only',
    DEMO: 'false',
    LOG_LEVEL: 'silent',
    IMAGE_CATALOG_REFRESH_INTERVAL_MS: '0',
  };
  const config = new AppConfig(validateEnvironment(settings));
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(settings),
    createFastifyAdapter(config),
    {
      logger: false,
    },
  );
  try {
    const document = await configureHttpPlatform(app, app.get(AppConfig));
    return `${JSON.stringify(document, null, 2)}\n`;
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const generated = await generate();
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(target, 'utf8');
    } catch {
      // missing file: reported below
    }
    if (committed !== generated) {
      process.stderr.write(
        'openapi.json differs from the document the code generates: run `npm run openapi` and commit the result.\n',
      );
      process.exit(1);
    }
    process.stdout.write('openapi.json matches the code.\n');
    return;
  }
  writeFileSync(target, generated);
  process.stdout.write(`wrote ${target}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
