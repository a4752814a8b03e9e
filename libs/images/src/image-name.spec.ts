import { isImageFileName, jobNameOf } from './image-name';

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
