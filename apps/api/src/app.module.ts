import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { AuthModule } from '@zdm/auth';
import { AppConfig, AppConfigModule, AppExceptionFilter, createValidationPipe, EnvelopeInterceptor } from '@zdm/common';
import { DatabaseModule } from '@zdm/database';
import { ImagesModule } from '@zdm/images';
import { InventoryModule } from '@zdm/inventory';
import { JobsModule } from '@zdm/jobs';
import { SchedulesModule } from '@zdm/schedules';
import { LoggerModule } from 'nestjs-pino';
import { DemoSeed } from './demo/demo-seed';
import { HealthModule } from './health/health.module';
import { loggerOptions } from './request-log';

@Module({})
export class AppModule {
  /** `overrides` replace environment settings (tests). */
  static forRoot(overrides: Record<string, string | undefined> = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(overrides),
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            // Requests are logged by Fastify's own logger (see request-log.ts); Nest's logs go through
            // the request's logger inside a request, else through one with the same options.
            useExisting: true,
            pinoHttp: loggerOptions(config.logLevel),
            forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          }),
        }),
        DatabaseModule,
        AuthModule,
        InventoryModule,
        SchedulesModule,
        JobsModule,
        ImagesModule,
        HealthModule,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: EnvelopeInterceptor },
        { provide: APP_FILTER, useClass: AppExceptionFilter },
        DemoSeed,
      ],
    };
  }
}
