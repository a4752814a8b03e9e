import { Module } from '@nestjs/common';

/** Schedules: the 12 types, descriptions, storage, next runs. */
@Module({})
export class SchedulesModule {}
