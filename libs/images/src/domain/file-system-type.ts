/**
 * Which file system holds a path, from the mount table (`/proc/mounts`), and whether it is a network
 * file system: there, change events (inotify) do not see what other machines write, so the periodic
 * refresh stays the bound on how soon a new image is listed.
 */
export interface MountedFileSystem {
  mountPoint: string;
  type: string;
  network: boolean;
}

/** File system types whose files other machines can change behind this kernel's back. */
const NETWORK_TYPES = new Set([
  'nfs',
  'nfs4',
  'cifs',
  'smb3',
  'smbfs',
  '9p',
  'afs',
  'ceph',
  'glusterfs',
  'lustre',
  'gpfs',
  'ocfs2',
  'gfs2',
  'davfs',
  'ncpfs',
  'coda',
  'beegfs',
]);
/** FUSE file systems (`fuse.<name>`) that are network mounts. */
const NETWORK_FUSE = new Set([
  'sshfs',
  'glusterfs',
  's3fs',
  'rclone',
  'gcsfuse',
  'davfs',
  'cephfs',
  'juicefs',
  'goofys',
]);

export function isNetworkFileSystem(type: string): boolean {
  const t = type.toLowerCase();
  if (NETWORK_TYPES.has(t)) return true;
  if (t.startsWith('fuse.')) return NETWORK_FUSE.has(t.slice(5));
  return t === 'fuse.sshfs' || t === 'sshfs';
}

/** `\040` etc. in mount table fields (octal escapes of space, tab, newline, backslash). */
function unescapeMountField(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}

/**
 * The mount whose mount point is the longest prefix of `realPath` (an absolute, symlink-free path), from
 * the text of `/proc/mounts`. `undefined` when the table has no usable line.
 */
export function fileSystemOf(mountTable: string, realPath: string): MountedFileSystem | undefined {
  let best: MountedFileSystem | undefined;
  for (const line of mountTable.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 3) continue;
    const mountPoint = unescapeMountField(fields[1]);
    const type = fields[2];
    const inside =
      realPath === mountPoint || mountPoint === '/' || realPath.startsWith(`${mountPoint.replace(/\/$/, '')}/`);
    // Later lines win on the same mount point (mounted over).
    if (inside && (!best || mountPoint.length >= best.mountPoint.length))
      best = { mountPoint, type, network: isNetworkFileSystem(type) };
  }
  return best;
}
