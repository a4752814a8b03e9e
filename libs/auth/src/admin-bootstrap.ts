import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@zdm/common';
import { UsersService } from '@zdm/inventory';

/** The password the embedded demo uses when ADMIN_PASSWORD is not set (printed at start). */
export const DEMO_ADMIN_PASSWORD = 'zdm-demo-admin';

/** First start: when no user exists, create the administrator from ADMIN_EMAIL / ADMIN_PASSWORD. */
@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger(AdminBootstrap.name);

  constructor(
    private readonly users: UsersService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if ((await this.users.count()) > 0) return;
    const password = this.config.adminPassword ?? (this.config.demo ? DEMO_ADMIN_PASSWORD : undefined);
    if (!password) {
      this.logger.warn('No user exists and ADMIN_PASSWORD is not set: set it and restart to create the administrator.');
      return;
    }
    // ON CONFLICT DO NOTHING: a replica starting at the same moment may have created it first.
    if (await this.users.createInitialAdmin(this.config.adminEmail, 'admin', password)) {
      this.logger.log(`Created administrator ${this.config.adminEmail}`);
    }
  }
}
