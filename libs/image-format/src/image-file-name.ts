/** Backup images are `*.ZIA` files (any case: `.zia` copied from Windows shares counts too). */
export const IMAGE_FILE_EXTENSION = '.ZIA';

/**
 * The file name of a job's image for a minute (spec §13 "Image names follow the run's slot"):
 * `<job>_[<stamp>].ZIA`, or `<job>_[<stamp>]_2.ZIA`, `_3`… when `taken` says the name is used (a
 * second image within one minute), never another minute. `stamp` is `YYYY-MM-DD_HH_mm`.
 */
export function imageFileName(jobName: string, stamp: string, taken: (name: string) => boolean): string {
  for (let n = 1; ; n++) {
    const name = `${jobName}_[${stamp}]${n === 1 ? '' : `_${n}`}${IMAGE_FILE_EXTENSION}`;
    if (!taken(name)) return name;
  }
}
