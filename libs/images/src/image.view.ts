import { ApiProperty } from '@nestjs/swagger';
import { PaginationMeta } from '@zdm/common';
import { ImageHeaderEntity } from './image-header.entity';
import { IMAGE_TYPES, ImageType } from './image-header';
import { compressionRatio, formatSize } from './size-format';
import { VERIFICATION_STATES, VerificationState } from './domain/restore-points';

export class SizeView {
  /** Bytes. */
  @ApiProperty({ type: 'integer', minimum: 0, example: 2328637440 })
  raw: number;
  /** Base 1024, two decimals: `2.17 GB`. */
  @ApiProperty({ pattern: '^\\d+\\.\\d{2} (B|KB|MB|GB|TB)$', example: '2.17 GB' })
  formatted: string;
}

export class ImageSizesView {
  partition: SizeView;
  image: SizeView;
  /** image / partition × 100, two decimals: `35.71%`. */
  @ApiProperty({ pattern: '^\\d+\\.\\d{2}%$', example: '35.71%' })
  compressionRatio: string;
}

export class ImagePartitionView {
  /** `/`, `/boot`, `C:`. */
  mountPoint: string;
  device: string;
  filesystem: string;
  @ApiProperty({ type: 'integer', minimum: 0 })
  diskNumber: number;
  @ApiProperty({ type: 'integer', minimum: 0 })
  partitionNumber: number;
}

/**
 * What the catalog knows of an image beyond the seed's fields (spec §13): who wrote it, whether it
 * is protected, what verification last said.
 */
export class ImageTrustView {
  /** `run`: written by a run of this API (`runId`); `found`: it appeared in the repository otherwise. */
  @ApiProperty({ enum: ['run', 'found'] })
  provenance: 'run' | 'found';
  @ApiProperty({ type: 'integer', nullable: true })
  runId: number | null;
  protected: boolean;
  @ApiProperty({ enum: VERIFICATION_STATES })
  verification: VerificationState;
  /** When it was last verified (ISO-8601 with offset); null while unverified. */
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  verifiedAt: string | null;
}

/** One image as the seed shows it (`get-backup-images-by-server.md`), plus `trust`. */
export class ImageView {
  /** File name: `source-centos7-bios_ROOT_[2026-01-07_08_44].ZIA`. */
  name: string;
  /** Image time as the header states it: `2026-01-07 08:43:48`. */
  time: string;
  @ApiProperty({ enum: IMAGE_TYPES })
  type: ImageType;
  compressed: boolean;
  size: ImageSizesView;
  server: string;
  os: string;
  partition: ImagePartitionView;
  /** Beyond the seed (spec §13): provenance, protection, verification. */
  trust: ImageTrustView;
}

/** `data` of the images route: `{ images, total }`, plus `pagination` when `page`/`limit` was sent. */
export class ImageListView {
  images: ImageView[];
  /** Number of images in this answer. */
  @ApiProperty({ type: 'integer', minimum: 0 })
  total: number;
  /** Present when `page` or `limit` was sent. */
  pagination?: PaginationMeta;
}

/** A catalog row (status `ok`) → the seed's image object; sizes derived from raw bytes. */
export function imageView(row: ImageHeaderEntity): ImageView {
  const partitionBytes = row.partitionSize ?? 0;
  const imageBytes = row.imageSize ?? row.fileSize;
  return {
    name: row.name ?? '',
    time: row.time ?? '',
    type: row.type ?? 'full',
    compressed: row.compressed ?? false,
    size: {
      partition: { raw: partitionBytes, formatted: formatSize(partitionBytes) },
      image: { raw: imageBytes, formatted: formatSize(imageBytes) },
      compressionRatio: compressionRatio(imageBytes, partitionBytes),
    },
    server: row.server ?? '',
    os: row.os ?? '',
    partition: {
      mountPoint: row.mountPoint ?? '',
      device: row.device ?? '',
      filesystem: row.filesystem ?? '',
      diskNumber: row.diskNumber ?? 0,
      partitionNumber: row.partitionNumber ?? 0,
    },
    trust: {
      provenance: row.runId !== null && row.runId !== undefined ? 'run' : 'found',
      runId: row.runId ?? null,
      protected: row.protected ?? false,
      verification: row.verification ?? 'unverified',
      verifiedAt: row.verifiedAt ? new Date(row.verifiedAt).toISOString() : null,
    },
  };
}
