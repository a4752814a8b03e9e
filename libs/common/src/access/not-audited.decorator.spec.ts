import { isUnaudited, UnauditedAnswer } from './not-audited.decorator';

describe('isUnaudited', () => {
  it.each<[number, UnauditedAnswer[] | undefined, boolean]>([
    [200, undefined, false],
    [204, undefined, false],
    [200, ['success'], true],
    [204, ['success'], true],
    [400, ['success'], false],
    [401, ['success'], false],
    [409, ['success'], false],
    [500, ['success'], false],
    [204, [204], true],
    [200, [204], false],
    [403, [204], false],
  ])('status %d with %j left out: %p', (status, answers, left) => {
    expect(isUnaudited(status, answers)).toBe(left);
  });
});
