import { AgentApiClient } from './agent-api.client';
import { ByteProgress, RunCancelled } from './byte-progress';

type Report = { percent: number; bytesDone?: number; message?: string };

/** A ByteProgress of 100 bytes in 4 steps on a clock the test moves, and the reports it sent. */
function progress(intervalMs: number, cancelAt = Infinity) {
  let now = 0;
  const reports: Report[] = [];
  const api = {
    progress: async (_runId: number, body: Report) => {
      reports.push(body);
      return { cancel: reports.length >= cancelAt };
    },
  } as unknown as AgentApiClient;
  const bytes = new ByteProgress(api, 7, 100, 4, undefined, intervalMs, () => now);
  return { bytes, reports, advance: (ms: number) => (now += ms) };
}

describe('ByteProgress', () => {
  it('reports each new step when the interval has passed, and no sooner', async () => {
    const { bytes, reports, advance } = progress(1000);
    await bytes.report(0, 'start');
    // Three steps' worth of bytes within the first second: no report.
    for (let i = 0; i < 3; i++) await bytes.add(25);
    expect(reports.map((r) => r.percent)).toEqual([0]);
    // A second later, the next chunk reports where the bytes are.
    advance(1000);
    await bytes.add(10);
    expect(reports.map((r) => r.percent)).toEqual([0, 85]);
    // The same step again, later: nothing new to say.
    advance(5000);
    await bytes.add(1);
    expect(reports).toHaveLength(2);
    await bytes.finish();
    expect(reports.map((r) => r.percent)).toEqual([0, 85, 100]);
  });

  it('reports every step with no interval; a cancel answer throws RunCancelled', async () => {
    const { bytes, reports } = progress(0, 3);
    await bytes.report(0);
    await bytes.add(25);
    await expect(bytes.add(25)).rejects.toBeInstanceOf(RunCancelled);
    expect(reports.map((r) => r.bytesDone)).toEqual([0, 25, 50]);
  });
});
