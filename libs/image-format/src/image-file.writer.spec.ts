import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkImage } from './image-check';
import { writeImageFile } from './image-file.writer';
import { payloadSha256 } from './payload-checksum';
import { parseSampleHeader, readSampleHeader } from './sample-header';
import { encodeSampleHeader, SEED_IMAGES } from './sample-image';

const CLI = resolve(__dirname, '../../images/reference-cli/bin/zia-header');

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'zia-format-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function* chunks(...parts: Buffer[]): AsyncGenerator<Buffer> {
  for (const part of parts) yield part;
}

describe('parseSampleHeader (golden table)', () => {
  it.each([
    ['plain', 'ZIA-SAMPLE 1\nname=a.ZIA\ntype=full\nEND\nPAY', { name: 'a.ZIA', type: 'full' }, 38],
    [
      'CRLF and empty lines',
      'ZIA-SAMPLE 1\r\n\r\ntime=2026-01-07 08:43:48\r\n\n\nEND\r\nX',
      { time: '2026-01-07 08:43:48' },
      49,
    ],
    ['value with = and brackets', 'ZIA-SAMPLE 1\nname=x_[1]=2.ZIA\nEND\n', { name: 'x_[1]=2.ZIA' }, 34],
    ['first name kept', 'ZIA-SAMPLE 1\nname=a\nname=b\nEND\n', { name: 'a' }, 31],
  ])('%s', (_label, text, fields, payloadOffset) => {
    expect(parseSampleHeader(Buffer.from(text, 'utf8'))).toEqual({ fields, payloadOffset });
  });

  it.each([
    ['bad magic', 'ZIA-SAMPLE 2\nEND\n', 'not a ZIA-SAMPLE image (bad magic line)'],
    ['no newline', 'ZIA-SAMPLE 1', 'not a ZIA-SAMPLE image (bad magic line)'],
    ['no END', 'ZIA-SAMPLE 1\nname=a\n', 'header not terminated by END'],
    ['malformed line', 'ZIA-SAMPLE 1\n1key=a\nEND\n', 'malformed header line 2'],
    ['line without =', 'ZIA-SAMPLE 1\njust text\nEND\n', 'malformed header line 2'],
  ])('refuses %s', (_label, text, message) => {
    expect(() => parseSampleHeader(Buffer.from(text, 'utf8'))).toThrow(message);
  });
});

describe('writeImageFile', () => {
  it('streams the payload after a header carrying its sha256 and the exact image size', async () => {
    const path = join(dir, 'x.ZIA');
    const payload = [Buffer.from('first chunk '), Buffer.alloc(1_100_000, 7), Buffer.from([0, 1, 2, 255])];
    const seen: number[] = [];
    const written = await writeImageFile(
      path,
      { ...SEED_IMAGES[0], name: 'x.ZIA', parent: 'p.ZIA' },
      chunks(...payload),
      (n) => {
        seen.push(n);
      },
    );
    const all = Buffer.concat(payload);
    const sha = createHash('sha256').update(all).digest('hex');
    expect(written).toEqual({ payloadSha256: sha, payloadBytes: all.length, imageSize: statSync(path).size });
    expect(seen).toEqual([1_100_012, 1_100_016]); // small chunks gathered into writes of a megabyte
    const { fields, payloadOffset } = await readSampleHeader(path);
    expect(fields).toMatchObject({
      name: 'x.ZIA',
      payloadSha256: sha,
      parent: 'p.ZIA',
      imageSize: String(written.imageSize),
    });
    expect(readFileSync(path).subarray(payloadOffset)).toEqual(all);
    expect(await payloadSha256(path, payloadOffset)).toBe(sha);
    expect(await checkImage(path, sha)).toMatchObject({ state: 'ok' });
  });

  it('the reference header CLI reads what it wrote (padding lines before END are ignored)', async () => {
    if (!existsSync(CLI)) return; // built by the test setup (scripts/build-reference-cli.js)
    const path = join(dir, 'y.ZIA');
    const written = await writeImageFile(path, { ...SEED_IMAGES[1], name: 'y.ZIA' }, chunks(Buffer.from('abc')));
    const output = execFileSync(CLI, [path], { encoding: 'utf8' });
    expect(output).toContain(`payloadSha256=${written.payloadSha256}\n`);
    expect(output).toContain(`imageSize=${written.imageSize}\n`);
    expect(output).not.toContain('error=');
  });
});

describe('checkImage', () => {
  const header = encodeSampleHeader({
    ...SEED_IMAGES[0],
    payloadSha256: createHash('sha256').update('payload').digest('hex'),
  });

  it('ok, missing, a flipped payload byte, an unreadable header, a catalog checksum that differs', async () => {
    const good = join(dir, 'good.ZIA');
    writeFileSync(good, header + 'payload');
    expect((await checkImage(good, null)).state).toBe('ok');
    expect(await checkImage(join(dir, 'gone.ZIA'), null)).toEqual({
      state: 'missing',
      errorMessage: `no such file: ${join(dir, 'gone.ZIA')}`,
    });
    const flipped = join(dir, 'flipped.ZIA');
    writeFileSync(flipped, header + 'paylOad');
    expect(await checkImage(flipped, null)).toMatchObject({
      state: 'corrupt',
      errorMessage: expect.stringMatching(/^payload sha256 [0-9a-f]{64} differs from the header's [0-9a-f]{64}$/),
    });
    const garbage = join(dir, 'garbage.ZIA');
    writeFileSync(garbage, 'not an image\n');
    expect(await checkImage(garbage, null)).toEqual({
      state: 'corrupt',
      errorMessage: 'unreadable header: not a ZIA-SAMPLE image (bad magic line)',
    });
    expect(await checkImage(good, 'a'.repeat(64))).toMatchObject({
      state: 'corrupt',
      errorMessage: expect.stringContaining(`differs from the catalog's ${'a'.repeat(64)}`),
    });
  });
});
