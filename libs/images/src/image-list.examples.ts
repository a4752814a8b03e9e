/**
 * The seed's 200 answer (`get-backup-images-by-server.md`), with sizes derived from its raw bytes (spec §6),
 * and each image's `trust` (spec §13, beyond the seed).
 */
export const IMAGE_LIST_OK_EXAMPLE = {
  success: true,
  requestID: 'req-abc123',
  data: {
    images: [
      {
        name: 'source-centos7-bios_ROOT_[2026-01-07_08_44].ZIA',
        time: '2026-01-07 08:43:48',
        type: 'full',
        compressed: true,
        size: {
          partition: { raw: 2328637440, formatted: '2.17 GB' },
          image: { raw: 831622708, formatted: '793.10 MB' },
          compressionRatio: '35.71%',
        },
        server: 'source-centos7-bios (192.168.2.104)',
        os: 'CentOS Linux release 7.9.2009 (Core), 3.10.0-1160.el7.x86_64',
        partition: {
          mountPoint: '/',
          device: '/dev/mapper/centos-root',
          filesystem: 'xfs',
          diskNumber: 0,
          partitionNumber: 1,
        },
        trust: { provenance: 'found', runId: null, protected: false, verification: 'unverified', verifiedAt: null },
      },
      {
        name: 'source-centos7-bios_boot_[2026-01-08_01_19].ZIA',
        time: '2026-01-08 01:19:29',
        type: 'full',
        compressed: true,
        size: {
          partition: { raw: 157310976, formatted: '150.02 MB' },
          image: { raw: 113541428, formatted: '108.28 MB' },
          compressionRatio: '72.18%',
        },
        server: 'source-centos7-bios (192.168.2.104)',
        os: 'CentOS Linux release 7.9.2009 (Core), 3.10.0-1160.el7.x86_64',
        partition: { mountPoint: '/boot', device: '/dev/sda1', filesystem: 'xfs', diskNumber: 0, partitionNumber: 2 },
        trust: { provenance: 'found', runId: null, protected: false, verification: 'unverified', verifiedAt: null },
      },
    ],
    total: 2,
  },
  message: 'Backup images retrieved successfully',
  timestamp: '2026-01-09T10:30:00Z',
};
