import { jsonNestsDeeperThan } from './json-nesting';
import { MAX_INPUT_DEPTH } from './untrusted-input';

const arrays = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
const objects = (levels: number) => '{"a":'.repeat(levels - 1) + '{}' + '}'.repeat(levels - 1);

describe('jsonNestsDeeperThan', () => {
  it.each([
    ['a flat object', '{"center":"1","partition":["/","/boot"]}', 3, false],
    ['3 levels, limit 3', '{"a":[{"b":1}]}', 3, false],
    ['4 levels, limit 3', '{"a":[{"b":[1]}]}', 3, true],
    ['brackets inside a string', '{"a":"[[[[{{{{"}', 1, false],
    ['an escaped quote does not end the string', '{"a":"\\"[[[["}', 1, false],
    ['an escaped backslash before the closing quote', '{"a":"\\\\","b":[[1]]}', 2, true],
    ['sequential containers do not add up', '[[1],[2],[3],{"a":1}]', 2, false],
    ['multi-byte characters around brackets', '{"이름":"[백업]","b":["😀"]}', 2, false],
    ['a scalar', '42', 0, false],
    ['not JSON: unbalanced closers are left to the parser', ']]]]', 1, false],
    ['a string never closed', '"[[[[', 1, false],
  ])('%s', (_, text, max, expected) => {
    expect(jsonNestsDeeperThan(text, max)).toBe(expected);
  });

  it(`allows exactly ${MAX_INPUT_DEPTH} levels by default, the limit the validation pipe applies`, () => {
    expect(jsonNestsDeeperThan(arrays(MAX_INPUT_DEPTH))).toBe(false);
    expect(jsonNestsDeeperThan(arrays(MAX_INPUT_DEPTH + 1))).toBe(true);
    expect(jsonNestsDeeperThan(objects(MAX_INPUT_DEPTH))).toBe(false);
    expect(jsonNestsDeeperThan(objects(MAX_INPUT_DEPTH + 1))).toBe(true);
  });

  it('judges the 1 MB, 500,000-level array of issue 21 without building it', () => {
    expect(jsonNestsDeeperThan(arrays(500_000))).toBe(true);
  });
});
