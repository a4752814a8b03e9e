import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InventoryModule } from '@zdm/inventory';
import { ScheduleEntity } from './schedule.entity';
import { SchedulesController } from './schedules.controller';
import { SchedulesRepository } from './schedules.repository';
import { SchedulesService } from './schedules.service';

/** Schedules: the 12 types, descriptions, storage, next runs (spec §5). */
@Module({
  imports: [TypeOrmModule.forFeature([ScheduleEntity]), InventoryModule],
  controllers: [SchedulesController],
  providers: [SchedulesService, SchedulesRepository],
  exports: [SchedulesService],
})
export class SchedulesModule {}
