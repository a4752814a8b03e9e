import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CatalogJob, CatalogJobsPort, RunOutcome } from '@zdm/images';
import { BackupJobsService } from '@zdm/jobs';
import { DataSource } from 'typeorm';
import { runLevel } from './domain/run-level';
import { RunResult } from './domain/run-state';
import { RunsRepository } from './runs.repository';

const outcomeOf = (result: RunResult | null): RunOutcome =>
  result === null ? 'in-progress' : result === 'success' || result === 'warning' ? 'succeeded' : 'unsuccessful';

/** The catalog's CatalogJobsPort (spec §9, §13): jobs, what their runs came to, the next run's level. */
@Injectable()
export class RunsCatalogJobs extends CatalogJobsPort {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: BackupJobsService,
    private readonly runs: RunsRepository,
  ) {
    super();
  }

  async job(identifier: string, freshness: 'strict' | 'polled' = 'strict'): Promise<CatalogJob> {
    return this.jobs.identity(identifier, freshness);
  }

  async runOutcomes(jobId: number, runIds: number[]): Promise<Map<number, RunOutcome>> {
    const results = await this.runs.resultsOfJobRuns(this.dataSource.manager, jobId, runIds);
    return new Map([...results].map(([id, result]) => [id, outcomeOf(result)]));
  }

  async nextRunLevel(jobId: number): Promise<'full' | 'increment'> {
    const job = await this.jobs.resolve(String(jobId));
    const hasFull = (await this.runs.jobsWithSuccessfulFull(this.dataSource.manager, [jobId])).has(jobId);
    return runLevel(job.mode, { slot: 'manual' }, hasFull);
  }
}
