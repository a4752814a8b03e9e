import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeSampleHeader, SEED_IMAGES, writeSeedImages } from './sample-image';
import { generateSampleRepository } from './sample-repository';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'zia-sample-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function allFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

describe('sample images', () => {
  it('encodes the header block: magic, key=value lines, END', () => {
    expect(encodeSampleHeader(SEED_IMAGES[0])).toBe(
      [
        'ZIA-SAMPLE 1',
        'name=source-centos7-bios_ROOT_[2026-01-07_08_44].ZIA',
        'time=2026-01-07 08:43:48',
        'type=full',
        'compressed=1',
        'server=source-centos7-bios (192.168.2.104)',
        'os=CentOS Linux release 7.9.2009 (Core), 3.10.0-1160.el7.x86_64',
        'partitionSize=2328637440',
        'imageSize=831622708',
        'mountPoint=/',
        'device=/dev/mapper/centos-root',
        'filesystem=xfs',
        'diskNumber=0',
        'partitionNumber=1',
        'END',
        '',
      ].join('\n'),
    );
    expect(() => encodeSampleHeader({ ...SEED_IMAGES[0], os: 'a\nb' })).toThrow(/control character/);
  });

  it('writes the seed images at the top of the directory', () => {
    const paths = writeSeedImages(dir);
    expect(paths).toEqual([join(dir, SEED_IMAGES[0].name), join(dir, SEED_IMAGES[1].name)]);
    expect(readFileSync(paths[1], 'utf8')).toContain('partitionSize=157310976\nimageSize=113541428\n');
  });

  it('generates N images for S servers, deterministic, with realistic names, nested', () => {
    const summary = generateSampleRepository({ dir, servers: 7, images: 100 });
    const files = allFiles(dir);
    expect(files).toHaveLength(100);
    expect(summary.servers.reduce((n, s) => n + s.imageCount, 0)).toBe(100);
    expect(summary.servers[0].name).toBe('source-centos7-bios (192.168.2.104)');
    expect(
      summary.servers.some((s) => s.partitions.some((p) => p.mountPoint === 'C:')) &&
        summary.servers.some((s) => s.partitions.some((p) => p.mountPoint === 'D:')),
    ).toBe(true);
    for (const file of files) {
      const name = file.slice(file.lastIndexOf('/') + 1);
      expect(name).toMatch(/^[a-z0-9-]+_[A-Za-z]+_\[\d{4}-\d{2}-\d{2}_\d{2}_\d{2}\]\.ZIA$/);
      expect(file.split('/').at(-2)).toBe(name.replace(/_\[[^\]]+\](?:_\d+)?\.ZIA$/i, '')); // <server dir>/<job>/<file>
      const header = readFileSync(file, 'utf8');
      expect(header).toMatch(/^ZIA-SAMPLE 1\nname=/);
      expect(header).toContain(`name=${name}\n`);
    }
    expect(files.some((f) => f.includes('/center-'))).toBe(true);
    const types = files.map((f) => /type=(\w+)/.exec(readFileSync(f, 'utf8'))![1]);
    expect(new Set(types)).toEqual(new Set(['full', 'increment']));

    const again = mkdtempSync(join(tmpdir(), 'zia-sample-'));
    try {
      generateSampleRepository({ dir: again, servers: 7, images: 100 });
      const a = allFiles(dir)
        .map((f) => [f.slice(dir.length), readFileSync(f, 'utf8')])
        .sort();
      const b = allFiles(again)
        .map((f) => [f.slice(again.length), readFileSync(f, 'utf8')])
        .sort();
      expect(b).toEqual(a);
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });

  it('can leave the seed server out', () => {
    const summary = generateSampleRepository({ dir, servers: 3, images: 3, seedServer: false });
    expect(summary.servers.map((s) => s.name)).not.toContain('source-centos7-bios (192.168.2.104)');
  });
});
