import { Injectable } from '@nestjs/common';
import { ImageCatalogService } from '../image-catalog.service';
import { CatalogJob, CatalogJobsPort } from './catalog-jobs.port';
import type { JobImage } from './retention.service';

/** What one job's images were read at: valid while none of it changed. */
interface JobImagesEntry {
  jobName: string;
  /** Catalog generation read before the images were: every change of `image_headers` bumps it. */
  generation: number;
  /** Runs that were in progress when read: their ending changes what their images are. */
  pending: number[];
  images: readonly JobImage[];
  /** Results computed from `images` (restore points, plans), by key. */
  derived: Map<string, unknown>;
}

/** Jobs whose images are held (LRU); each holds at most the job's catalog rows. */
const MAX_JOBS = 64;
/** Results held per job (pages of restore points by window and language, plans). */
const MAX_DERIVED = 256;

/**
 * A job's images with their provenance (`RetentionService.imagesOf`), and what is computed from them
 * (restore points, retention plans), kept per job while they stay what the database holds, for every
 * replica:
 *
 * - the catalog generation, bumped by every change of catalog rows by any replica (new or removed
 *   image, provenance, protection, verification: all go through `ImageCatalogService`, which bumps
 *   it). `strict` lookups (retention planning: it deletes files) read it from the shared state row
 *   (one single-row query); `polled` ones (views: restore points) take the generation this process
 *   knows — its own changes at once, another replica's within a second, as the images listing;
 * - what runs came to: a run that is done keeps its result (runs are not rewritten), so only the runs
 *   still in progress when the images were read are looked at again (their ending shows at once);
 * - the job itself (a deleted and re-registered job has another id; a renamed one another name).
 *
 * A lookup costs the generation row and, while some of the job's runs are in progress, their states;
 * never a read of the job's rows.
 */
@Injectable()
export class JobImagesCache {
  private readonly entries = new Map<number, JobImagesEntry>();

  constructor(
    private readonly catalog: ImageCatalogService,
    private readonly jobs: CatalogJobsPort,
  ) {}

  /**
   * The job's images (a read-only array shared by callers), through `load` when nothing valid is
   * held, and a `memo` of results computed from exactly these images.
   */
  async images(
    job: CatalogJob,
    load: () => Promise<JobImage[]>,
    freshness: 'strict' | 'polled' = 'strict',
  ): Promise<{ images: readonly JobImage[]; memo: <T>(key: string, compute: () => T) => T }> {
    const generation =
      freshness === 'strict' ? await this.catalog.sharedGeneration() : await this.catalog.knownGeneration();
    let entry = this.entries.get(job.id);
    if (entry && !(await this.valid(entry, job, generation))) entry = undefined;
    if (!entry) {
      const images = await load();
      const pending = images.flatMap((i) =>
        i.origin.provenance === 'run' && i.origin.outcome === 'in-progress' ? [i.origin.runId] : [],
      );
      entry = { jobName: job.name, generation, pending, images, derived: new Map() };
    }
    // Most recently used last; the oldest go beyond MAX_JOBS.
    this.entries.delete(job.id);
    this.entries.set(job.id, entry);
    for (const [id] of this.entries) {
      if (this.entries.size <= MAX_JOBS) break;
      this.entries.delete(id);
    }
    const derived = entry.derived;
    const memo = <T>(key: string, compute: () => T): T => {
      if (!derived.has(key)) {
        if (derived.size >= MAX_DERIVED) derived.clear();
        derived.set(key, compute());
      }
      return derived.get(key) as T;
    };
    return { images: entry.images, memo };
  }

  private async valid(entry: JobImagesEntry, job: CatalogJob, generation: number): Promise<boolean> {
    if (entry.generation !== generation || entry.jobName !== job.name) return false;
    if (!entry.pending.length) return true;
    const outcomes = await this.jobs.runOutcomes(job.id, entry.pending);
    return entry.pending.every((id) => outcomes.get(id) === 'in-progress');
  }
}
