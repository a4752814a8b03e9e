import { DynamicModule, Global, Module } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { Clock, SystemClock } from '../time/clock';
import { SystemTimers, Timers } from '../time/timers';
import { AppConfig } from './app-config';
import { validateEnvironment } from './environment';

/**
 * The app's configuration, built once: `.env` (if present; the process environment wins over it),
 * then `overrides` (tests), validated (a wrong value throws InvalidConfigurationError listing every
 * problem). main.ts builds it before anything starts and hands the same instance to the module, so
 * there is one JWT secret even when JWT_SECRET is unset and a random one is generated.
 */
export function loadAppConfig(overrides: Record<string, string | undefined> = {}): AppConfig {
  if (existsSync('.env')) process.loadEnvFile('.env');
  return new AppConfig(validateEnvironment({ ...process.env, ...overrides }));
}

/** Global configuration: the one AppConfig instance, injectable everywhere. */
@Global()
@Module({})
export class AppConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppConfigModule,
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: Clock, useClass: SystemClock },
        { provide: Timers, useClass: SystemTimers },
      ],
      exports: [AppConfig, Clock, Timers],
    };
  }
}
