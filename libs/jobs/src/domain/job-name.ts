/**
 * Job names (spec §4.1): an explicit `individual[].jobName` is used verbatim; otherwise
 * `base + suffix(partition)`, where `base` is the request's `jobName` or, without one, the server
 * name without its trailing ` (ip)` part.
 *
 *   jobName('backupTest', '/')                                  → 'backupTest_ROOT'
 *   jobName('backupTest', '/boot/efi')                          → 'backupTest_boot_efi'
 *   jobName(serverBaseName('source-centos7-bios (192.168.2.104)'), '/boot') → 'source-centos7-bios_boot'
 *   jobName('SOURCE-2012', 'C:')                                → 'SOURCE-2012_C'
 */
export function jobName(base: string, partition: string): string {
  return base + partitionSuffix(partition);
}

/** `/` → `_ROOT`; a Windows drive `C:` (or `C:\`) → `_C`; any other mount point: every `/` → `_`. */
export function partitionSuffix(partition: string): string {
  if (partition === '/') return '_ROOT';
  const drive = /^([A-Za-z]):\\?$/.exec(partition);
  if (drive) return `_${drive[1]}`;
  return partition.replace(/\//g, '_');
}

/** A trailing ` (ip)` (IPv4 or IPv6) is not part of the base name: `host (10.0.0.1)` → `host`. */
const TRAILING_IP = /\s*\((\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)\)\s*$/;

export function serverBaseName(serverName: string): string {
  const base = serverName.replace(TRAILING_IP, '');
  return base.length > 0 ? base : serverName;
}

/** The generated name of a partition's job: `base` is the request's `jobName`, if any. */
export function generatedJobName(requestJobName: string | undefined, serverName: string, partition: string): string {
  return jobName(requestJobName ?? serverBaseName(serverName), partition);
}
