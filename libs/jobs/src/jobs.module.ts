import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InventoryModule } from '@zdm/inventory';
import { ScheduleEntity, SchedulesModule } from '@zdm/schedules';
import { BackupJobEntity } from './backup-job.entity';
import { BackupJobsController } from './backup-jobs.controller';
import { BackupJobsService } from './backup-jobs.service';
import { JobStatusRepository } from './job-status.repository';
import { BackupRegistrationService } from './registration/backup-registration.service';

/** Backup jobs: registration, lookups, changes, removal (spec §4). */
@Module({
  imports: [TypeOrmModule.forFeature([BackupJobEntity, ScheduleEntity]), InventoryModule, SchedulesModule],
  controllers: [BackupJobsController],
  providers: [BackupRegistrationService, BackupJobsService, JobStatusRepository],
  exports: [BackupRegistrationService, BackupJobsService, JobStatusRepository],
})
export class JobsModule {}
