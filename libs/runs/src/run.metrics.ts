import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MetricsRegistry } from '@zdm/common';
import { Counter, Gauge, Histogram } from 'prom-client';
import { DataSource } from 'typeorm';
import { RunEntity } from './run.entity';
import { RunReadModelsRepository } from './run-read-models.repository';

/**
 * Prometheus metrics of runs (spec §10):
 * - `zdm_runs{kind,state,result}`: runs stored now, read from the database at scrape (every replica
 *   answers the same);
 * - `zdm_job_last_success_timestamp_seconds{job_id,job}`: the end of each job's last successful run
 *   (database, at scrape);
 * - `zdm_runs_finished_total{kind,result}` and `zdm_run_duration_seconds{kind,level,result}`: runs
 *   this process ended (completed, cancelled, lost, missed, skipped), counted after the commit.
 *
 * `kind` (backup, verify, restore: spec §13, §14) tells a recovery's restore runs from backups.
 */
@Injectable()
export class RunMetrics {
  private readonly finished: Counter<'kind' | 'result'>;
  private readonly duration: Histogram<'kind' | 'level' | 'result'>;

  constructor(metrics: MetricsRegistry, @InjectDataSource() dataSource: DataSource, runs: RunReadModelsRepository) {
    const registers = [metrics.registry];
    this.finished = new Counter({
      name: 'zdm_runs_finished_total',
      help: 'Runs this process ended, by kind (backup, verify, restore) and result',
      labelNames: ['kind', 'result'] as const,
      registers,
    });
    this.duration = new Histogram({
      name: 'zdm_run_duration_seconds',
      help: 'Duration of ended runs from start (claim) to end, by kind, level and result',
      labelNames: ['kind', 'level', 'result'] as const,
      buckets: [1, 5, 15, 60, 300, 900, 1800, 3600, 7200, 14400, 43200],
      registers,
    });
    new Gauge({
      name: 'zdm_runs',
      help: 'Runs stored, by kind (backup, verify, restore), state and result (result "none" while not done)',
      labelNames: ['kind', 'state', 'result'] as const,
      registers,
      async collect() {
        this.reset();
        for (const row of await runs.countByStateAndResult(dataSource.manager)) {
          this.set({ kind: row.kind, state: row.state, result: row.result ?? 'none' }, row.count);
        }
      },
    });
    new Gauge({
      name: 'zdm_job_last_success_timestamp_seconds',
      help: 'End time (Unix seconds) of the last successful (success or warning) run of each job',
      labelNames: ['job_id', 'job'] as const,
      registers,
      async collect() {
        this.reset();
        for (const row of await runs.lastSuccessPerJob(dataSource.manager)) {
          this.set({ job_id: String(row.jobId), job: row.jobName }, row.endedAt.getTime() / 1000);
        }
      },
    });
  }

  /** Count runs that ended (call after their transaction committed). */
  ended(runs: RunEntity[]): void {
    for (const run of runs) {
      if (run.state !== 'done' || !run.result) continue;
      const kind = run.kind ?? 'backup';
      this.finished.inc({ kind, result: run.result });
      if (run.startedAt && run.endedAt) {
        this.duration.observe(
          { kind, level: run.level, result: run.result },
          Math.max(0, run.endedAt.getTime() - run.startedAt.getTime()) / 1000,
        );
      }
    }
  }
}
