import { AppException } from '../errors/app.exception';
import { parseIdentifier, parseNumericId } from './identifier';

describe('parseIdentifier', () => {
  it.each([
    [1, { kind: 'id', id: 1 }],
    ['1', { kind: 'id', id: 1 }],
    [' 42 ', { kind: 'id', id: 42 }],
    ['server-01', { kind: 'name', name: 'server-01' }],
    ['source-centos7-bios (192.168.2.104)', { kind: 'name', name: 'source-centos7-bios (192.168.2.104)' }],
    ['admin@zdm.local', { kind: 'name', name: 'admin@zdm.local' }],
    ['1a', { kind: 'name', name: '1a' }],
  ])('%p → %p', (value, expected) => {
    expect(parseIdentifier(value, 'server')).toEqual(expected);
  });

  it.each([
    [0],
    [-1],
    [1.5],
    ['0'],
    ['2147483648'],
    [''],
    ['   '],
    [null],
    [undefined],
    [{}],
    [[1]],
    [true],
    ['x'.repeat(256)],
  ])('rejects %p with a 400 naming the field', (value) => {
    const error = (() => {
      try {
        parseIdentifier(value, 'individual[0].center');
      } catch (e) {
        return e as AppException;
      }
      throw new Error('no error');
    })();
    expect(error).toBeInstanceOf(AppException);
    expect(error.getStatus()).toBe(400);
    expect(error.text.ko).toContain('individual[0].center');
    expect(error.text.en).toContain('individual[0].center');
  });
});

describe('parseNumericId', () => {
  it('accepts digits only, within integer', () => {
    expect(parseNumericId('7', 'id')).toBe(7);
    expect(parseNumericId(7, 'id')).toBe(7);
    for (const bad of ['abc', '1.0', '-1', '0', '99999999999', '', ' ']) {
      expect(() => parseNumericId(bad, 'id')).toThrow(AppException);
    }
  });
});
