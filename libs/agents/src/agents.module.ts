import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InventoryModule } from '@zdm/inventory';
import { NotificationsModule } from '@zdm/notifications';
import { RunsModule } from '@zdm/runs';
import { AgentEntity } from './agent.entity';
import { AgentOfflineCheck } from './agent-offline-check';
import { AgentMetrics } from './agent.metrics';
import { AgentProtocolController } from './agent-protocol.controller';
import { AgentTokenGuard } from './agent-token.guard';
import { AgentsController } from './agents.controller';
import { AgentsDirectory } from './agents.directory';
import { AgentsRepository } from './agents.repository';
import { AgentsService } from './agents.service';
import { AgentRunsController } from './runs/agent-runs.controller';
import { AgentRunsService } from './runs/agent-runs.service';
import { ClaimWaiters } from './runs/claim-waiters';

/**
 * Agents (spec §8): registration, tokens, presence, and the agent protocol (claim, lease, progress,
 * log, complete) on top of the runs lib, whose RunEndOrchestrator owns what follows a run's end.
 * `AgentsDirectory` is the runs lib's AgentDirectory port (bound in apps/api).
 */
@Module({
  imports: [TypeOrmModule.forFeature([AgentEntity]), InventoryModule, RunsModule, NotificationsModule],
  controllers: [AgentsController, AgentProtocolController, AgentRunsController],
  providers: [
    AgentsRepository,
    AgentsService,
    AgentMetrics,
    AgentTokenGuard,
    AgentRunsService,
    ClaimWaiters,
    AgentsDirectory,
    AgentOfflineCheck,
  ],
  exports: [AgentsService, AgentsDirectory, ClaimWaiters],
})
export class AgentsModule {}
