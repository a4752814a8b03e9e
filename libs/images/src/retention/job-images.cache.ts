import { Injectable } from '@nestjs/common';
import type { RetentionOrigin } from '../domain/retention-plan';
import type { CatalogImage, RevisedCatalogImage } from '../catalog-row';
import { ImageCatalogService } from '../image-catalog.service';
import { CatalogJob, CatalogJobsPort, RunOutcome } from './catalog-jobs.port';
import type { JobImage } from './retention.service';

/** One catalog row of the job as held: the row's revision and the image built from it. */
interface HeldRow {
  revision: string;
  image: JobImage;
}

/** What one job's images were read at: valid while none of it changed. */
interface JobImagesEntry {
  jobName: string;
  /** Catalog generation read before the images were: every change of `image_headers` bumps it. */
  generation: number;
  /** Catalog id → row, for every readable image of the job. */
  rows: ReadonlyMap<number, HeldRow>;
  /** What the job's runs that are done came to (a run that is done is not rewritten); shared, grows. */
  done: Map<number, RunOutcome>;
  /** Runs that were in progress when read: their ending changes what their images are. */
  pending: number[];
  /** The images of `rows`, in catalog order (time, name, path). */
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
 * never a read of the job's rows. After a catalog change the held images are brought up to date
 * rather than read again (issue 19): the job's `(id, revision)` pairs are compared with the rows
 * held (every write of a row gives it a new revision, whoever writes it), and only the rows that are
 * new or changed are read, with the outcomes of only their runs and of the runs still in progress.
 * What is computed from the images is kept when that finds nothing changed for this job.
 */
@Injectable()
export class JobImagesCache {
  private readonly entries = new Map<number, JobImagesEntry>();

  constructor(
    private readonly catalog: ImageCatalogService,
    private readonly jobs: CatalogJobsPort,
  ) {}

  /** The job's images (a read-only array shared by callers), and a `memo` of results computed from exactly them. */
  async images(
    job: CatalogJob,
    freshness: 'strict' | 'polled' = 'strict',
  ): Promise<{ images: readonly JobImage[]; memo: <T>(key: string, compute: () => T) => T }> {
    const generation =
      freshness === 'strict' ? await this.catalog.sharedGeneration() : await this.catalog.knownGeneration();
    const held = this.entries.get(job.id);
    const entry =
      held && held.jobName === job.name ? await this.brought(held, job, generation) : await this.read(job, generation);
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

  /** Every readable image of the job, read now. */
  private async read(job: CatalogJob, generation: number): Promise<JobImagesEntry> {
    const read = await this.catalog.revisedImagesOfJob(job.name);
    const done = new Map<number, RunOutcome>();
    const outcomes = await this.outcomes(job, done, runIdsOf(read));
    const rows = new Map<number, HeldRow>();
    for (const { image, revision } of read) rows.set(image.id, { revision, image: jobImage(image, outcomes) });
    const images = [...rows.values()].map((row) => row.image).sort(catalogOrder);
    return entryOf(job, generation, rows, done, images);
  }

  /** `held` as the database holds it now: itself while nothing changed, else with its changed rows read again. */
  private async brought(held: JobImagesEntry, job: CatalogJob, generation: number): Promise<JobImagesEntry> {
    // Runs in progress are looked at every time: their ending changes no catalog row.
    const pending = held.pending.length ? await this.jobs.runOutcomes(job.id, held.pending) : new Map();
    const ended = held.pending.filter((id) => pending.get(id) !== 'in-progress');
    if (held.generation === generation && !ended.length) return held;

    const revisions = held.generation === generation ? undefined : await this.catalog.revisionsOfJob(job.name);
    const changed: number[] = [];
    const gone: number[] = [];
    if (revisions) {
      for (const [id, revision] of revisions) if (held.rows.get(id)?.revision !== revision) changed.push(id);
      for (const id of held.rows.keys()) if (!revisions.has(id)) gone.push(id);
    }
    if (!changed.length && !gone.length && !ended.length) return { ...held, generation };

    const read = changed.length ? await this.catalog.revisedImagesOfJob(job.name, changed) : [];
    const outcomes = await this.outcomes(job, held.done, runIdsOf(read));
    for (const id of ended) {
      const outcome = pending.get(id);
      if (outcome === undefined) outcomes.delete(id);
      else {
        outcomes.set(id, outcome);
        held.done.set(id, outcome);
      }
    }
    const rows = new Map(held.rows);
    // Ids whose image is replaced or gone; the images that take their place.
    const replaced = new Set<number>([...gone, ...changed]);
    const fresh: JobImage[] = [];
    for (const id of gone) rows.delete(id);
    // Changed rows that stopped being the job's readable images between the two reads.
    for (const id of changed) rows.delete(id);
    for (const { image, revision } of read) {
      const row = { revision, image: jobImage(image, outcomes) };
      rows.set(image.id, row);
      fresh.push(row.image);
    }
    if (ended.length) {
      const endedRuns = new Set(ended);
      for (const [id, row] of rows) {
        const { origin } = row.image;
        if (origin.provenance === 'run' && endedRuns.has(origin.runId) && !replaced.has(id)) {
          const image = jobImage(row.image, outcomes);
          rows.set(id, { revision: row.revision, image });
          replaced.add(id);
          fresh.push(image);
        }
      }
    }
    // The held order kept, the few new images merged in: linear, no sort of the job's images.
    const kept = held.images.filter((image) => !replaced.has(image.id));
    return entryOf(job, generation, rows, held.done, merged(kept, fresh.sort(catalogOrder)));
  }

  /**
   * What runs `runIds` of the job came to: those that are done from `done` (kept there), the others
   * asked. A run missing from the answer is no run of this job (provenance `found`).
   */
  private async outcomes(
    job: CatalogJob,
    done: Map<number, RunOutcome>,
    runIds: Iterable<number>,
  ): Promise<Map<number, RunOutcome>> {
    const outcomes = new Map<number, RunOutcome>();
    const ask: number[] = [];
    for (const id of runIds) {
      const known = done.get(id);
      if (known) outcomes.set(id, known);
      else ask.push(id);
    }
    if (ask.length) {
      for (const [id, outcome] of await this.jobs.runOutcomes(job.id, ask)) {
        outcomes.set(id, outcome);
        if (outcome !== 'in-progress') done.set(id, outcome);
      }
    }
    return outcomes;
  }
}

/** `images`: those of `rows`, in catalog order. */
function entryOf(
  job: CatalogJob,
  generation: number,
  rows: ReadonlyMap<number, HeldRow>,
  done: Map<number, RunOutcome>,
  images: readonly JobImage[],
): JobImagesEntry {
  const pending = new Set<number>();
  for (const { origin } of images) {
    if (origin.provenance === 'run' && origin.outcome === 'in-progress') pending.add(origin.runId);
  }
  return { jobName: job.name, generation, rows, done, pending: [...pending], images, derived: new Map() };
}

/** Two arrays in catalog order, merged into one. */
function merged(a: readonly JobImage[], b: readonly JobImage[]): JobImage[] {
  if (!b.length) return [...a];
  // The usual change: the new images are the newest.
  if (!a.length || catalogOrder(a[a.length - 1], b[0]) <= 0) return [...a, ...b];
  const out: JobImage[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(catalogOrder(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/** The run ids an image of `read` names. */
function runIdsOf(read: readonly RevisedCatalogImage[]): Set<number> {
  const ids = new Set<number>();
  for (const { image } of read) if (image.runId !== null) ids.add(image.runId);
  return ids;
}

/**
 * A catalog image with the provenance its run gives it (spec §13): an image written by a run of this
 * job carries what that run came to; anything else (no run recorded, a run of another job, a deleted
 * run) is `found`.
 */
function jobImage(image: CatalogImage, outcomes: ReadonlyMap<number, RunOutcome>): JobImage {
  const outcome = image.runId === null ? undefined : outcomes.get(image.runId);
  const origin: RetentionOrigin =
    outcome === undefined || image.runId === null
      ? { provenance: 'found' }
      : { provenance: 'run', runId: image.runId, outcome };
  // Every field written out (not `{ ...image, origin }`, which overrides `origin` of a held image):
  // one hidden class for all of a job's images, as `catalogImageAt` (issue 19).
  return {
    id: image.id,
    path: image.path,
    name: image.name,
    jobName: image.jobName,
    server: image.server,
    time: image.time,
    type: image.type,
    fileSize: image.fileSize,
    runId: image.runId,
    protected: image.protected,
    verification: image.verification,
    verifiedAt: image.verifiedAt,
    payloadSha256: image.payloadSha256,
    parent: image.parent,
    origin,
  };
}

/** Oldest first: time, then file name, then path (code-unit order: the same on every engine). */
function catalogOrder(a: JobImage, b: JobImage): number {
  if (a.time !== b.time) return a.time < b.time ? -1 : 1;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
