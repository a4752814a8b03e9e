import { DynamicModule, Module } from '@nestjs/common';
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
            pinoHttp: {
              level: config.logLevel,
              customProps: () => ({ service: 'zdm-api' }),
              // One line per request: id, method, URL, status, time (no header dumps).
              serializers: {
                req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
                res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
              },
              autoLogging: { ignore: (req) => (req.url ?? '').includes('/health') },
            },
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
