#!/usr/bin/env node
/*
 * Runs a TypeScript entry point of this repository from source in a child process (the tests start
 * the reference agent this way, so `npm test` needs no build):
 *
 *   node test/support/ts-child.js apps/agent/src/main.ts --api … --token …
 *
 * `.ts` files are transpiled on load with TypeScript's own transpiler (CommonJS, decorators), and
 * `@zdm/<lib>` resolves to libs/<lib>/src as tsconfig's paths say.
 */
'use strict';
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const ts = require('typescript');

const root = path.resolve(__dirname, '../..');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  const alias = /^@zdm\/([a-z-]+)(\/.*)?$/.exec(request);
  if (alias) request = path.join(root, 'libs', alias[1], 'src', alias[2] ?? '');
  return resolveFilename.call(this, request, parent, ...rest);
};
require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      experimentalDecorators: true,
      emitDecoratorMetadata: true,
    },
  });
  module._compile(outputText, filename);
};

const [entry, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], entry, ...args];
require(path.resolve(root, entry));
