import { findInputProblem, MAX_ARRAY_ITEMS, MAX_OBJECT_KEYS, MAX_INPUT_DEPTH } from './untrusted-input';

const nested = (depth: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};

describe('findInputProblem', () => {
  it('accepts ordinary bodies', () => {
    expect(
      findInputProblem({ center: '1', partition: ['/', '/boot'], repository: { type: 'nfs', path: '/backup' } }, ''),
    ).toBeUndefined();
    expect(findInputProblem(nested(MAX_INPUT_DEPTH - 1), '')).toBeUndefined();
  });

  it('rejects nesting deeper than the limit without recursing (2,000 levels)', () => {
    expect(findInputProblem(nested(MAX_INPUT_DEPTH + 1), '')?.text.en).toMatch(/nested too deeply/);
    expect(findInputProblem(nested(2000), '')?.field).toMatch(/^a(\.a)+$/);
  });

  it('names the field holding a NUL character', () => {
    expect(findInputProblem({ individual: [{ jobName: 'a\u0000b' }] }, '')).toMatchObject({
      field: 'individual[0].jobName',
    });
    expect(findInputProblem('x\u0000', 'identifier')).toMatchObject({ field: 'identifier' });
  });

  it('names the field holding an unpaired surrogate, and accepts paired ones (found by the fuzzer: it was a 500)', () => {
    expect(findInputProblem({ excludeDir: ['ok', '\udfff\ud800'] }, '')).toMatchObject({
      field: 'excludeDir[1]',
      text: { en: 'excludeDir[1] must not contain unpaired Unicode surrogates.' },
    });
    expect(findInputProblem({ jobName: 'x\ud800' }, '')).toMatchObject({ field: 'jobName' });
    expect(findInputProblem({ jobName: '백업 😀 job' }, '')).toBeUndefined();
  });

  it('reports prototype keys as unknown fields', () => {
    for (const key of ['__proto__', 'constructor', 'valueOf', 'toString', 'prototype', 'hasOwnProperty']) {
      const body = JSON.parse(`{"repository": {"${key}": 1}}`);
      expect(findInputProblem(body, '')).toMatchObject({
        field: `repository.${key}`,
        text: { en: `repository.${key} is not an allowed field.` },
      });
    }
  });

  it('refuses an object with more than MAX_OBJECT_KEYS keys and an array with more than MAX_ARRAY_ITEMS items', () => {
    const wide = Object.fromEntries(Array.from({ length: MAX_OBJECT_KEYS + 1 }, (_, i) => [`k${i}`, i]));
    expect(findInputProblem({ nested: wide }, '')?.field).toBe('nested');
    expect(findInputProblem(Object.fromEntries(Object.entries(wide).slice(1)), '')).toBeUndefined();
    expect(findInputProblem({ list: new Array(MAX_ARRAY_ITEMS + 1).fill(1) }, '')?.text.en).toBe(
      `list takes at most ${MAX_ARRAY_ITEMS} entries.`,
    );
    expect(findInputProblem({ list: new Array(MAX_ARRAY_ITEMS).fill(1) }, '')).toBeUndefined();
  });
});
