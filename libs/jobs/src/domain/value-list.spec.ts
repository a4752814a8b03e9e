import { splitValueList } from './value-list';

describe('splitValueList', () => {
  it.each<[string | string[], string[]]>([
    ['/tmp,/var/tmp', ['/tmp', '/var/tmp']],
    ['/tmp|/var/tmp', ['/tmp', '/var/tmp']],
    [' /tmp , /var/tmp | /cache ', ['/tmp', '/var/tmp', '/cache']],
    ['/tmp,,/tmp', ['/tmp']],
    ['', []],
    [
      ['/tmp', '/var/tmp'],
      ['/tmp', '/var/tmp'],
    ],
    [
      ['/a|/b', ' /c '],
      ['/a', '/b', '/c'],
    ],
    ['C:\\Temp|D:\\Cache', ['C:\\Temp', 'D:\\Cache']],
  ])('%j → %j', (input, expected) => {
    expect(splitValueList(input)).toEqual(expected);
  });
});
