import fc from 'fast-check';
import { parseHeaderBlocks } from './header-block.parser';
import { ImageHeader } from './image-header';

const ROOT_PATH = '/ZConverter/source-centos7-bios_ROOT_[2026-01-07_08_44].ZIA';
const ROOT_BLOCK = `[${ROOT_PATH}]
name=source-centos7-bios_ROOT_[2026-01-07_08_44].ZIA
time=2026-01-07 08:43:48
type=full
compressed=1
server=source-centos7-bios (192.168.2.104)
os=CentOS Linux release 7.9.2009 (Core), 3.10.0-1160.el7.x86_64
partitionSize=2328637440
imageSize=831622708
mountPoint=/
device=/dev/mapper/centos-root
filesystem=xfs
diskNumber=0
partitionNumber=1
`;
const ROOT_HEADER: ImageHeader = {
  name: 'source-centos7-bios_ROOT_[2026-01-07_08_44].ZIA',
  time: '2026-01-07 08:43:48',
  type: 'full',
  compressed: true,
  server: 'source-centos7-bios (192.168.2.104)',
  os: 'CentOS Linux release 7.9.2009 (Core), 3.10.0-1160.el7.x86_64',
  partitionSize: 2328637440,
  imageSize: 831622708,
  mountPoint: '/',
  device: '/dev/mapper/centos-root',
  filesystem: 'xfs',
  diskNumber: 0,
  partitionNumber: 1,
};

/** A minimal valid block for `path`, with `overrides` (value `null` removes the key). */
function block(path: string, overrides: Record<string, string | null> = {}): string {
  const values: Record<string, string | null> = {
    time: '2026-01-08 01:19:29',
    type: 'full',
    compressed: '1',
    server: 'srv (10.0.0.1)',
    partitionSize: '157310976',
    diskNumber: '0',
    partitionNumber: '2',
    ...overrides,
  };
  const lines = Object.entries(values)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}=${v}`);
  return `[${path}]\n${lines.join('\n')}\n`;
}

describe('parseHeaderBlocks', () => {
  it('parses the contract example exactly', () => {
    const parsed = parseHeaderBlocks(ROOT_BLOCK);
    expect(parsed.headers).toEqual(new Map([[ROOT_PATH, ROOT_HEADER]]));
    expect(parsed.errors.size).toBe(0);
    expect(parsed.garbage).toEqual([]);
  });

  it('parses several blocks in any order, separated by blank lines, with or without a trailing newline', () => {
    const output = `${block('/b')}\n${ROOT_BLOCK}\n${block('/a', { type: 'increment' }).trimEnd()}`;
    const parsed = parseHeaderBlocks(output);
    expect([...parsed.headers.keys()]).toEqual(['/b', ROOT_PATH, '/a']);
    expect(parsed.headers.get('/a')!.type).toBe('increment');
    expect(parsed.garbage).toEqual([]);
  });

  it('tolerates CRLF line endings and spaces around keys and values', () => {
    const parsed = parseHeaderBlocks(ROOT_BLOCK.replace(/\n/g, '\r\n').replace('type=full', ' type = full '));
    expect(parsed.headers.get(ROOT_PATH)).toEqual(ROOT_HEADER);
  });

  it('ignores unknown keys', () => {
    const parsed = parseHeaderBlocks(block('/a', { vendorChecksum: 'abc', Encryption: 'AES' }));
    expect(parsed.headers.has('/a')).toBe(true);
    expect(parsed.garbage).toEqual([]);
  });

  const SHA = 'ab'.repeat(32);
  it.each<[string, Record<string, string>, Partial<ImageHeader>]>([
    ['none of them: the header stays as it was', {}, {}],
    [
      'a checksum and a parent',
      { payloadSha256: SHA, parent: 'j_[2026-01-01_00_00].ZIA' },
      { payloadSha256: SHA, parent: 'j_[2026-01-01_00_00].ZIA' },
    ],
    ['an upper-case checksum is lower-cased', { payloadSha256: SHA.toUpperCase() }, { payloadSha256: SHA }],
    ['a checksum that is not 64 hex digits is none', { payloadSha256: 'abc' }, { payloadSha256: null }],
    ['an empty parent is none', { parent: '' }, { parent: null }],
    ['a parent that is a path is none', { parent: 'x/j.ZIA' }, { parent: null }],
  ])('payloadSha256 and parent: %s', (_title, keys, expected) => {
    const header = parseHeaderBlocks(block('/a', keys)).headers.get('/a')!;
    expect({ payloadSha256: header.payloadSha256, parent: header.parent }).toEqual({
      payloadSha256: undefined,
      parent: undefined,
      ...expected,
    });
  });

  it.each([
    ['1', true],
    ['0', false],
    ['true', true],
    ['false', false],
    ['TRUE', true],
    ['False', false],
  ])('compressed=%s → %p', (raw, value) => {
    expect(parseHeaderBlocks(block('/a', { compressed: raw })).headers.get('/a')!.compressed).toBe(value);
  });

  it('imageSize may be missing (null: the caller uses the file size)', () => {
    expect(parseHeaderBlocks(block('/a', { imageSize: null })).headers.get('/a')!.imageSize).toBeNull();
  });

  it('name falls back to the base name of the path; optional text fields default to empty', () => {
    const header = parseHeaderBlocks(block('/x/y/j_[2026-01-01_00_00].ZIA')).headers.get(
      '/x/y/j_[2026-01-01_00_00].ZIA',
    )!;
    expect(header.name).toBe('j_[2026-01-01_00_00].ZIA');
    expect([header.os, header.mountPoint, header.device, header.filesystem]).toEqual(['', '', '', '']);
  });

  it('keeps values containing "=", brackets, non-ASCII and Windows paths', () => {
    const header = parseHeaderBlocks(
      block('/w', {
        server: '파일서버 (10.0.0.9)',
        os: 'a=b [c]',
        device: '\\Device\\HarddiskVolume2',
        mountPoint: 'C:',
      }),
    ).headers.get('/w')!;
    expect(header).toMatchObject({
      server: '파일서버 (10.0.0.9)',
      os: 'a=b [c]',
      device: '\\Device\\HarddiskVolume2',
      mountPoint: 'C:',
    });
  });

  it('normalises type incremental → increment and time with T', () => {
    const header = parseHeaderBlocks(block('/a', { type: 'Incremental', time: '2026-01-08T01:19:29' })).headers.get(
      '/a',
    )!;
    expect(header.type).toBe('increment');
    expect(header.time).toBe('2026-01-08 01:19:29');
  });

  it('an error= block is a per-path error, whatever else it says', () => {
    const parsed = parseHeaderBlocks(`[/bad]\nerror=Permission denied\n\n${block('/good')}`);
    expect(parsed.errors).toEqual(new Map([['/bad', 'Permission denied']]));
    expect([...parsed.headers.keys()]).toEqual(['/good']);
    expect(parseHeaderBlocks(`[/bad]\nerror=\n`).errors.get('/bad')).toBe('unspecified error');
  });

  it.each([
    [{ time: null, server: null }, 'missing time, server'],
    [{ time: '2026/01/08' }, 'invalid time "2026/01/08": expected YYYY-MM-DD HH:mm:ss'],
    [{ type: 'differential' }, 'invalid type "differential": expected full or increment'],
    [{ compressed: 'yes' }, 'invalid compressed "yes": expected 1, 0, true or false'],
    [{ partitionSize: '-5' }, 'invalid partitionSize "-5": not a non-negative integer'],
    [{ imageSize: '12.5' }, 'invalid imageSize "12.5": not a non-negative integer'],
    [{ partitionSize: '99999999999999999999' }, 'invalid partitionSize "99999999999999999999": too large'],
    [{ diskNumber: 'x' }, 'invalid diskNumber "x": not a non-negative integer'],
  ])('an invalid block %p is a per-path error: %s', (overrides, reason) => {
    const parsed = parseHeaderBlocks(block('/a', overrides));
    expect(parsed.headers.size).toBe(0);
    expect(parsed.errors.get('/a')).toBe(reason);
  });

  it('a section with no lines at all is a per-path error', () => {
    expect(parseHeaderBlocks('[/a]\n\n').errors.get('/a')).toMatch(/^missing time/);
  });

  it('tolerates and reports garbage: text outside blocks, lines without =, repeated keys, duplicate blocks', () => {
    const output = [
      'ZConLinuxGetHeader 9.9 starting',
      '',
      block('/a', { server: 'first' }) + 'this line has no equals sign',
      'server=second',
      '',
      'orphan=value',
      '',
      block('/a'),
    ].join('\n');
    const parsed = parseHeaderBlocks(output);
    expect(parsed.headers.get('/a')!.server).toBe('first');
    expect(parsed.garbage).toEqual([
      'line 1: text outside a block "ZConLinuxGetHeader 9.9 starting"',
      'line 11: not a key=value line "this line has no equals sign"',
      'line 12: repeated key server for "/a" (first kept)',
      'line 14: text outside a block "orphan=value"',
      'line 16: duplicate block for "/a" (first kept)',
    ]);
  });

  it('only accepts blocks for requested paths when told which', () => {
    const parsed = parseHeaderBlocks(`${block('/a')}\n${block('/intruder')}`, { requested: new Set(['/a']) });
    expect([...parsed.headers.keys()]).toEqual(['/a']);
    expect(parsed.garbage).toEqual(['line 10: block for a path that was not requested "/intruder"']);
  });

  it('after a kill/crash, drops a last block not closed by a blank line (it may be cut)', () => {
    const cut = `${block('/a')}\n${block('/b').replace('partitionSize=157310976', 'partitionSize=1573')}`;
    expect([...parseHeaderBlocks(cut).headers.keys()]).toEqual(['/a', '/b']);
    const parsed = parseHeaderBlocks(cut, { dropUnterminatedLast: true });
    expect([...parsed.headers.keys()]).toEqual(['/a']);
    expect(parsed.garbage).toEqual(['line 10: incomplete last block for "/b" dropped (the CLI did not finish)']);
    // closed by a blank line: kept
    expect([...parseHeaderBlocks(`${cut}\n\n`, { dropUnterminatedLast: true }).headers.keys()]).toEqual(['/a', '/b']);
  });

  it('survives arbitrary input without throwing', () => {
    for (const input of [
      '',
      '\n\n\n',
      '[',
      ']',
      '[]',
      '[]\n=',
      '\u0000\u0001',
      'a'.repeat(10_000),
      '[x]\n'.repeat(1000),
    ]) {
      expect(() => parseHeaderBlocks(input)).not.toThrow();
    }
  });

  it('property: never throws, and every path ends up in exactly one of headers / errors', () => {
    const line = fc.oneof(fc.string(), fc.constantFrom('', '[/p]', 'error=x', 'time=2026-01-01 00:00:00', 'type=full'));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.boolean(), (lines, drop) => {
        const parsed = parseHeaderBlocks(lines.join('\n'), { dropUnterminatedLast: drop });
        for (const path of parsed.headers.keys()) expect(parsed.errors.has(path)).toBe(false);
      }),
    );
  });

  it('property: a well-formed block always parses back to the same values', () => {
    const text = fc.string({ minLength: 1 }).filter((s) => !/[\r\n]/.test(s) && s.trim() === s);
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.boolean(), (server, size, disk, compressed) => {
        const path = `/r/${server}.ZIA`;
        const parsed = parseHeaderBlocks(
          block(path, {
            server,
            partitionSize: String(size),
            diskNumber: String(disk),
            compressed: compressed ? 'true' : '0',
          }),
        );
        expect(parsed.headers.get(path)).toMatchObject({ server, partitionSize: size, diskNumber: disk, compressed });
      }),
    );
  });

  it('caps the garbage notes', () => {
    const parsed = parseHeaderBlocks('junk\n'.repeat(100));
    expect(parsed.garbage).toHaveLength(21);
    expect(parsed.garbage[20]).toBe('… 80 more');
  });
});
