import { ApiProperty } from '@nestjs/swagger';
import { PaginationMeta } from '@zdm/common';
import { ImageHeaderEntity } from './image-header.entity';
import { IMAGE_TYPES, ImageType } from './image-header';
import { compressionRatio, formatSize } from './size-format';

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

/** One image as the seed shows it (`get-backup-images-by-server.md`). */
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
  };
}
