import { Injectable, Logger } from '@nestjs/common';
import { AgentsService } from '@zdm/agents';
import { AppConfig } from '@zdm/common';
import { ServersService } from '@zdm/inventory';
import { RunEndOrchestrator } from '@zdm/runs';
import { ReferenceAgent } from '@zdm/reference-agent';
import { DEMO_SERVERS } from './demo-inventory';
import { demoAgentRoots } from './demo-sources';

/** Name of the agents the demo mode registers (replaced at every start: their tokens live in memory only). */
export const DEMO_AGENT_NAME = 'demo-agent';

/** What a run of an in-process demo agent says when the API stops during it. */
export const DEMO_STOPPED_MESSAGE = 'The agent was stopped during the run (the API stopped)';

/**
 * Demo mode (DEMO_AGENTS, on with DEMO): the reference agent runs in this process for every demo
 * server, against this API over HTTP like any agent, writing into the demo repository. So a job
 * registered in Swagger UI with `autoStart: use` really runs, and its image is listed when it ends;
 * its backups read the demo source tree and its restores write the demo restore tree (spec §14).
 */
@Injectable()
export class DemoAgents {
  private readonly logger = new Logger(DemoAgents.name);
  private readonly agents: ReferenceAgent[] = [];
  private readonly agentIds: number[] = [];

  constructor(
    private readonly config: AppConfig,
    private readonly registry: AgentsService,
    private readonly servers: ServersService,
    private readonly runEnd: RunEndOrchestrator,
  ) {}

  /** Registers a fresh agent per demo server (revoking the previous start's) and starts them. */
  async start(apiBase: string): Promise<number> {
    if (!this.config.demoAgents) return 0;
    for (const demo of DEMO_SERVERS) {
      const server = await this.servers.resolve(demo.name).catch(() => undefined);
      if (!server) continue;
      await this.registry.revokeNamed(server.id, DEMO_AGENT_NAME);
      const { id, token } = await this.registry.register({ server: server.id, name: DEMO_AGENT_NAME });
      this.agentIds.push(id);
      const agent = new ReferenceAgent({
        api: apiBase,
        token,
        repository: this.config.backupRepositoryPath,
        // Real bytes from DATA_DIR/demo-sources/<server>, restores into DATA_DIR/demo-restores/<server>
        // (spec §14); an in-memory demo (DATA_DIR=memory://) has no directory for them: filler images.
        ...(this.config.dataDir === 'memory://' ? {} : demoAgentRoots(this.config.dataDir, demo.name)),
        log: (message) => this.logger.debug(`${demo.name}: ${message}`),
      });
      agent.start().catch((error: unknown) => this.logger.warn(`demo agent of ${demo.name} stopped: ${String(error)}`));
      this.agents.push(agent);
    }
    this.logger.log(`Demo agents running for ${this.agents.length} servers`);
    return this.agents.length;
  }

  /**
   * Stops them (before the HTTP server closes, so no long poll holds it open). A run one of them was
   * performing ends `failed`, as the reference agent reports it on SIGTERM: the server no longer takes
   * new connections by now, so that report is made here, in-process (spec §13), not left to its lease.
   */
  async stop(): Promise<void> {
    await Promise.all(this.agents.splice(0).map((agent) => agent.stop()));
    const ids = this.agentIds.splice(0);
    const failed = await this.runEnd.failHeldBy(ids, DEMO_STOPPED_MESSAGE);
    if (failed.length) this.logger.log(`Demo agents stopped: ${failed.length} run(s) in progress ended failed`);
  }
}
