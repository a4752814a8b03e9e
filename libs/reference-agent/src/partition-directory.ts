/**
 * The directory of a partition under `--source-root` / `--restore-root` (spec §14): `/` is `ROOT`,
 * a Windows drive `C:` (or `C:\`) is `C`, any other mount point is its path without the leading
 * `/` and with `/` as `_` (`/boot/efi` → `boot_efi`). Characters other than letters, digits, `.`,
 * `_` and `-` become `_`, so the result is always one plain path segment.
 */
export function partitionDirectory(mountPoint: string): string {
  const trimmed = mountPoint.trim();
  if (/^\/+$/.test(trimmed)) return 'ROOT';
  const drive = /^([A-Za-z]):[\\/]?$/.exec(trimmed);
  if (drive) return drive[1].toUpperCase();
  const name = trimmed
    .replace(/^[\\/]+|[\\/]+$/g, '')
    .replace(/[\\/]+/g, '_')
    .replace(/[^A-Za-z0-9._-]/g, '_');
  if (!name || /^\.+$/.test(name)) throw new Error(`no directory for the partition ${JSON.stringify(mountPoint)}`);
  return name;
}
