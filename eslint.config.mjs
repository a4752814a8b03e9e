// ESLint flat config: typescript-eslint with type information for the TypeScript sources,
// Prettier owns formatting (eslint-config-prettier turns the stylistic rules off).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { dirname, relative, resolve, sep } from 'node:path';
import tseslint from 'typescript-eslint';
import ts from 'typescript';

/** A lib's public surface is its index.ts: `@zdm/<lib>` only, never `@zdm/<lib>/<path>`. */
const DEEP_IMPORT = { regex: '^@zdm/[^/]+/', message: "Import a lib through its index.ts ('@zdm/<lib>')." };

/**
 * A relative import must stay inside its own lib (or app): `../../schedules/src/…` would bypass both
 * the index-only rule and the lib graph below.
 */
const staysInItsPackage = {
  meta: {
    type: 'problem',
    messages: {
      outside: "'{{source}}' leaves {{root}}: import another lib as '@zdm/<lib>'.",
      unknownLib: 'libs/{{lib}} is not in LIB_GRAPH (eslint.config.mjs): say which libs it may import.',
    },
  },
  create(context) {
    const root = /^((?:libs|apps)\/[^/]+)\//.exec(relative(context.cwd, context.filename).split(sep).join('/'))?.[1];
    const check = (node) => {
      const source = node.source?.value;
      if (!root || typeof source !== 'string' || !source.startsWith('.')) return;
      const target = relative(resolve(context.cwd, root), resolve(dirname(context.filename), source));
      if (target.startsWith('..')) context.report({ node: node.source, messageId: 'outside', data: { source, root } });
    };
    const lib = /^libs\/([^/]+)$/.exec(root ?? '')?.[1];
    return {
      Program: (node) => {
        if (lib && !(lib in LIB_GRAPH)) context.report({ node, messageId: 'unknownLib', data: { lib } });
      },
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

/**
 * Persistence stays behind each lib's own surface (issue 20): a lib's index.ts exports no entity, no
 * repository and nothing of TypeORM (`EntityManager`, …), so no lib reads or writes another lib's
 * tables through its classes; other libs get plain row types (`Server`, `BackupJob`, `Run`) and the
 * lib's services, and name another lib's entity in a relation by its name (`@ManyToOne('ServerEntity')`).
 * Type-aware: every name the index exports, `export *` included, is traced to its declaration.
 * A port (`*.port.ts`) speaks `Transaction` (@zdm/database), never TypeORM's types.
 */
const entitiesStayInside = {
  meta: {
    type: 'problem',
    messages: {
      entity:
        "index.ts exports '{{name}}', an entity ({{file}}): export a row type and keep the entity inside the lib.",
      repository:
        "index.ts exports '{{name}}' from a repository ({{file}}): other libs call the lib's services, not its repositories.",
      typeorm: "'{{name}}' is TypeORM's: a lib's surface passes `Transaction` (@zdm/database), not TypeORM types.",
      portImportsTypeorm: "A port speaks `Transaction` (@zdm/database), not TypeORM's '{{source}}'.",
    },
  },
  create(context) {
    const file = relative(context.cwd, context.filename).split(sep).join('/');
    if (/^libs\/[^/]+\/src\/.*\.port\.ts$/.test(file)) {
      return {
        ImportDeclaration(node) {
          if (/^typeorm(\/|$)/.test(node.source.value))
            context.report({ node: node.source, messageId: 'portImportsTypeorm', data: { source: node.source.value } });
        },
      };
    }
    if (!/^libs\/[^/]+\/src\/index\.ts$/.test(file)) return {};
    const services = context.sourceCode.parserServices;
    return {
      Program(program) {
        const checker = services.program.getTypeChecker();
        const moduleSymbol = checker.getSymbolAtLocation(services.esTreeNodeToTSNodeMap.get(program));
        if (!moduleSymbol) return;
        for (const exported of checker.getExportsOfModule(moduleSymbol)) {
          const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
          for (const declaration of symbol.declarations ?? []) {
            const declaredIn = relative(context.cwd, declaration.getSourceFile().fileName).split(sep).join('/');
            const data = { name: exported.name, file: declaredIn };
            const decorators = (declaration.modifiers ?? []).filter((m) => ts.isDecorator(m));
            const isEntity = decorators.some((d) => /^Entity\b/.test(d.expression.getText()));
            if (declaredIn.includes('node_modules/typeorm/'))
              context.report({ node: program, messageId: 'typeorm', data });
            else if (isEntity || /\.entity\.ts$/.test(declaredIn))
              context.report({ node: program, messageId: 'entity', data });
            else if (/\.repository\.ts$/.test(declaredIn))
              context.report({ node: program, messageId: 'repository', data });
          }
        }
      },
    };
  },
};

/**
 * One transaction idiom (issue 20): services run their work through `TransactionRunner.run`
 * (@zdm/database) and hand the `Transaction` to repositories; no `dataSource.transaction(…)`,
 * `manager.transaction(…)` or raw BEGIN/COMMIT outside libs/database.
 */
const oneTransactionIdiom = {
  meta: {
    type: 'problem',
    messages: {
      call: 'Open transactions with TransactionRunner.run (@zdm/database), not `.transaction(…)`.',
      raw: 'Open transactions with TransactionRunner.run (@zdm/database), not a raw {{statement}}.',
    },
  },
  create(context) {
    return {
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier') return;
        if (callee.property.name === 'transaction') context.report({ node, messageId: 'call' });
        const first = node.arguments[0];
        if (callee.property.name === 'query' && first?.type === 'Literal' && typeof first.value === 'string') {
          const statement = /^\s*(BEGIN|START TRANSACTION|COMMIT|ROLLBACK)\b/i.exec(first.value)?.[1];
          if (statement) context.report({ node, messageId: 'raw', data: { statement: statement.toUpperCase() } });
        }
      },
    };
  },
};

/**
 * Which libs each lib may import (an arrow of the lib graph; it must stay a DAG). apps/api, test/
 * and bench/ may import every lib, through its index only.
 */
const LIB_GRAPH = {
  // agents speaks the agent protocol only: what follows a run's end is the runs lib's (RunEndOrchestrator).
  // agents → notifications: the agent.offline check writes its event to the outbox.
  agents: ['runs', 'inventory', 'notifications', 'common', 'database'],
  // recoveries → jobs: a recovery restores a backup job's restore points (its partition's jobs, names).
  // recoveries → notifications: a restore run's end is its recovery's event, written in the ending transaction.
  recoveries: ['runs', 'jobs', 'images', 'inventory', 'notifications', 'common', 'database'],
  // runs → images: runs implements the catalog's CatalogJobsPort (the jobs and runs behind images), and
  // its run-end orchestrator reads a run's image into the catalog and has retention carried out.
  runs: ['jobs', 'schedules', 'images', 'inventory', 'notifications', 'common', 'database'],
  notifications: ['common', 'database'],
  jobs: ['schedules', 'inventory', 'common', 'database'],
  // images → image-format: the image file name rule is the format's (the reference agent names by it too).
  images: ['image-format', 'common', 'database'],
  schedules: ['inventory', 'common', 'database'],
  audit: ['inventory', 'common', 'database'],
  auth: ['inventory', 'common'],
  inventory: ['common', 'database'],
  database: ['common'],
  common: [],
  // The reference agent (backup, verify, restore of real bytes): used by apps/agent and the demo.
  'reference-agent': ['image-format'],
  // The sample ZIA format: header, payload, checksum, chain. Nothing of ours.
  'image-format': [],
};

/** Time only through the injected Clock and Timers (see the block that uses it). */
const ONE_CLOCK = [
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'Read time from the injected Clock (libs/common/src/time/clock.ts), not new Date().',
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'Read time from the injected Clock (libs/common/src/time/clock.ts), not Date.now().',
  },
  {
    selector: "CallExpression[callee.name='setInterval']",
    message: 'Repeat work through the injected Timers (libs/common/src/time/timers.ts), not setInterval.',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'libs/images/reference-cli/bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: {
      zdm: {
        rules: {
          'stays-in-its-package': staysInItsPackage,
          'entities-stay-inside': entitiesStayInside,
          'one-transaction-idiom': oneTransactionIdiom,
        },
      },
    },
    rules: {
      'zdm/stays-in-its-package': 'error',
      'zdm/entities-stay-inside': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [DEEP_IMPORT] }],
    },
  },
  // The lib graph (docs/architecture in /work/shared/design, docs/conventions.md): each lib imports
  // only the libs below it. A lower lib that needs a higher one declares a port the app binds.
  ...Object.entries(LIB_GRAPH).map(([lib, allowed]) => ({
    files: [`libs/${lib}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            DEEP_IMPORT,
            {
              regex: allowed.length > 0 ? `^@zdm/(?!(${allowed.join('|')})$)` : '^@zdm/',
              message: `libs/${lib} may import ${allowed.length > 0 ? allowed.map((l) => `@zdm/${l}`).join(', ') : 'no other lib'} (the lib graph is a DAG; a need upwards goes through a port bound in apps/api).`,
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['libs/*/src/**/*.ts', 'apps/*/src/**/*.ts'],
    ignores: ['**/*.spec.ts', 'libs/database/src/**'],
    rules: { 'zdm/one-transaction-idiom': 'error' },
  },
  // No source file over 400 lines (issue 20): a longer one holds more than one concern; split it.
  {
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: { 'max-lines': ['error', { max: 400 }] },
  },
  // One clock (issue 20): services and domain code read time from the injected `Clock` and repeat work
  // through `Timers`, so tests move time instead of sleeping. The exceptions are the two adapters
  // themselves, the answer's own envelope timestamp (the wall clock at which it is sent), the
  // reference cache's TTL, and the sample-repository generator (a script's stopwatch).
  {
    files: ['libs/*/src/**/*.ts', 'apps/api/src/**/*.ts'],
    ignores: [
      '**/*.spec.ts',
      'libs/common/src/time/clock.ts',
      'libs/common/src/time/timers.ts',
      'libs/common/src/envelope/success-envelope.ts',
      'libs/common/src/errors/exception.filter.ts',
      'libs/common/src/cache/reference-cache.ts',
      'libs/image-format/src/sample-repository.ts',
      'libs/reference-agent/src/**',
    ],
    rules: { 'no-restricted-syntax': ['error', ...ONE_CLOCK] },
  },
  // HTTP at the edge (issue 20): services, orchestrators, repositories and domain code throw
  // `Refusal` (a code of the one table, no status); `AppException` is for controllers, guards and
  // the platform. Same files' time rules as above (a later block replaces the rule's options).
  {
    files: [
      'libs/*/src/**/*.service.ts',
      'libs/*/src/**/*.orchestrator.ts',
      'libs/*/src/**/*.repository.ts',
      'libs/*/src/**/domain/**/*.ts',
    ],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...ONE_CLOCK,
        {
          selector: "ImportSpecifier[imported.name='AppException']",
          message: 'Throw a Refusal (@zdm/common) here; AppException (with an HTTP status) is for the HTTP edge.',
        },
      ],
    },
  },
  {
    // apps/agent is the reference agent's CLI (flags, signals): everything else is in its lib.
    files: ['apps/agent/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            DEEP_IMPORT,
            { regex: '^@zdm/(?!reference-agent$)', message: 'apps/agent may import @zdm/reference-agent only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        URL: 'readonly',
        global: 'readonly',
        fetch: 'readonly',
        performance: 'readonly',
        setImmediate: 'readonly',
        exports: 'writable',
        __filename: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
