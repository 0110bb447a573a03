import { findNullByte } from './null-bytes';

describe('findNullByte', () => {
  it('finds nothing in ordinary input', () => {
    expect(findNullByte({ title: '装卸', tags: ['a', 'b'], n: 1, ok: true, none: null }, '')).toBe(
      undefined,
    );
  });

  it.each([
    [{ title: 'a\u0000b' }, 'title'],
    [{ location: { address: '\u0000' } }, 'location.address'],
    [{ trades: ['loader', 'mo\u0000ver'] }, 'trades[1]'],
    [{ 'ke\u0000y': 1 }, 'ke\u0000y'],
  ])('names the field of %j', (value, field) => {
    expect(findNullByte(value, '')).toBe(field);
  });

  it('names the root for a bare string', () => {
    expect(findNullByte('\u0000', 'trade')).toBe('trade');
  });
});
