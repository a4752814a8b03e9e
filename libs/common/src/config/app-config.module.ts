import { DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { Clock, SystemClock } from '../time/clock';
import { AppConfig } from './app-config';
import { validateEnvironment } from './environment';

/**
 * Global configuration: `.env` (if present) and the process environment, validated once at start
 * (a wrong value stops the app with a message listing every problem). `overrides` win over the
 * environment; tests use them. The Clock (time port) is global too: tests override it.
 */
@Global()
@Module({})
export class AppConfigModule {
  static forRoot(overrides: Record<string, string | undefined> = {}): DynamicModule {
    return {
      module: AppConfigModule,
      imports: [ConfigModule.forRoot({ isGlobal: true, cache: true })],
      providers: [
        {
          provide: AppConfig,
          useFactory: () => new AppConfig(validateEnvironment({ ...process.env, ...overrides })),
        },
        { provide: Clock, useClass: SystemClock },
      ],
      exports: [AppConfig, Clock],
    };
  }
}
