import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@zdm/common';
import { UsersService, verifyPassword } from '@zdm/inventory';

/** The password the embedded demo uses when ADMIN_PASSWORD is not set (printed at start). */
export const DEMO_ADMIN_PASSWORD = 'zdm-demo-admin';

/** What start-up did with ADMIN_EMAIL / ADMIN_PASSWORD. */
export type AdminBootstrapOutcome =
  'created' | 'created-by-another-replica' | 'no-password' | 'unchanged' | 'password-differs' | 'admin-missing';

/**
 * First start: when no user exists, create the administrator (role `admin`) from ADMIN_EMAIL /
 * ADMIN_PASSWORD. Later starts never change a user: when ADMIN_PASSWORD no longer matches that
 * user's password, a warning says it is ignored and how to change the password instead.
 */
@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger(AdminBootstrap.name);

  constructor(
    private readonly users: UsersService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.run();
  }

  async run(): Promise<AdminBootstrapOutcome> {
    const email = this.config.adminEmail;
    if ((await this.users.count()) > 0) return this.checkConfiguredPassword(email);
    const password = this.config.adminPassword ?? (this.config.demo ? DEMO_ADMIN_PASSWORD : undefined);
    if (!password) {
      this.logger.warn('No user exists and ADMIN_PASSWORD is not set: set it and restart to create the administrator.');
      return 'no-password';
    }
    // ON CONFLICT DO NOTHING: a replica starting at the same moment may have created it first.
    if (await this.users.createInitialAdmin(email, 'admin', password)) {
      this.logger.log(`Created administrator ${email}`);
      return 'created';
    }
    return 'created-by-another-replica';
  }

  private async checkConfiguredPassword(email: string): Promise<AdminBootstrapOutcome> {
    const password = this.config.adminPassword;
    if (!password) return 'unchanged';
    const admin = await this.users.findWithPasswordHash(email);
    if (!admin) {
      this.logger.warn(
        `ADMIN_PASSWORD is set but ${email} (ADMIN_EMAIL) does not exist and users do: ADMIN_EMAIL/ADMIN_PASSWORD ` +
          'only create the first administrator on an empty database, so they are ignored.',
      );
      return 'admin-missing';
    }
    if (await verifyPassword(password, admin.passwordHash)) return 'unchanged';
    this.logger.warn(
      `ADMIN_PASSWORD differs from the password of ${email}: it only creates the first administrator and is ` +
        `ignored now. Change the password with PUT /api/users/${email} ({"password": …}); that also revokes ` +
        `the user's tokens.`,
    );
    return 'password-differs';
  }
}
