/** Units of `formatSize`, base 1024. */
export const SIZE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

function assertByteCount(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a non-negative safe integer, got ${value}`);
  }
}

/** `numerator / denominator` rounded half-up to hundredths, exactly (no binary floating point). */
function hundredths(numerator: bigint, denominator: bigint): string {
  const scaled = (numerator * 200n + denominator) / (denominator * 2n);
  const whole = scaled / 100n;
  const fraction = (scaled % 100n).toString().padStart(2, '0');
  return `${whole}.${fraction}`;
}

/**
 * Bytes in base 1024 with two decimals (exact half-up rounding) in the largest unit not above the value
 * (TB is the largest): `2328637440` → `2.17 GB`, `831622708` → `793.10 MB`, `512` → `512.00 B`,
 * `1048575` → `1024.00 KB`.
 */
export function formatSize(bytes: number): string {
  assertByteCount(bytes, 'bytes');
  const value = BigInt(bytes);
  let unit = 0;
  while (unit < SIZE_UNITS.length - 1 && value >= 1024n ** BigInt(unit + 1)) unit++;
  return `${hundredths(value, 1024n ** BigInt(unit))} ${SIZE_UNITS[unit]}`;
}

/**
 * Image size / partition size × 100, two decimals, with `%`: (831622708, 2328637440) → `35.71%`.
 * An empty partition (0 bytes) gives `0.00%`.
 */
export function compressionRatio(imageBytes: number, partitionBytes: number): string {
  assertByteCount(imageBytes, 'imageBytes');
  assertByteCount(partitionBytes, 'partitionBytes');
  if (partitionBytes === 0) return '0.00%';
  return `${hundredths(BigInt(imageBytes) * 100n, BigInt(partitionBytes))}%`;
}
