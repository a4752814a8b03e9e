import { ConditionChanges, conditionChanges } from './condition-transition';

describe('conditionChanges', () => {
  it.each<[string, number[], number[], ConditionChanges]>([
    // name, reported, observed now, changes
    ['nothing reported, nothing observed', [], [], { raise: [], clear: [] }],
    ['an object enters the condition: reported once', [], [7], { raise: [7], clear: [] }],
    ['still in it on the next tick: nothing again', [7], [7], { raise: [], clear: [] }],
    ['recovered: forgotten, nothing sent', [7], [], { raise: [], clear: [7] }],
    ['recovered then in it again: a new transition', [], [7], { raise: [7], clear: [] }],
    ['several at once, in ascending order', [5, 1], [9, 1, 3], { raise: [3, 9], clear: [5] }],
    ['a duplicate observation counts once', [], [4, 4], { raise: [4], clear: [] }],
  ])('%s', (_name, reported, observed, expected) => {
    expect(conditionChanges(reported, observed)).toEqual(expected);
  });
});
