/**
 * What demo mode seeds: the servers the seeds talk about, with their partitions, and the centers
 * and repositories the seed examples reference (`center: "1"`, `"2"`, `/backup/server-01`, …), so
 * every documented request works from Swagger UI on a fresh start.
 */
export interface DemoPartition {
  letter: string;
  device: string;
  filesystem: string;
  size: number;
}

export interface DemoServer {
  name: string;
  center: string;
  os: 'lin' | 'win';
  osVersion: string;
  partitions: DemoPartition[];
}

export const DEMO_CENTERS = [
  { name: 'zdm-center-01', description: 'Demo center (seed examples use center "1")' },
  { name: 'zdm-center-02', description: 'Demo center (the seed individual example uses center "2")' },
];

export const DEMO_REPOSITORIES = [
  { center: 'zdm-center-01', type: 'nfs' as const, path: '/ZConverter' },
  { center: 'zdm-center-01', type: 'nfs' as const, path: '/backup' },
  { center: 'zdm-center-01', type: 'nfs' as const, path: '/backup/server-01' },
  { center: 'zdm-center-01', type: 'smb' as const, path: '//192.168.1.100/backup' },
  { center: 'zdm-center-02', type: 'nfs' as const, path: '/backup' },
];

const CENTOS = 'CentOS Linux release 7.9.2009 (Core), 3.10.0-1160.el7.x86_64';
const GiB = 1024 ** 3;

export const DEMO_SERVERS: DemoServer[] = [
  {
    name: 'source-centos7-bios (192.168.2.104)',
    center: 'zdm-center-01',
    os: 'lin',
    osVersion: CENTOS,
    partitions: [
      { letter: '/', device: '/dev/mapper/centos-root', filesystem: 'xfs', size: 2328637440 },
      { letter: '/boot', device: '/dev/sda1', filesystem: 'xfs', size: 157310976 },
      { letter: '/boot/efi', device: '/dev/sda2', filesystem: 'vfat', size: 209715200 },
    ],
  },
  {
    name: 'SOURCE-2012 (192.168.0.179)',
    center: 'zdm-center-01',
    os: 'win',
    osVersion: 'Microsoft Windows Server 2012 R2 Standard',
    partitions: [
      {
        letter: 'C:',
        device: '\\\\?\\Volume{c0a8b3f2-0000-0000-0000-100000000000}',
        filesystem: 'NTFS',
        size: 60 * GiB,
      },
      {
        letter: 'D:',
        device: '\\\\?\\Volume{c0a8b3f2-0000-0000-0000-200000000000}',
        filesystem: 'NTFS',
        size: 100 * GiB,
      },
    ],
  },
  {
    name: 'server-01',
    center: 'zdm-center-01',
    os: 'lin',
    osVersion: 'Rocky Linux release 9.3 (Blue Onyx)',
    partitions: [
      { letter: '/', device: '/dev/mapper/rl-root', filesystem: 'xfs', size: 50 * GiB },
      { letter: '/home', device: '/dev/mapper/rl-home', filesystem: 'xfs', size: 200 * GiB },
    ],
  },
  {
    name: 'main-server',
    center: 'zdm-center-01',
    os: 'lin',
    osVersion: 'Ubuntu 22.04.4 LTS',
    partitions: [
      { letter: '/', device: '/dev/sda2', filesystem: 'ext4', size: 40 * GiB },
      { letter: '/data', device: '/dev/sdb1', filesystem: 'ext4', size: 500 * GiB },
      { letter: '/var', device: '/dev/sda3', filesystem: 'ext4', size: 20 * GiB },
    ],
  },
  {
    name: 'backup-server',
    center: 'zdm-center-02',
    os: 'lin',
    osVersion: 'Ubuntu 22.04.4 LTS',
    partitions: [
      { letter: '/', device: '/dev/sda2', filesystem: 'ext4', size: 40 * GiB },
      { letter: '/data', device: '/dev/sdb1', filesystem: 'ext4', size: 1024 * GiB },
    ],
  },
];
