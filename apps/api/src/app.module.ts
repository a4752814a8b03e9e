import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { AuditModule } from '@zdm/audit';
import { AgentsModule } from '@zdm/agents';
import { AuthModule } from '@zdm/auth';
import { AppConfig, AppConfigModule, AppExceptionFilter, createValidationPipe, MetricsModule } from '@zdm/common';
import { DatabaseModule } from '@zdm/database';
import { ImagesModule } from '@zdm/images';
import { InventoryModule } from '@zdm/inventory';
import { JobsModule } from '@zdm/jobs';
import { NotificationsModule } from '@zdm/notifications';
import { RecoveriesModule } from '@zdm/recoveries';
import { RunsModule } from '@zdm/runs';
import { SchedulesModule } from '@zdm/schedules';
import { LoggerModule } from 'nestjs-pino';
import { DemoAgents } from './demo/demo-agents';
import { DemoSeed } from './demo/demo-seed';
import { HealthModule } from './health/health.module';
import { MetricsRouteModule } from './metrics/metrics.module';
import { migrations } from './migrations';
import { PortBindingsModule } from './port-bindings.module';
import { logDestination, loggerOptions } from './request-log';

@Module({})
export class AppModule {
  /** `config`: the one configuration (`loadAppConfig()`; tests pass overrides to it). */
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        MetricsModule,
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            // nestjs-pino only carries Nest's own logs (start-up, services) to pino. Requests are logged by
            // Fastify's logger with their id (request-log.ts), and 500s by the exception filter with it.
            // No per-request middleware: binding each request's logger into AsyncLocalStorage cost
            // about a quarter of a small route's throughput (bench/results.md).
            useExisting: true,
            forRoutes: [],
            pinoHttp: [loggerOptions(config.logLevel), logDestination()],
          }),
        }),
        DatabaseModule.forRoot({ migrations }),
        AuthModule,
        InventoryModule,
        SchedulesModule,
        JobsModule,
        ImagesModule,
        AuditModule,
        NotificationsModule,
        RunsModule,
        RecoveriesModule,
        PortBindingsModule,
        AgentsModule,
        HealthModule,
        MetricsRouteModule,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: AppExceptionFilter },
        DemoSeed,
        DemoAgents,
      ],
    };
  }
}
