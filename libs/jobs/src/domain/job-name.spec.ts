import { generatedJobName, jobName, partitionSuffix, serverBaseName } from './job-name';

describe('job names (spec §4.1)', () => {
  it.each([
    ['backupTest', '/', 'backupTest_ROOT'],
    ['backupTest', '/boot/efi', 'backupTest_boot_efi'],
    ['backupTest', '/boot', 'backupTest_boot'],
    ['daily-backup', '/home', 'daily-backup_home'],
    ['main', '/var/lib/pgsql', 'main_var_lib_pgsql'],
    ['SOURCE-2012', 'C:', 'SOURCE-2012_C'],
    ['SOURCE-2012', 'D:', 'SOURCE-2012_D'],
    ['win', 'c:', 'win_c'],
    ['win', 'E:\\', 'win_E'],
  ])('%s + %s → %s', (base, partition, expected) => {
    expect(jobName(base, partition)).toBe(expected);
  });

  it.each([
    ['/', '_ROOT'],
    ['/boot/efi', '_boot_efi'],
    ['/data', '_data'],
    ['C:', '_C'],
  ])('suffix(%s) = %s', (partition, suffix) => {
    expect(partitionSuffix(partition)).toBe(suffix);
  });

  it.each([
    ['source-centos7-bios (192.168.2.104)', 'source-centos7-bios'],
    ['SOURCE-2012 (192.168.0.179)', 'SOURCE-2012'],
    ['server-01', 'server-01'],
    ['db (fe80::1)', 'db'],
    ['db (primary)', 'db (primary)'],
    ['(10.0.0.1)', '(10.0.0.1)'],
  ])('server %s has base name %s', (server, base) => {
    expect(serverBaseName(server)).toBe(base);
  });

  it('uses the request jobName, else the server base name', () => {
    expect(generatedJobName(undefined, 'source-centos7-bios (192.168.2.104)', '/boot')).toBe(
      'source-centos7-bios_boot',
    );
    expect(generatedJobName(undefined, 'SOURCE-2012 (192.168.0.179)', 'C:')).toBe('SOURCE-2012_C');
    expect(generatedJobName('backupTest', 'source-centos7-bios (192.168.2.104)', '/')).toBe('backupTest_ROOT');
    expect(generatedJobName('backupTest', 'source-centos7-bios (192.168.2.104)', '/boot/efi')).toBe(
      'backupTest_boot_efi',
    );
  });
});
