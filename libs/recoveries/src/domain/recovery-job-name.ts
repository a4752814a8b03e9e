/**
 * A recovery job's name (spec §14): `<jobName or target server base name>_RECOVERY<suffix>`, the
 * suffix being the target partition's as backup jobs have it (`/` → `_ROOT`, `C:` → `_C`,
 * `/boot/efi` → `_boot_efi`):
 *
 *   recoveryJobName('web01', '/')         → 'web01_RECOVERY_ROOT'
 *   recoveryJobName('restoreTest', 'C:')  → 'restoreTest_RECOVERY_C'
 */
export function recoveryJobName(base: string, targetPartitionSuffix: string): string {
  return `${base}_RECOVERY${targetPartitionSuffix}`;
}
