import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@zdm/auth';
import { ApiEnvelope, ApiErrors, ResponseMessage } from '@zdm/common';
import { HealthService } from './health.service';
import { HealthView, LivenessView, ReadinessView } from './health.view';

const DATABASE_DOWN = { 503: 'The database does not answer (`detail` has each part)' };

/** Health for load balancers and people. No token needed. */
@ApiTags('Health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** Database and header CLI: 200 `ok` or `degraded` (header CLI down); 503 only when the database is down. */
  @Public()
  @Get()
  @ApiOperation({ operationId: 'getHealth', summary: 'Health of the database and the header CLI' })
  @ApiEnvelope(HealthView, { message: 'Health status' })
  @ApiErrors([503], { descriptions: DATABASE_DOWN })
  @ResponseMessage('Health status')
  check(): Promise<HealthView> {
    return this.health.detail();
  }

  /** 200 whenever the process serves requests. */
  @Public()
  @Get('live')
  @ApiOperation({ operationId: 'getLiveness', summary: 'Liveness: the process serves' })
  @ApiEnvelope(LivenessView, { message: 'Live' })
  @ResponseMessage('Live')
  live(): LivenessView {
    return this.health.live();
  }

  /** 200 when the database answers, else 503. */
  @Public()
  @Get('ready')
  @ApiOperation({ operationId: 'getReadiness', summary: 'Readiness: the database answers' })
  @ApiEnvelope(ReadinessView, { message: 'Ready' })
  @ApiErrors([503], { descriptions: DATABASE_DOWN })
  @ResponseMessage('Ready')
  ready(): Promise<ReadinessView> {
    return this.health.ready();
  }
}
