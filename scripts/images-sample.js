#!/usr/bin/env node
/*
 * Writes a sample backup repository of ZIA-SAMPLE images (format: libs/images/reference-cli/README.md).
 *
 *   npm run images:sample -- --dir D [--servers S] [--images N] [--seed K] [--payload BYTES] [--seed-images]
 *
 *   --dir          target directory (created); default $BACKUP_REPOSITORY_PATH or ./data/ZConverter
 *   --servers      number of servers (default 20); server 0 is the seed's `source-centos7-bios (192.168.2.104)`
 *   --images       number of images (default 1000)
 *   --seed         PRNG seed (default 1): same options, same files
 *   --payload      filler bytes after each header (default 64)
 *   --seed-images  also write the seed document's two exact images at the top of --dir
 *
 * The generator lives in libs/image-format/src/sample-repository.ts (also used by tests and the bench);
 * this script loads it from source with TypeScript's transpiler (no build, no ts-node needed).
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

function loadTypeScriptSource(file) {
  const ts = require('typescript');
  const previous = require.extensions['.ts'];
  require.extensions['.ts'] = (module, filename) => {
    const source = fs.readFileSync(filename, 'utf8');
    const { outputText } = ts.transpileModule(source, {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    });
    module._compile(outputText, filename);
  };
  try {
    return require(file);
  } finally {
    if (previous) require.extensions['.ts'] = previous;
    else delete require.extensions['.ts'];
  }
}

const SRC = path.resolve(__dirname, '../libs/image-format/src');

function loadGenerator() {
  return {
    ...loadTypeScriptSource(path.join(SRC, 'sample-repository.ts')),
    ...loadTypeScriptSource(path.join(SRC, 'sample-image.ts')),
  };
}

function parseArgs(argv) {
  const options = {
    dir: process.env.BACKUP_REPOSITORY_PATH || path.resolve('data/ZConverter'),
    servers: 20,
    images: 1000,
    seed: 1,
    payload: 64,
    seedImages: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = () => {
      const v = inline !== undefined ? inline : argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    const integer = () => {
      const v = value();
      if (!/^\d+$/.test(v)) throw new Error(`${flag} must be a non-negative integer, got ${v}`);
      return Number(v);
    };
    switch (flag) {
      case '--dir':
        options.dir = path.resolve(value());
        break;
      case '--servers':
        options.servers = integer();
        break;
      case '--images':
        options.images = integer();
        break;
      case '--seed':
        options.seed = integer();
        break;
      case '--payload':
        options.payload = integer();
        break;
      case '--seed-images':
        options.seedImages = true;
        break;
      case '-h':
      case '--help':
        options.help = true;
        break;
      default:
        throw new Error(`unknown option ${arg}`);
    }
  }
  if (options.servers < 1) throw new Error('--servers must be at least 1');
  return options;
}

function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`images-sample: ${error.message}`);
    process.exit(2);
  }
  if (options.help) {
    console.log(fs.readFileSync(__filename, 'utf8').split('\n').slice(2, 15).join('\n'));
    return;
  }
  const { generateSampleRepository, writeSeedImages } = loadGenerator();
  const summary = generateSampleRepository({
    dir: options.dir,
    servers: options.servers,
    images: options.images,
    seed: options.seed,
    payloadBytes: options.payload,
  });
  console.log(
    `wrote ${summary.files} images for ${summary.servers.length} servers under ${summary.dir} in ${summary.ms} ms`,
  );
  if (options.seedImages) {
    for (const file of writeSeedImages(options.dir)) console.log(`wrote seed image ${file}`);
  }
}

module.exports = { loadGenerator };

if (require.main === module) main();
