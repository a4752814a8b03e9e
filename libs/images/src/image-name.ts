/** Backup images are `*.ZIA` files (any case: `.zia` copied from Windows shares counts too). */
export const IMAGE_FILE_EXTENSION = '.ZIA';

const EXTENSION = /\.zia$/i;
const TIME_SUFFIX = /_\[\d{4}-\d{2}-\d{2}_\d{2}_\d{2}\]$/;

/** True for a file name ending in `.ZIA` (case-insensitive). */
export function isImageFileName(fileName: string): boolean {
  return EXTENSION.test(fileName);
}

/**
 * The job an image belongs to: the file name without the `_[YYYY-MM-DD_HH_mm]` time suffix and without
 * `.ZIA` — `source-centos7-bios_ROOT_[2026-01-07_08_44].ZIA` → `source-centos7-bios_ROOT`.
 * A name without the time suffix loses only its extension. A path is reduced to its last segment.
 */
export function jobNameOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  return base.replace(EXTENSION, '').replace(TIME_SUFFIX, '');
}
