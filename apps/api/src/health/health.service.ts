import { HttpStatus, Injectable } from '@nestjs/common';
import { TypeOrmHealthIndicator } from '@nestjs/terminus';
import { AppException, messages } from '@zdm/common';
import { HeaderCliHealthIndicator, ImageCatalogHealthIndicator } from '@zdm/images';
import { ComponentHealthView, HealthView, LivenessView, ReadinessView } from './health.view';

const DATABASE_PING_TIMEOUT_MS = 1500;

/**
 * Health semantics (spec §10, §16): live = the process serves; ready = the database answers; the
 * detail is 503 only when the database is down: a missing or broken header CLI, or a backup
 * repository that cannot be read (the images route then answers 503 `REPOSITORY_UNAVAILABLE`), is
 * `degraded` with 200 and the reason, so one optional part does not take every replica out of a
 * load balancer, and nobody is told `ok` while a route fails.
 */
@Injectable()
export class HealthService {
  constructor(
    private readonly database: TypeOrmHealthIndicator,
    private readonly headerCli: HeaderCliHealthIndicator,
    private readonly imageCatalog: ImageCatalogHealthIndicator,
  ) {}

  live(): LivenessView {
    return { status: 'ok' };
  }

  async ready(): Promise<ReadinessView> {
    const database = await this.databaseHealth();
    if (database.status === 'down') throw unavailable({ status: 'down', database });
    return { status: 'ok', database };
  }

  async detail(): Promise<HealthView> {
    const [database, cli, catalog] = await Promise.all([
      this.databaseHealth(),
      this.headerCli.check('headerCli'),
      this.imageCatalog.check('imageCatalog'),
    ]);
    const headerCli = cli.headerCli as HealthView['headerCli'];
    const imageCatalog = catalog.imageCatalog as HealthView['imageCatalog'];
    if (database.status === 'down') throw unavailable({ status: 'down', database, headerCli, imageCatalog });
    const allUp = headerCli.status === 'up' && imageCatalog.status === 'up';
    return { status: allUp ? 'ok' : 'degraded', database, headerCli, imageCatalog };
  }

  private async databaseHealth(): Promise<ComponentHealthView> {
    try {
      // Terminus 11 reports `down` in the result; older versions threw.
      const result = await this.database.pingCheck('database', { timeout: DATABASE_PING_TIMEOUT_MS });
      const database = result.database as { status?: string; message?: string } | undefined;
      if (database?.status !== 'up') return { status: 'down', message: database?.message ?? 'unreachable' };
      return { status: 'up' };
    } catch (error) {
      const message = error instanceof Error ? error.message : 'unreachable';
      return { status: 'down', message };
    }
  }
}

function unavailable(detail: object): AppException {
  return new AppException(
    HttpStatus.SERVICE_UNAVAILABLE,
    'DATABASE_UNAVAILABLE',
    messages.common.databaseUnavailable(),
    detail,
  );
}
