import { ImageHeader, ImageType } from './image-header';
import { jobNameOf } from './image-name';
import type { VerificationState } from './domain/restore-points';

// The catalog's rows: their shapes as the code sees them, and how they map to and from the
// `image_headers` columns. The statements themselves are ImageCatalogRepository's.

/** A file's catalog key and its invalidation key (size + mtime + inode, exact). */
export interface CatalogFileKey {
  /** Path relative to the repository root, `/`-separated: two mount points of one share agree. */
  path: string;
  fileSize: number;
  mtimeNs: string;
  inode: string;
}

/** One row to write: the header read, or why the CLI could not read it. */
export type CatalogRow = CatalogFileKey &
  ({ status: 'ok'; header: ImageHeader } | { status: 'unreadable'; error: string });

/** The shared state row: last complete refresh and the catalog generation, with the database's clock. */
export interface CatalogState {
  refreshedAt: Date | null;
  generation: number;
  /** The database's `now()` when the row was read. */
  now: Date;
}

/** Filters of a server's listing (spec §6). */
export interface CatalogListFilter {
  server: string;
  jobName?: string;
  type?: ImageType;
  /** Mount point, or a bare drive letter (`C` matches `C:` too). */
  partition?: string;
  order: 'ASC' | 'DESC';
}

/** An image of a job as other domains see it (retention, runs). */
export interface CatalogImage {
  path: string;
  name: string;
  jobName: string;
  server: string;
  time: string;
  type: ImageType;
  fileSize: number;
  /** The run that wrote it (provenance `run`), or null (`found`). */
  runId: number | null;
  /** Catalog id. */
  id: number;
  protected: boolean;
  verification: VerificationState;
  verifiedAt: Date | null;
  /** Hex SHA-256 of the payload as the header states it; null when it has none. */
  payloadSha256: string | null;
  /** File name of the image this increment follows, as the header states it; null when it names none. */
  parent: string | null;
}

/** A catalog image and the revision of its row (changes with every write of the row). */
export interface RevisedCatalogImage {
  image: CatalogImage;
  revision: string;
}

/** A catalog image row as `imagesOfJob` and `findImages` read it. */
export interface CatalogImageRow {
  id: number;
  path: string;
  name: string;
  job_name: string;
  server: string;
  time: string;
  type: ImageType;
  file_size: string;
  run_id: number | null;
  protected: boolean;
  verification: 'ok' | 'corrupt' | 'missing' | null;
  verified_at: Date | string | null;
  payload_sha256: string | null;
  parent: string | null;
}

export const CATALOG_IMAGE_COLUMNS =
  'id, path, name, job_name, server, time, type, file_size, run_id, protected, verification, verified_at, payload_sha256, parent';

export function catalogImageOf(r: CatalogImageRow): CatalogImage {
  return {
    id: Number(r.id),
    path: r.path,
    name: r.name,
    jobName: r.job_name,
    server: r.server,
    time: r.time,
    type: r.type,
    fileSize: Number(r.file_size),
    runId: r.run_id === null ? null : Number(r.run_id),
    protected: r.protected,
    verification: r.verification ?? 'unverified',
    verifiedAt: r.verified_at === null ? null : new Date(r.verified_at),
    payloadSha256: r.payload_sha256 ?? null,
    parent: r.parent ?? null,
  };
}

/**
 * `image` with its path replaced (the repository's relative key made absolute), every field written
 * out in `catalogImageOf`'s order. Not `{ ...image, path }`: a spread that overrides a field gives
 * each object a hidden class of its own (V8), so a pass over a job's 10,000 images (retention, restore
 * points, the job-images cache) ran megamorphic property loads at several times the cost (issue 19).
 */
export function catalogImageAt(image: CatalogImage, path: string): CatalogImage {
  return {
    id: image.id,
    path,
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
  };
}

/** Columns the listing needs (fewer columns: cheaper rows, notably on PGlite). */
export const VIEW_COLUMNS = {
  path: true,
  name: true,
  time: true,
  type: true,
  compressed: true,
  server: true,
  os: true,
  partitionSize: true,
  imageSize: true,
  fileSize: true,
  mountPoint: true,
  device: true,
  filesystem: true,
  diskNumber: true,
  partitionNumber: true,
  runId: true,
  protected: true,
  verification: true,
  verifiedAt: true,
} as const;

/** Column name and SQL array type of each written column, in `unnest` order. */
export const WRITE_COLUMNS: [string, string, (row: CatalogRow) => unknown][] = [
  ['path', 'text', (r) => r.path],
  ['dir', 'text', (r) => dirOf(r.path)],
  ['file_size', 'bigint', (r) => String(r.fileSize)],
  ['mtime_ns', 'bigint', (r) => r.mtimeNs],
  ['inode', 'bigint', (r) => r.inode],
  ['status', 'text', (r) => r.status],
  ['error', 'text', (r) => (r.status === 'unreadable' ? r.error : null)],
  ['name', 'text', (r) => headerOf(r)?.name ?? null],
  ['job_name', 'text', (r) => (r.status === 'ok' ? jobNameOf(r.header.name) : null)],
  ['server', 'text', (r) => headerOf(r)?.server ?? null],
  ['time', 'text', (r) => headerOf(r)?.time ?? null],
  ['type', 'text', (r) => headerOf(r)?.type ?? null],
  ['compressed', 'boolean', (r) => headerOf(r)?.compressed ?? null],
  ['os', 'text', (r) => headerOf(r)?.os ?? null],
  ['partition_size', 'bigint', (r) => nullableString(headerOf(r)?.partitionSize)],
  ['image_size', 'bigint', (r) => nullableString(headerOf(r)?.imageSize)],
  ['mount_point', 'text', (r) => headerOf(r)?.mountPoint ?? null],
  ['device', 'text', (r) => headerOf(r)?.device ?? null],
  ['filesystem', 'text', (r) => headerOf(r)?.filesystem ?? null],
  ['disk_number', 'integer', (r) => headerOf(r)?.diskNumber ?? null],
  ['partition_number', 'integer', (r) => headerOf(r)?.partitionNumber ?? null],
  ['payload_sha256', 'varchar', (r) => headerOf(r)?.payloadSha256 ?? null],
  ['parent', 'text', (r) => headerOf(r)?.parent ?? null],
];
function headerOf(row: CatalogRow): ImageHeader | undefined {
  return row.status === 'ok' ? row.header : undefined;
}

function nullableString(value: number | null | undefined): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** Directory part of a catalog path (`a/b/x.ZIA` → `a/b`, `x.ZIA` → `.`). */
export function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '.' : path.slice(0, slash);
}
