import { PaginationMeta } from '@zdm/common';
import { ImageHeaderEntity } from './image-header.entity';
import { ImageType } from './image-header';
import { compressionRatio, formatSize } from './size-format';

/** One image as the seed shows it (`get-backup-images-by-server.md`). */
export interface ImageView {
  name: string;
  time: string;
  type: ImageType;
  compressed: boolean;
  size: {
    partition: { raw: number; formatted: string };
    image: { raw: number; formatted: string };
    compressionRatio: string;
  };
  server: string;
  os: string;
  partition: {
    mountPoint: string;
    device: string;
    filesystem: string;
    diskNumber: number;
    partitionNumber: number;
  };
}

/** `data` of the images route: `{ images, total }`, plus `pagination` when `page`/`limit` was sent. */
export interface ImageListView {
  images: ImageView[];
  /** Number of images in this answer. */
  total: number;
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
