import { Metric, Registry } from 'prom-client';

/**
 * What prom-client's registry reads from a metric's `get()` to render it (its typings name the type
 * with a numeric enum, while the registry writes the string it finds).
 */
interface RenderedHistogram {
  name: string;
  help: string;
  type: 'histogram';
  aggregator: 'sum';
  values: { value: number; labels: Record<string, string | number>; metricName: string }[];
}

/** One label set's observations: counts per bucket (not cumulative), their sum and number. */
interface Series {
  method: string;
  route: string;
  status: number;
  counts: Float64Array;
  sum: number;
  count: number;
}

/**
 * The HTTP request duration histogram (`method`, `route`, `status`), observed once per answer.
 * prom-client's `Histogram.observe` validates the label object, hashes it into a string key and
 * builds a closure on every call: with the hook around it, about a tenth of a cached listing's CPU
 * time (issue 25, A/B of bench:ceiling's images pair with and without the hook). Here an observation
 * is three map lookups on the values themselves (the route pattern is the same string object on
 * every request of a route) and a bucket increment; the exposition is prom-client's (the registry
 * renders `get()`, the same values a prom-client `Histogram` gives for the same observations, which
 * a spec checks line by line).
 */
export class RequestDurationHistogram {
  readonly type = 'histogram' as const;
  readonly aggregator = 'sum' as const;
  /** By route, method and status, for the observation; `all` in the order they were first seen, for the exposition. */
  private readonly series = new Map<string, Map<string, Map<number, Series>>>();
  private readonly all: Series[] = [];

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly buckets: readonly number[],
    registry: Registry,
  ) {
    // prom-client's registry takes any metric that has a name, help, type and `get()`.
    registry.registerMetric(this as unknown as Metric);
  }

  observe(method: string, route: string, status: number, seconds: number): void {
    let byMethod = this.series.get(route);
    if (!byMethod) this.series.set(route, (byMethod = new Map()));
    let byStatus = byMethod.get(method);
    if (!byStatus) byMethod.set(method, (byStatus = new Map()));
    let series = byStatus.get(status);
    if (!series) {
      series = { method, route, status, counts: new Float64Array(this.buckets.length), sum: 0, count: 0 };
      byStatus.set(status, series);
      this.all.push(series);
    }
    const buckets = this.buckets;
    for (let i = 0; i < buckets.length; i++) {
      if (seconds <= buckets[i]!) {
        series.counts[i]!++;
        break;
      }
    }
    series.sum += seconds;
    series.count++;
  }

  /** What prom-client's registry renders: per label set, the cumulative buckets, `+Inf`, `_sum` and `_count`. */
  get(): Promise<RenderedHistogram> {
    const values: RenderedHistogram['values'] = [];
    for (const { method, route, status, counts, sum, count } of this.all) {
      const labels = { method, route, status };
      let cumulative = 0;
      this.buckets.forEach((bound, i) => {
        cumulative += counts[i]!;
        values.push({ value: cumulative, labels: { le: bound, ...labels }, metricName: `${this.name}_bucket` });
      });
      values.push({ value: count, labels: { le: '+Inf', ...labels }, metricName: `${this.name}_bucket` });
      values.push({ value: sum, labels, metricName: `${this.name}_sum` });
      values.push({ value: count, labels, metricName: `${this.name}_count` });
    }
    return Promise.resolve({
      name: this.name,
      help: this.help,
      type: this.type,
      aggregator: this.aggregator,
      values,
    });
  }

  /** Forgets every observation (as prom-client's `reset`). */
  reset(): void {
    this.series.clear();
    this.all.length = 0;
  }
}
