/*
 * The reference agent's command line (spec §8, §14): flags and signals only; the agent itself is
 * libs/reference-agent. `npm run agent -- --help` prints USAGE.
 */
import { ReferenceAgent } from '@zdm/reference-agent';

const USAGE = `The reference agent (spec §8, §14):

  npm run agent -- --api http://localhost:3000/api --token <agent token> [--repository DIR]
                   [--source-root DIR] [--restore-root DIR]

  --api          base URL of the API (env ZDM_API)
  --token        the agent token from POST /api/agents (env ZDM_AGENT_TOKEN, which keeps it out of \`ps\`)
  --repository   where images are written and chains read (env BACKUP_REPOSITORY_PATH; default: the job's repository path)
  --source-root  back up real files: partition / from DIR/ROOT, /boot/efi from DIR/boot_efi, C: from DIR/C
                 (env ZDM_SOURCE_ROOT; without it images carry a filler payload)
  --restore-root restore runs write partition P into DIR/<P's directory, as above> (env ZDM_RESTORE_ROOT;
                 without it restore runs fail)
  --wait         long-poll seconds per claim (default 25)
  --steps        progress reports per run (default 5), --step-ms pause between them (default 200)

SIGTERM/SIGINT: stops polling at once; a run in progress is reported \`failed\`; exits 0.
A refused (revoked) token: exits 3. Bad arguments: exits 2.
`;

function parse(argv: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].includes('=') ? argv[i].split(/=(.*)/s) : [argv[i], undefined];
    if (!/^--(api|token|repository|source-root|restore-root|wait|steps|step-ms)$/.test(flag))
      throw new Error(`unknown option ${argv[i]}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    values[flag.slice(2)] = value;
  }
  return values;
}

function integer(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new Error(`--${flag} must be a non-negative integer`);
  return Number(value);
}

async function main(): Promise<void> {
  let agent: ReferenceAgent;
  try {
    if (process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h')) {
      process.stdout.write(USAGE);
      process.exit(0);
    }
    const args = parse(process.argv.slice(2));
    const api = args.api ?? process.env.ZDM_API;
    const token = args.token ?? process.env.ZDM_AGENT_TOKEN;
    if (!api || !token) throw new Error('--api and --token are required');
    if (!/^https?:\/\//.test(api)) throw new Error('--api must be an http(s) URL');
    agent = new ReferenceAgent({
      api,
      token,
      repository: args.repository ?? process.env.BACKUP_REPOSITORY_PATH,
      sourceRoot: args['source-root'] ?? process.env.ZDM_SOURCE_ROOT,
      restoreRoot: args['restore-root'] ?? process.env.ZDM_RESTORE_ROOT,
      waitSeconds: integer(args.wait, 'wait'),
      steps: integer(args.steps, 'steps'),
      stepMs: integer(args['step-ms'], 'step-ms'),
      log: (message) => process.stdout.write(`${new Date().toISOString()} agent: ${message}\n`),
    });
  } catch (error) {
    process.stderr.write(`agent: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      process.stdout.write(`${new Date().toISOString()} agent: ${signal}, stopping\n`);
      void agent.stop().then(() => process.exit(0));
    });
  }
  try {
    await agent.start();
    process.exit(0);
  } catch {
    process.exit(3);
  }
}

void main();
