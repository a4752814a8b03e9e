import { tokenFromAuthorization } from './bearer-token';

describe('tokenFromAuthorization', () => {
  it.each([
    ['Bearer abc.def.ghi', 'abc.def.ghi'],
    ['bearer abc.def.ghi', 'abc.def.ghi'],
    ['abc.def.ghi', 'abc.def.ghi'],
    ['  Bearer   abc.def.ghi  ', 'abc.def.ghi'],
    ['', undefined],
    [undefined, undefined],
    ['Bearer', 'Bearer'],
    ['Basic dXNlcjpwYXNz extra', undefined],
  ])('%p → %p', (header, token) => {
    expect(tokenFromAuthorization(header)).toBe(token);
  });
});
