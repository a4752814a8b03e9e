import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@zdm/common';
import { dataSourceOptions } from './data-source-options';

/** TypeORM on PostgreSQL or PGlite; entities come from each domain module's `forFeature`. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config),
        autoLoadEntities: true,
        retryAttempts: config.embeddedDatabase ? 0 : 3,
        retryDelay: 1000,
      }),
    }),
  ],
})
export class DatabaseModule {}
