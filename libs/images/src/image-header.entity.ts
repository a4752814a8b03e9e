import { Check, Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';

const bigintAsNumber = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** A catalog row is `ok` (header read) or `unreadable` (the CLI said no; skipped until the file changes). */
export type ImageHeaderStatus = 'ok' | 'unreadable';

/**
 * The image catalog (spec §6 "beyond"): one row per `*.ZIA` file under BACKUP_REPOSITORY_PATH, keyed by
 * path and invalidated by size + mtime + inode. Written by `ImageCatalogService.refresh()` only.
 */
@Entity({ name: 'image_headers' })
@Index('ix_image_headers_server_time', ['server', 'time', 'name'])
@Index('ix_image_headers_server_partition', ['server', 'mountPoint'])
@Index('ix_image_headers_server_type', ['server', 'type'])
@Index('ix_image_headers_job_name', ['jobName', 'time'])
@Index('ix_image_headers_time', ['time'])
@Index('ix_image_headers_dir', ['dir'])
@Index('ix_image_headers_inode', ['inode'])
@Check('image_headers_status_check', `status IN ('ok', 'unreadable')`)
@Check('image_headers_type_check', `type IN ('full', 'increment')`)
@Check('image_headers_verification_check', `verification IN ('ok', 'corrupt', 'missing')`)
@Index('uq_image_headers_id', ['id'], { unique: true })
export class ImageHeaderEntity {
  /** Absolute path of the image file. */
  @PrimaryColumn({ name: 'path', type: 'text' })
  path: string;

  /** Catalog id (spec §13: `PUT/DELETE /api/images/:image` take it as well as the file name). */
  @Column({ name: 'id', type: 'integer' })
  @Generated('increment')
  id: number;

  /** Directory of the file (for sweeping removed files per directory). */
  @Column({ name: 'dir', type: 'text' })
  dir: string;

  /** File size, mtime (ns since the epoch) and inode when the header was read: the invalidation key. */
  @Column({ name: 'file_size', type: 'bigint', transformer: bigintAsNumber })
  fileSize: number;

  @Column({ name: 'mtime_ns', type: 'bigint' })
  mtimeNs: string;

  @Column({ name: 'inode', type: 'bigint' })
  inode: string;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  status: ImageHeaderStatus;

  /** Why the CLI could not read it (status `unreadable`). */
  @Column({ name: 'error', type: 'text', nullable: true })
  error: string | null;

  @Column({ name: 'name', type: 'text', nullable: true })
  name: string | null;

  /** File name without `_[YYYY-MM-DD_HH_mm]` and `.ZIA`. */
  @Column({ name: 'job_name', type: 'text', nullable: true })
  jobName: string | null;

  @Column({ name: 'server', type: 'text', nullable: true })
  server: string | null;

  /** `YYYY-MM-DD HH:mm:ss` as the header says (sorts as text). */
  @Column({ name: 'time', type: 'varchar', length: 19, nullable: true })
  time: string | null;

  @Column({ name: 'type', type: 'varchar', length: 16, nullable: true })
  type: 'full' | 'increment' | null;

  @Column({ name: 'compressed', type: 'boolean', nullable: true })
  compressed: boolean | null;

  @Column({ name: 'os', type: 'text', nullable: true })
  os: string | null;

  @Column({ name: 'partition_size', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  partitionSize: number | null;

  /** As printed by the CLI; `null` when it did not print one (the file size is used). */
  @Column({ name: 'image_size', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  imageSize: number | null;

  @Column({ name: 'mount_point', type: 'text', nullable: true })
  mountPoint: string | null;

  @Column({ name: 'device', type: 'text', nullable: true })
  device: string | null;

  @Column({ name: 'filesystem', type: 'text', nullable: true })
  filesystem: string | null;

  @Column({ name: 'disk_number', type: 'integer', nullable: true })
  diskNumber: number | null;

  @Column({ name: 'partition_number', type: 'integer', nullable: true })
  partitionNumber: number | null;

  /** Hex SHA-256 of the payload, as the header states it (`payloadSha256`); null when it has none. */
  @Column({ name: 'payload_sha256', type: 'varchar', length: 64, nullable: true })
  payloadSha256: string | null;

  /** File name of the image this increment follows, as the header states it (`parent`). */
  @Column({ name: 'parent', type: 'text', nullable: true })
  parent: string | null;

  /**
   * Provenance (spec §13): the run that wrote this file (`run`), or null when it appeared by other means
   * (`found`). Set when a run's agent reports the image; kept across refreshes while the file keeps its
   * inode (a different file at the same path is `found` again).
   */
  @Column({ name: 'run_id', type: 'integer', nullable: true })
  runId: number | null;

  /** Protected by an operator: retention and `DELETE` never remove it (spec §13). */
  @Column({ name: 'protected', type: 'boolean', default: false })
  protected: boolean;

  /** What verification last said of the file (null = unverified), and when. Reset when the file changes. */
  @Column({ name: 'verification', type: 'varchar', length: 16, nullable: true })
  verification: 'ok' | 'corrupt' | 'missing' | null;

  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ name: 'indexed_at', type: 'timestamptz', default: () => 'now()' })
  indexedAt: Date;

  /**
   * Changes with every write of the row (insert: the sequence's next number; update: a trigger takes
   * the next one): a cache of a job's rows reads again only those whose revision it does not hold.
   */
  @Column({ name: 'revision', type: 'bigint' })
  @Generated('increment')
  revision: string;
}
