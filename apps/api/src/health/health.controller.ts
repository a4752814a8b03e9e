import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheckError, HealthCheckResult, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '@zdm/auth';
import { ResponseMessage } from '@zdm/common';
import { HeaderCliHealthIndicator, ImageCatalogHealthIndicator } from '@zdm/images';
import { FastifyReply } from 'fastify';

@ApiTags('Health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly headerCli: HeaderCliHealthIndicator,
    private readonly imageCatalog: ImageCatalogHealthIndicator,
  ) {}

  /**
   * Database and header-CLI status (503 when one is down), and how the image catalog learns of new
   * images (watched, or a network file system bound by the periodic refresh). No token needed.
   */
  @Public()
  @Get()
  @ResponseMessage('Health status')
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthCheckResult> {
    try {
      return await this.health.check([
        () => this.database.pingCheck('database', { timeout: 1500 }),
        () => this.headerCli.check('headerCli'),
        () => this.imageCatalog.check('imageCatalog'),
      ]);
    } catch (error) {
      const response = (error as { response?: HealthCheckResult; getResponse?: () => unknown }).getResponse?.();
      if (response && typeof response === 'object' && 'status' in response) {
        void reply.status(HttpStatus.SERVICE_UNAVAILABLE);
        return response as HealthCheckResult;
      }
      if (error instanceof HealthCheckError) {
        void reply.status(HttpStatus.SERVICE_UNAVAILABLE);
        return { status: 'error', info: {}, error: error.causes as HealthCheckResult['error'], details: {} };
      }
      throw error;
    }
  }
}
