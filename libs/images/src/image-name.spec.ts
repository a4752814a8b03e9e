import { imageFileName, imageSlotTimes, isImageFileName, jobNameOf } from './image-name';

describe('jobNameOf', () => {
  it.each([
    ['source-centos7-bios_ROOT_[2026-01-07_08_44].ZIA', 'source-centos7-bios_ROOT'],
    ['source-centos7-bios_boot_[2026-01-08_01_19].ZIA', 'source-centos7-bios_boot'],
    ['/ZConverter/a/b/web_C_[2025-12-31_23_59].ZIA', 'web_C'],
    ['win\\share\\db_D_[2025-12-31_23_59].zia', 'db_D'],
    ['서버 (1)_[2026-01-01_00_00].ZIA', '서버 (1)'],
    ['no-time-suffix.ZIA', 'no-time-suffix'],
    ['bad_[2026-01-07].ZIA', 'bad_[2026-01-07]'],
    ['twice_[2026-01-07_08_44]_[2026-01-08_01_19].ZIA', 'twice_[2026-01-07_08_44]'],
    ['web_ROOT_[2026-01-07_08_44]_2.ZIA', 'web_ROOT'],
    ['web_ROOT_[2026-01-07_08_44]_12.ZIA', 'web_ROOT'],
    ['web_ROOT_[2026-01-07_08_44]_0.ZIA', 'web_ROOT_[2026-01-07_08_44]_0'],
    ['web_ROOT_[2026-01-07_08_44]_x.ZIA', 'web_ROOT_[2026-01-07_08_44]_x'],
  ])('%s → %s', (file, job) => {
    expect(jobNameOf(file)).toBe(job);
  });
});

describe('isImageFileName', () => {
  it.each([
    ['a.ZIA', true],
    ['a.zia', true],
    ['a.ZIA.tmp', false],
    ['ZIA', false],
    ['a.zip', false],
  ])('%s → %p', (file, expected) => {
    expect(isImageFileName(file)).toBe(expected);
  });
});

describe('imageSlotTimes (golden table)', () => {
  it.each<[string, string, string, string]>([
    ['2026-03-02T03:08:00.000Z', 'Asia/Seoul', '2026-03-02 12:08:00', '2026-03-02_12_08'],
    ['2026-03-02T03:08:59.999Z', 'Asia/Seoul', '2026-03-02 12:08:59', '2026-03-02_12_08'],
    ['2026-03-02T15:30:00.000Z', 'Asia/Seoul', '2026-03-03 00:30:00', '2026-03-03_00_30'],
    ['2026-03-02T03:08:00.000Z', 'UTC', '2026-03-02 03:08:00', '2026-03-02_03_08'],
    ['2026-03-29T01:30:00.000Z', 'Europe/Berlin', '2026-03-29 03:30:00', '2026-03-29_03_30'],
  ])('%s in %s → %s / %s', (at, zone, time, stamp) => {
    expect(imageSlotTimes(new Date(at), zone)).toEqual({ time, stamp });
  });
});

describe('imageFileName (golden table)', () => {
  const stamp = '2026-03-02_12_08';
  it.each<[string, string[], string]>([
    ['a free minute', [], 'web_ROOT_[2026-03-02_12_08].ZIA'],
    ['a second image in the minute', ['web_ROOT_[2026-03-02_12_08].ZIA'], 'web_ROOT_[2026-03-02_12_08]_2.ZIA'],
    [
      'a third',
      ['web_ROOT_[2026-03-02_12_08].ZIA', 'web_ROOT_[2026-03-02_12_08]_2.ZIA'],
      'web_ROOT_[2026-03-02_12_08]_3.ZIA',
    ],
    ['a gap is filled', ['web_ROOT_[2026-03-02_12_08]_2.ZIA'], 'web_ROOT_[2026-03-02_12_08].ZIA'],
    ['the next minute taken does not matter', ['web_ROOT_[2026-03-02_12_09].ZIA'], 'web_ROOT_[2026-03-02_12_08].ZIA'],
  ])('%s', (_, taken, name) => {
    const name2 = imageFileName('web_ROOT', stamp, (n) => taken.includes(n));
    expect(name2).toBe(name);
    expect(jobNameOf(name2)).toBe('web_ROOT');
  });
});
