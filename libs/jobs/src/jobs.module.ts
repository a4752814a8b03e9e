import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InventoryModule } from '@zdm/inventory';
import { SchedulesModule } from '@zdm/schedules';
import { BackupJobIdentities } from './backup-job-identities';
import { BackupJobEntity } from './backup-job.entity';
import { BackupJobLookup } from './backup-job.lookup';
import { BackupJobsRepository } from './backup-jobs.repository';
import { BackupJobsController } from './backup-jobs.controller';
import { BackupJobsService } from './backup-jobs.service';
import { JobScheduleUsage } from './job-schedule-usage';
import { JobStatusRepository } from './job-status.repository';
import { JobStatusService } from './job-status.service';
import { BackupRegistrationService } from './registration/backup-registration.service';

/** Backup jobs: registration, lookups, changes, removal (spec §4). */
@Module({
  imports: [TypeOrmModule.forFeature([BackupJobEntity]), InventoryModule, SchedulesModule],
  controllers: [BackupJobsController],
  providers: [
    BackupJobsRepository,
    BackupJobLookup,
    BackupJobIdentities,
    BackupRegistrationService,
    BackupJobsService,
    JobScheduleUsage,
    JobStatusRepository,
    JobStatusService,
  ],
  exports: [BackupRegistrationService, BackupJobsService, BackupJobLookup, JobScheduleUsage, JobStatusService],
})
export class JobsModule {}
