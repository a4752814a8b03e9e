/** Backup type of an image, as the header CLI reports it (normalised). */
export const IMAGE_TYPES = ['full', 'increment'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

/**
 * One image's header, as read through the header CLI (contract: zdm-api.md §6) and validated by
 * `parseHeaderBlocks`. Sizes are bytes.
 */
export interface ImageHeader {
  /** Image file name, e.g. `source-centos7-bios_ROOT_[2026-01-07_08_44].ZIA`. */
  name: string;
  /** Backup time, `YYYY-MM-DD HH:mm:ss` (the image's own clock; no timezone). */
  time: string;
  type: ImageType;
  compressed: boolean;
  /** Server display name, e.g. `source-centos7-bios (192.168.2.104)`. */
  server: string;
  os: string;
  partitionSize: number;
  /** `null` when the CLI did not print `imageSize`: the caller uses the file's size. */
  imageSize: number | null;
  mountPoint: string;
  device: string;
  filesystem: string;
  diskNumber: number;
  partitionNumber: number;
  /**
   * Lowercase hex SHA-256 of every byte after the header (agent protocol: `payloadSha256=`); null or
   * absent when the header has none (or not a valid one).
   */
  payloadSha256?: string | null;
  /** File name of the image this increment follows (`parent=`); null or absent when it names none. */
  parent?: string | null;
}
