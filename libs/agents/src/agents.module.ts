import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ImagesModule } from '@zdm/images';
import { InventoryModule } from '@zdm/inventory';
import { JobsModule } from '@zdm/jobs';
import { NotificationsModule } from '@zdm/notifications';
import { RunsModule } from '@zdm/runs';
import { AgentEntity } from './agent.entity';
import { AgentOfflineCheck } from './agent-offline-check';
import { AgentMetrics } from './agent.metrics';
import { AgentProtocolController } from './agent-protocol.controller';
import { AgentTokenGuard } from './agent-token.guard';
import { AgentsController } from './agents.controller';
import { AgentsRepository } from './agents.repository';
import { AgentsService } from './agents.service';
import { AgentRunsController } from './runs/agent-runs.controller';
import { AgentRunsService } from './runs/agent-runs.service';
import { ClaimWaiters } from './runs/claim-waiters';
import { RetentionOnCompletion } from './runs/retention-on-completion.listener';

/**
 * Agents (spec §8): registration, tokens, presence, the agent protocol on top of the runs lib's
 * execution methods; retention's enforcement after a successful run (`RetentionOnCompletion`, bound
 * to the runs lib's RunCompletedListener port in apps/api; the plan is the images lib's).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([AgentEntity]),
    InventoryModule,
    JobsModule,
    ImagesModule,
    RunsModule,
    NotificationsModule,
  ],
  controllers: [AgentsController, AgentProtocolController, AgentRunsController],
  providers: [
    AgentsRepository,
    AgentsService,
    AgentMetrics,
    AgentTokenGuard,
    AgentRunsService,
    ClaimWaiters,
    RetentionOnCompletion,
    AgentOfflineCheck,
  ],
  exports: [AgentsService, RetentionOnCompletion, ClaimWaiters],
})
export class AgentsModule {}
