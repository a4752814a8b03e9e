import { Injectable } from '@nestjs/common';
import { Transaction } from '@zdm/database';
import type { Server } from '@zdm/inventory';
import type { BackupJob } from './backup-job';
import { BackupJobsRepository } from './backup-jobs.repository';

/**
 * A job with its server, for libs that act on jobs (runs) and read them inside their own
 * transaction: a job registered with `autoStart: use` is queued before its insert commits. Depends
 * on the repository only, so the runs lib can take it while BackupJobsService takes the runs lib's
 * JobRunsPort.
 */
/** A job read with its server. */
export type BackupJobWithServer = BackupJob & { server: Server };

@Injectable()
export class BackupJobLookup {
  constructor(private readonly jobs: BackupJobsRepository) {}

  /** A job by id or exact name, with its server; null when there is none. */
  async find(key: { id: number } | { name: string }, tx?: Transaction): Promise<BackupJobWithServer | null> {
    return (await this.jobs.findOne(key, tx)) as BackupJobWithServer | null;
  }

  /** Every job of a server, with the server, oldest first. */
  async ofServer(serverId: number): Promise<BackupJobWithServer[]> {
    return (await this.jobs.findByServer(serverId)) as BackupJobWithServer[];
  }
}
