import { Global, Injectable, Module } from '@nestjs/common';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { RequestDurationHistogram } from './request-duration.histogram';

/** Upper bounds (seconds) of the HTTP request duration buckets. */
export const HTTP_DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;

/**
 * The app's Prometheus registry (prom-client), one per app instance (several test apps in one
 * process do not share metrics). Libs register their own metrics on `registry`; `GET /api/metrics`
 * renders it. Process metrics (CPU, memory, event loop, GC) come with it, prefixed `zdm_`.
 */
@Injectable()
export class MetricsRegistry {
  readonly registry = new Registry();

  /** HTTP request duration by method, route pattern and status (observed by a Fastify onResponse hook). */
  readonly httpRequestDuration = new RequestDurationHistogram(
    'zdm_http_request_duration_seconds',
    'HTTP request duration by method, route pattern and status code',
    HTTP_DURATION_BUCKETS,
    this.registry,
  );

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'zdm_' });
  }

  /** The Prometheus text exposition of every metric. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

/** Makes MetricsRegistry injectable everywhere (imported once, by apps/api). */
@Global()
@Module({ providers: [MetricsRegistry], exports: [MetricsRegistry] })
export class MetricsModule {}
