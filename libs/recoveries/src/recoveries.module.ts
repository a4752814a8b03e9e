import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ImagesModule } from '@zdm/images';
import { InventoryModule } from '@zdm/inventory';
import { JobsModule } from '@zdm/jobs';
import { NotificationsModule } from '@zdm/notifications';
import { RunsModule } from '@zdm/runs';
import { RecoveriesController } from './recoveries.controller';
import { RecoveriesRepository } from './recoveries.repository';
import { RecoveriesService } from './recoveries.service';
import { RecoveryJobEntity } from './recovery-job.entity';
import { RecoveryRunEntity } from './recovery-run.entity';
import { RecoveryPartitions } from './recovery-partitions';
import { RecoveryRuns } from './recovery-runs';

/**
 * Recoveries (spec §14): recovery jobs, the chain choice, the refusals, restore runs queued through
 * the runs lib. apps/api binds @zdm/runs' RestoreRunsPort to RecoveryRuns.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([RecoveryJobEntity, RecoveryRunEntity]),
    InventoryModule,
    JobsModule,
    ImagesModule,
    RunsModule,
    NotificationsModule,
  ],
  controllers: [RecoveriesController],
  providers: [RecoveriesRepository, RecoveryPartitions, RecoveriesService, RecoveryRuns],
  exports: [RecoveriesService, RecoveryRuns],
})
export class RecoveriesModule {}
