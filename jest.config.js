// Three projects: `unit` (pure domain rules and providers, next to the code), `medium` (services on
// embedded PGlite with a moved clock, no HTTP: test/medium) and `e2e`
// (the real HTTP stack against a real database: PostgreSQL when DATABASE_URL is set, else PGlite).
const moduleNameMapper = {
  '^@zdm/([a-z-]+)$': '<rootDir>/libs/$1/src',
  '^@zdm/([a-z-]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
};
const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json', diagnostics: false }],
  // p-retry@7 (the agent's retries, with its dependency is-network-error) ships ESM only; jest's CJS
  // loader needs it transpiled (jest loads ESM through `require` natively only from Node 24.9). Node
  // itself loads it natively at run time (`require(esm)`, on by default since Node 20.19).
  '^.+/node_modules/(p-retry|is-network-error)/.+\\.js$': [
    'ts-jest',
    { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022', isolatedModules: true }, diagnostics: false },
  ],
};
const transformIgnorePatterns = ['/node_modules/(?!(p-retry|is-network-error)/)'];
module.exports = {
  testTimeout: 60000,
  // One worker per core (jest's default leaves one core to itself, which is none at all on a 2-core
  // machine). Each file has its own databases (PGlite in memory, or a fresh PostgreSQL database),
  // repository and temporary directories, so files run side by side; a worker is single-threaded
  // and mostly waits on PGlite, Nest's boot and child processes, so the parent needs no core of its own.
  maxWorkers: '100%',
  // A worker's heap grows by about 35 MB per e2e file (each file loads the whole app in its own
  // module registry, and not all of it is freed), and the garbage collector's work grows with it: an
  // e2e file cost 4 s of CPU at a 200 MB heap, 8 s at 700 MB, and about 18 s late in a full run
  // (2-3 GB). A worker whose heap is over this after a file is replaced (about 2 s of CPU), which
  // happens every five to ten e2e files.
  workerIdleMemoryLimit: '350MB',
  globalSetup: '<rootDir>/test/support/global-setup.js',
  projects: [
    {
      displayName: 'unit',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'],
      moduleNameMapper,
      transform,
      transformIgnorePatterns,
    },
    {
      // Services on embedded PGlite, a temporary directory and a moved clock; no HTTP (test/support/medium-context.ts).
      displayName: 'medium',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/medium/**/*.medium-spec.ts'],
      moduleNameMapper,
      transform,
      transformIgnorePatterns,
    },
    {
      displayName: 'e2e',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/openapi-contract.setup.ts'],
      moduleNameMapper,
      transform,
      transformIgnorePatterns,
    },
  ],
};
