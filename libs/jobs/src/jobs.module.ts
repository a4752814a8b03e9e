import { Module } from '@nestjs/common';

/** Backup jobs: registration, lookups, changes, removal. */
@Module({})
export class JobsModule {}
