import { pathUnsafeNameWarning, pathUnsafety } from './path-safe-name';

describe('pathUnsafety', () => {
  it.each([
    ['backupTest_ROOT', undefined],
    ['backupTest_boot_efi', undefined],
    ['source-centos7-bios (192.168.2.104)', undefined],
    ['SOURCE-2012_C', undefined],
    ['.hidden-but-one-segment', undefined],
    ['a..b', undefined],
    ['..x', undefined],
    ['v1.2', undefined],
    ['job_..', undefined],
    ['서버-01', undefined],
    ['../../../../../tmp/x', 'separator'],
    ['a/b', 'separator'],
    ['/', 'separator'],
    ['C:\\Windows', 'separator'],
    ['..\\..\\x', 'separator'],
    ['nul\u0000byte', 'separator'],
    ['.', 'dots'],
    ['..', 'dots'],
    ['...', 'dots'],
    ['.. (192.168.0.1)', 'dots'],
    ['..(10.0.0.1)', 'dots'],
    [' .. ', 'dots'],
  ])('%p → %p', (name, expected) => {
    expect(pathUnsafety(name)).toBe(expected);
  });
});

describe('pathUnsafeNameWarning', () => {
  it('lists the unsafe rows only, by id and quoted name', () => {
    expect(
      pathUnsafeNameWarning('backup_jobs', [
        { id: 1, name: '../../tmp/x' },
        { id: 2, name: '.profile' },
        { id: '3', name: '..' },
      ]),
    ).toBe(
      'backup_jobs: 2 name(s) contain / or \\ or are . or .. and would be used in file paths; ' +
        'rename them: 1 "../../tmp/x", 3 ".."',
    );
  });

  it('says nothing when every candidate is safe', () => {
    expect(pathUnsafeNameWarning('centers', [{ id: 1, name: '.hidden' }])).toBeUndefined();
    expect(pathUnsafeNameWarning('centers', [])).toBeUndefined();
  });
});
