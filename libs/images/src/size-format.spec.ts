import { compressionRatio, formatSize } from './size-format';

describe('formatSize', () => {
  it.each([
    // the seed's raw numbers, derived (zdm-api.md §6)
    [2328637440, '2.17 GB'],
    [831622708, '793.10 MB'],
    [157310976, '150.02 MB'],
    [113541428, '108.28 MB'],
    [0, '0.00 B'],
    [1, '1.00 B'],
    [1023, '1023.00 B'],
    [1024, '1.00 KB'],
    [1536, '1.50 KB'],
    [1048575, '1024.00 KB'], // the unit is chosen before rounding
    [1040000, '1015.63 KB'],
    [1048576, '1.00 MB'],
    [1024 ** 3, '1.00 GB'],
    [1024 ** 4, '1.00 TB'],
    [5 * 1024 ** 5, '5120.00 TB'], // TB is the largest unit
    [Number.MAX_SAFE_INTEGER, '8192.00 TB'],
    [1029, '1.00 KB'], // 1.0048… → 1.00
    [1034, '1.01 KB'], // 1.0097… → 1.01
    [1152, '1.13 KB'], // exactly 1.125 → half-up
  ])('%d → %s', (bytes, expected) => {
    expect(formatSize(bytes)).toBe(expected);
  });

  it.each([-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 2])('rejects %p', (bytes) => {
    expect(() => formatSize(bytes)).toThrow(RangeError);
  });
});

describe('compressionRatio', () => {
  it.each([
    [831622708, 2328637440, '35.71%'],
    [113541428, 157310976, '72.18%'],
    [1, 3, '33.33%'],
    [2, 3, '66.67%'],
    [1, 8, '12.50%'],
    [1, 800, '0.13%'], // 0.125 → half-up
    [5, 5, '100.00%'],
    [10, 5, '200.00%'],
    [0, 5, '0.00%'],
    [5, 0, '0.00%'],
  ])('%d / %d → %s', (image, partition, expected) => {
    expect(compressionRatio(image, partition)).toBe(expected);
  });
});
