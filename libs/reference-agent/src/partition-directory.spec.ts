import { partitionDirectory } from './partition-directory';

describe('partitionDirectory (golden table)', () => {
  it.each([
    ['/', 'ROOT'],
    ['//', 'ROOT'],
    ['/boot/efi', 'boot_efi'],
    ['/boot', 'boot'],
    ['/var/lib/data', 'var_lib_data'],
    ['/home/', 'home'],
    ['C:', 'C'],
    ['c:', 'C'],
    ['D:\\', 'D'],
    ['E:/', 'E'],
    ['/mnt/my disk', 'mnt_my_disk'],
    ['/mnt/daten-ü', 'mnt_daten-_'],
    ['/..x', '..x'],
  ])('%j → %j', (mountPoint, directory) => {
    expect(partitionDirectory(mountPoint)).toBe(directory);
  });

  it.each(['', '/..', '..', '.'])('refuses %j (not one plain segment)', (mountPoint) => {
    expect(() => partitionDirectory(mountPoint)).toThrow(/no directory for the partition/);
  });
});
