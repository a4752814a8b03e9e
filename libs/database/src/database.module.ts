import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@zdm/common';
import { DataSource } from 'typeorm';
import { dataSourceOptions, MigrationList } from './data-source-options';
import { runMigrationsExclusively } from './postgres/migration-lock';
import { TransactionRunner } from './transaction-runner';

export interface DatabaseModuleOptions {
  /** Every domain's migrations; the app collects them (`apps/api/src/migrations.ts`). */
  migrations: MigrationList;
}

/**
 * TypeORM on PostgreSQL or PGlite; entities come from each domain module's `forFeature`. Global:
 * every domain's services may inject the TransactionRunner.
 */
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      providers: [TransactionRunner],
      exports: [TransactionRunner],
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions(config, options.migrations),
            autoLoadEntities: true,
            retryAttempts: config.embeddedDatabase ? 0 : 3,
            retryDelay: 1000,
          }),
          dataSourceFactory: async (resolved) => {
            const dataSource = await new DataSource(resolved!).initialize();
            try {
              await runMigrationsExclusively(dataSource, resolved!.driver !== undefined);
            } catch (error) {
              await dataSource.destroy();
              throw error;
            }
            return dataSource;
          },
        }),
      ],
    };
  }
}
