import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { AppConfig } from '@zdm/common';
import { access, constants } from 'node:fs/promises';

/** `/api/health`: is the configured header CLI there and executable? */
@Injectable()
export class HeaderCliHealthIndicator {
  constructor(
    private readonly indicator: HealthIndicatorService,
    private readonly config: AppConfig,
  ) {}

  async check(key: string) {
    const session = this.indicator.check(key);
    const path = this.config.imageHeaderCli;
    try {
      await access(path, constants.X_OK);
      return session.up({ path });
    } catch (error) {
      return session.down({ path, reason: (error as NodeJS.ErrnoException).code ?? 'not executable' });
    }
  }
}
