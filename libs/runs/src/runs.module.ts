import { Module } from '@nestjs/common';
import { JobStaleCheck } from './job-stale-check';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ImagesModule } from '@zdm/images';
import { InventoryModule } from '@zdm/inventory';
import { JobsModule } from '@zdm/jobs';
import { NotificationsModule } from '@zdm/notifications';
import { SchedulesModule } from '@zdm/schedules';
import { RunChains } from './run-chains';
import { RunEvents } from './run-events';
import { RunEventsRepository } from './run-events.repository';
import { RunClaims } from './run-claim';
import { RunEndOrchestrator } from './run-end.orchestrator';
import { RunExecutionService } from './run-execution.service';
import { RunLifecycle } from './run-lifecycle';
import { RunLogEntity } from './run-log.entity';
import { RunScheduler } from './run-scheduler';
import { RunEntity } from './run.entity';
import { RunTriggerEntity } from './run-trigger.entity';
import { RunMetrics } from './run.metrics';
import { RunsController } from './runs.controller';
import { RunLogRepository } from './run-log.repository';
import { RunReadModelsRepository } from './run-read-models.repository';
import { RunTriggersRepository } from './run-triggers.repository';
import { RunsRepository } from './runs.repository';
import { RunsCatalogJobs } from './runs-catalog-jobs';
import { RunsService } from './runs.service';
import { RunVerificationService } from './run-verification.service';
import { RestoreRunQueue } from './restore-run-queue';

/**
 * Runs (spec §7): the run model, the routes, the scheduler, and the agent side (RunExecutionService)
 * the agents lib builds on. apps/api binds @zdm/jobs' JobRunsPort to RunsService and @zdm/images'
 * CatalogJobsPort to RunsCatalogJobs.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([RunEntity, RunLogEntity, RunTriggerEntity]),
    InventoryModule,
    JobsModule,
    SchedulesModule,
    NotificationsModule,
    ImagesModule,
  ],
  controllers: [RunsController],
  providers: [
    RunsRepository,
    RunLogRepository,
    RunTriggersRepository,
    RunReadModelsRepository,
    RunLifecycle,
    RunMetrics,
    RunsService,
    RunExecutionService,
    RunEndOrchestrator,
    RunClaims,
    RunEvents,
    RunEventsRepository,
    RunScheduler,
    RunsCatalogJobs,
    JobStaleCheck,
    RunChains,
    RunVerificationService,
    RestoreRunQueue,
  ],
  exports: [
    RunsService,
    RunExecutionService,
    RunEndOrchestrator,
    RunClaims,
    RunScheduler,
    RunsCatalogJobs,
    RestoreRunQueue,
  ],
})
export class RunsModule {}
