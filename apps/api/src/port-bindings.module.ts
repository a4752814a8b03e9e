import { Global, Module } from '@nestjs/common';
import { AgentsDirectory, AgentsModule, AgentsService } from '@zdm/agents';
import { AgentTokenCheck, AuthModule, LoginLimiter } from '@zdm/auth';
import { CatalogJobsPort } from '@zdm/images';
import { PasswordAttemptLimit } from '@zdm/inventory';
import { JobRunsPort, JobScheduleUsage, JobsModule } from '@zdm/jobs';
import { RecoveriesModule, RecoveryRuns } from '@zdm/recoveries';
import { AgentDirectory, RestoreRunsPort, RunsCatalogJobs, RunsModule, RunsService } from '@zdm/runs';
import { ScheduleUsagePort } from '@zdm/schedules';

/**
 * Ports bound to their implementations. A lower lib declares a port (an abstract class used as the
 * injection token) for what it needs from a higher one; the higher lib implements it; only the app
 * knows both. Global, so the declaring lib's module needs no import of the implementing one (which
 * imports it):
 * - ScheduleUsagePort (@zdm/schedules: which jobs use a schedule) → JobScheduleUsage (@zdm/jobs).
 * - JobRunsPort (@zdm/jobs: `PUT status: start|stop`, `autoStart`) → RunsService (@zdm/runs).
 * - AgentDirectory (@zdm/runs: agent names on runs) → AgentsDirectory (@zdm/agents).
 * - CatalogJobsPort (@zdm/images: the jobs and runs behind images) → RunsCatalogJobs (@zdm/runs).
 * - AgentTokenCheck (@zdm/auth: agent tokens, checked before the body) → AgentsService (@zdm/agents).
 * - PasswordAttemptLimit (@zdm/inventory: `currentPassword` checks) → LoginLimiter (@zdm/auth).
 * - RestoreRunsPort (@zdm/runs: a restore run's mapping and end event) → RecoveryRuns (@zdm/recoveries).
 */
@Global()
@Module({
  imports: [JobsModule, RunsModule, AgentsModule, AuthModule, RecoveriesModule],
  providers: [
    { provide: ScheduleUsagePort, useExisting: JobScheduleUsage },
    { provide: JobRunsPort, useExisting: RunsService },
    { provide: AgentDirectory, useExisting: AgentsDirectory },
    { provide: CatalogJobsPort, useExisting: RunsCatalogJobs },
    { provide: AgentTokenCheck, useExisting: AgentsService },
    { provide: PasswordAttemptLimit, useExisting: LoginLimiter },
    { provide: RestoreRunsPort, useExisting: RecoveryRuns },
  ],
  exports: [
    ScheduleUsagePort,
    JobRunsPort,
    AgentDirectory,
    CatalogJobsPort,
    AgentTokenCheck,
    PasswordAttemptLimit,
    RestoreRunsPort,
  ],
})
export class PortBindingsModule {}
