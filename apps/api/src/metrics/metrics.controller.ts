import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors, MetricsRegistry, RequiredRole } from '@zdm/common';
import { FastifyReply } from 'fastify';

/** `GET /api/metrics` (spec §10): Prometheus text for a scraper holding a user token. */
@ApiTags('Operations')
@ApiBearerAuth()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsRegistry) {}

  /**
   * Runs by state and result, run duration, last success per job, HTTP request duration by route
   * and status, and the process metrics, in the Prometheus text format (not the JSON envelope).
   */
  @Get()
  @RequiredRole('viewer')
  @Header('cache-control', 'no-store')
  @ApiOperation({ operationId: 'getMetrics', summary: 'Prometheus metrics (text, not the JSON envelope)' })
  @ApiProduces('text/plain')
  @ApiResponse({
    status: 200,
    description: 'Prometheus text exposition format 0.0.4',
    content: {
      'text/plain': {
        schema: { type: 'string', example: 'zdm_runs{kind="backup",state="done",result="success"} 3\n' },
      },
    },
  })
  @ApiErrors([401])
  async render(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    void reply.header('content-type', this.metrics.contentType);
    return this.metrics.render();
  }
}
