import { DateTime } from 'luxon';

// The file name rule of an image is the format's (the reference agent names its images by it too).
export { IMAGE_FILE_EXTENSION, imageFileName } from '@zdm/image-format';

const EXTENSION = /\.zia$/i;
/** `_[YYYY-MM-DD_HH_mm]`, and `_N` (N ≥ 2) for the N-th image of one job within one minute. */
const TIME_SUFFIX = /_\[\d{4}-\d{2}-\d{2}_\d{2}_\d{2}\](?:_[1-9]\d*)?$/;

/** True for a file name ending in `.ZIA` (case-insensitive). */
export function isImageFileName(fileName: string): boolean {
  return EXTENSION.test(fileName);
}

/**
 * The job an image belongs to: the file name without the `_[YYYY-MM-DD_HH_mm]` time suffix (and its
 * `_N` of a second image in one minute) and without `.ZIA` —
 * `source-centos7-bios_ROOT_[2026-01-07_08_44].ZIA` → `source-centos7-bios_ROOT`.
 * A name without the time suffix loses only its extension. A path is reduced to its last segment.
 */
export function jobNameOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  return base.replace(EXTENSION, '').replace(TIME_SUFFIX, '');
}

/** The times of an image written for a slot: the header's `time` and the file name's `[…]`. */
export interface ImageSlotTimes {
  /** `YYYY-MM-DD HH:mm:ss` (the header's `time`). */
  time: string;
  /** `YYYY-MM-DD_HH_mm` (the file name's `[…]`). */
  stamp: string;
}

/** An instant on the wall clock of `zone` (the API's TZ), as image headers and names show it. */
export function imageSlotTimes(at: Date, zone: string): ImageSlotTimes {
  const local = DateTime.fromJSDate(at, { zone });
  return { time: local.toFormat('yyyy-MM-dd HH:mm:ss'), stamp: local.toFormat('yyyy-MM-dd_HH_mm') };
}
