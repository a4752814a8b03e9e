import { Global, Module } from '@nestjs/common';
import { AgentsModule, AgentsService, RetentionOnCompletion } from '@zdm/agents';
import { JobRunsPort } from '@zdm/jobs';
import { AgentDirectory, RunCompletedListener, RunsModule, RunsService } from '@zdm/runs';

/**
 * Ports a lower lib declares and a higher lib implements (docs/architecture): bound here, globally,
 * so the lower lib's module never imports the higher one.
 * - JobRunsPort (@zdm/jobs: `PUT status: start|stop`, `autoStart`) → RunsService (@zdm/runs).
 * - RunCompletedListener (@zdm/runs: after a run ends) → RetentionOnCompletion (@zdm/agents).
 * - AgentDirectory (@zdm/runs: agent names on runs) → AgentsService (@zdm/agents).
 */
@Global()
@Module({
  imports: [RunsModule, AgentsModule],
  providers: [
    { provide: JobRunsPort, useExisting: RunsService },
    { provide: RunCompletedListener, useExisting: RetentionOnCompletion },
    { provide: AgentDirectory, useExisting: AgentsService },
  ],
  exports: [JobRunsPort, RunCompletedListener, AgentDirectory],
})
export class PortsModule {}
