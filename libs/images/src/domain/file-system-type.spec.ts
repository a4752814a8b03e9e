import { fileSystemOf, isNetworkFileSystem } from './file-system-type';

const MOUNTS = `overlay / overlay rw,relatime,lowerdir=/a 0 0
proc /proc proc rw,nosuid 0 0
tmpfs /tmp tmpfs rw 0 0
/dev/sda1 /data ext4 rw,relatime 0 0
nas:/export/backup /data/backup nfs4 rw,vers=4.2 0 0
//nas/share /mnt/smb cifs rw 0 0
//nas/share3 /mnt/smb3 smb3 rw 0 0
user@host:/srv /mnt/ssh fuse.sshfs rw 0 0
hostshare /mnt/9p 9p rw 0 0
/dev/sdb1 /mnt/with\\040space xfs rw 0 0
/dev/sdc1 /data/backup/local ext4 rw 0 0
`;

describe('fileSystemOf (golden table)', () => {
  it.each([
    ['/', '/', 'overlay', false],
    ['/srv/repo', '/', 'overlay', false],
    ['/tmp/zdm-repo', '/tmp', 'tmpfs', false],
    ['/data', '/data', 'ext4', false],
    ['/database', '/', 'overlay', false], // a prefix of the name is not a parent
    ['/data/backup', '/data/backup', 'nfs4', true],
    ['/data/backup/ZConverter/x', '/data/backup', 'nfs4', true],
    ['/data/backup/local/x', '/data/backup/local', 'ext4', false], // a local mount inside the share
    ['/mnt/smb/images', '/mnt/smb', 'cifs', true],
    ['/mnt/smb3', '/mnt/smb3', 'smb3', true],
    ['/mnt/ssh/a', '/mnt/ssh', 'fuse.sshfs', true],
    ['/mnt/9p/a', '/mnt/9p', '9p', true],
    ['/mnt/with space/a', '/mnt/with space', 'xfs', false],
  ])('%s → %s (%s, network %s)', (path, mountPoint, type, network) => {
    expect(fileSystemOf(MOUNTS, path)).toEqual({ mountPoint, type, network });
  });

  it('is undefined for an empty table', () => {
    expect(fileSystemOf('', '/x')).toBeUndefined();
  });

  it.each([
    ['nfs', true],
    ['NFS4', true],
    ['fuse.rclone', true],
    ['fuse.s3fs', true],
    ['fuse.lxcfs', false],
    ['fuseblk', false],
    ['ext4', false],
    ['xfs', false],
    ['btrfs', false],
    ['zfs', false],
    ['overlay', false],
  ])('isNetworkFileSystem(%s) = %s', (type, network) => {
    expect(isNetworkFileSystem(type)).toBe(network);
  });
});
