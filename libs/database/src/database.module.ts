import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@zdm/common';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { runMigrationsExclusively } from './postgres/migration-lock';

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
      dataSourceFactory: async (options) => {
        const dataSource = await new DataSource(options!).initialize();
        try {
          await runMigrationsExclusively(dataSource, options!.driver !== undefined);
        } catch (error) {
          await dataSource.destroy();
          throw error;
        }
        return dataSource;
      },
    }),
  ],
})
export class DatabaseModule {}
