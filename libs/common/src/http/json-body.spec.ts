import { jsonDepth, MAX_JSON_DEPTH } from './json-body';

describe('jsonDepth', () => {
  it.each([
    ['1', 0],
    ['{}', 1],
    ['{"a":[1,{"b":2}]}', 3],
    ['[[[]]]', 3],
    // brackets inside strings, escaped quotes included, do not count
    ['{"a":"[[[{{{"}', 1],
    ['{"a":"say \\"[[[\\" twice"}', 1],
  ])('%s nests %i deep', (text, depth) => {
    expect(jsonDepth(text)).toBe(depth);
  });

  it('stops counting past the limit, so a 1 MB bracket bomb is cheap', () => {
    const bomb = '['.repeat(500_000) + ']'.repeat(500_000);
    expect(jsonDepth(bomb)).toBe(MAX_JSON_DEPTH + 1);
  });
});
