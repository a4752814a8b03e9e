import { Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller';

/** The `GET /api/metrics` route; the registry itself is @zdm/common's global MetricsModule. */
@Module({ controllers: [MetricsController] })
export class MetricsRouteModule {}
