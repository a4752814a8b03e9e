import { Histogram, Registry } from 'prom-client';
import { HTTP_DURATION_BUCKETS } from './metrics.registry';
import { RequestDurationHistogram } from './request-duration.histogram';

const NAME = 'zdm_http_request_duration_seconds';
const HELP = 'HTTP request duration by method, route pattern and status code';

/** The same observations in prom-client's Histogram and in ours, each in its own registry. */
function both() {
  const reference = new Registry();
  const ours = new Registry();
  const histogram = new Histogram({
    name: NAME,
    help: HELP,
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [...HTTP_DURATION_BUCKETS],
    registers: [reference],
  });
  const fast = new RequestDurationHistogram(NAME, HELP, HTTP_DURATION_BUCKETS, ours);
  const observe = (method: string, route: string, status: number, seconds: number) => {
    histogram.observe({ method, route, status }, seconds);
    fast.observe(method, route, status, seconds);
  };
  return { reference, ours, fast, histogram, observe };
}

describe('RequestDurationHistogram', () => {
  it("renders exactly what prom-client's Histogram renders for the same observations", async () => {
    const { reference, ours, observe } = both();
    // Interleaved label sets, values on bucket bounds, between them, past the last bound, zero.
    const observations: [string, string, number, number][] = [
      ['GET', '/api/backups', 200, 0.0004],
      ['GET', '/api/runs/:id', 404, 0.001],
      ['GET', '/api/backups', 200, 0.0025],
      ['POST', '/api/backups', 201, 0.07],
      ['GET', '/api/backups', 500, 12],
      ['GET', '/api/runs/:id', 404, 0.0011],
      ['GET', 'unmatched', 404, 0],
      ['GET', '/api/backups', 200, 10],
      ['GET', '/api/a "quoted" \\ route\nline', 200, 0.3],
    ];
    for (const [method, route, status, seconds] of observations) observe(method, route, status, seconds);

    const expected = await reference.metrics();
    expect(await ours.metrics()).toBe(expected);
    // The comparison covers real content: every label set with its cumulative buckets.
    expect(expected).toContain(`${NAME}_bucket{le="0.0025",method="GET",route="/api/backups",status="200"} 2\n`);
    expect(expected).toContain(`${NAME}_bucket{le="+Inf",method="GET",route="/api/backups",status="500"} 1\n`);
    expect(expected).toContain(`${NAME}_count{method="GET",route="/api/runs/:id",status="404"} 2\n`);
    expect(expected).toContain('route="/api/a \\"quoted\\" \\\\ route\\nline"');
  });

  it('counts an observation in the first bucket whose bound it does not exceed, and in the sum', async () => {
    const { ours, fast } = both();
    fast.observe('GET', '/api/x', 200, 0.005);
    fast.observe('GET', '/api/x', 200, 0.0075);
    const text = await ours.metrics();
    expect(text).toContain(`${NAME}_bucket{le="0.0025",method="GET",route="/api/x",status="200"} 0\n`);
    expect(text).toContain(`${NAME}_bucket{le="0.005",method="GET",route="/api/x",status="200"} 1\n`);
    expect(text).toContain(`${NAME}_bucket{le="0.01",method="GET",route="/api/x",status="200"} 2\n`);
    expect(text).toContain(`${NAME}_sum{method="GET",route="/api/x",status="200"} 0.0125\n`);
    expect(text).toContain(`${NAME}_count{method="GET",route="/api/x",status="200"} 2`);
  });

  it('renders only its help and type before the first observation and after a reset, like prom-client', async () => {
    const { reference, ours, fast, histogram, observe } = both();
    expect(await ours.metrics()).toBe(await reference.metrics());
    observe('GET', '/api/x', 200, 0.2);
    histogram.reset();
    fast.reset();
    expect(await ours.metrics()).toBe(await reference.metrics());
    expect(await ours.metrics()).toBe(`# HELP ${NAME} ${HELP}\n# TYPE ${NAME} histogram\n`);
  });
});
