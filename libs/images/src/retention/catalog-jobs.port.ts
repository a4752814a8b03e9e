/** A backup job as retention and restore points see it. */
export interface CatalogJob {
  id: number;
  name: string;
  /** Server display name, as image headers carry it. */
  server: string;
  rotation: number;
}

/** What a run of a job that wrote an image came to: its provenance's `outcome` (spec §13). */
export type RunOutcome = 'succeeded' | 'unsuccessful' | 'in-progress';

/**
 * Port: the jobs and runs behind the catalog's images (spec §9, §13). Declared here (images imports
 * neither jobs nor runs), implemented by the runs lib, bound in apps/api.
 */
export abstract class CatalogJobsPort {
  /**
   * The job by id (all digits) or name; the jobs lib's 404 naming `identifier` when there is none.
   * `strict` (the default: what plans, deletes or claims) reads it from the database; `polled` (views
   * read many times: restore points) may answer what was read within the last second — this
   * replica's own job changes show at once, another replica's (or another writer's) within a second.
   */
  abstract job(identifier: string, freshness?: 'strict' | 'polled'): Promise<CatalogJob>;

  /** What those of `runIds` that are runs of job `jobId` came to; a run of another job has no entry. */
  abstract runOutcomes(jobId: number, runIds: number[]): Promise<Map<number, RunOutcome>>;

  /** The level a run of the job started now would have (spec §7). */
  abstract nextRunLevel(jobId: number): Promise<'full' | 'increment'>;
}
