import { AppException } from '../errors/app.exception';
import { decodeCursor, encodeCursor, toPage } from './cursor';

describe('cursors', () => {
  it('round-trips a sort key', () => {
    const cursor = encodeCursor({ d: 1.5, id: 'abc' });
    expect(decodeCursor(cursor, { d: 'number', id: 'string' })).toEqual({ d: 1.5, id: 'abc' });
  });

  it('rejects a cursor of another shape with INVALID_CURSOR', () => {
    expect(() => decodeCursor('not-a-cursor', { id: 'string' })).toThrow(AppException);
    expect(() => decodeCursor(encodeCursor({ id: 5 }), { id: 'string' })).toThrow(AppException);
  });

  it('gives a next cursor only when there is more', () => {
    const keyOf = (n: number) => ({ n });
    expect(toPage([1, 2, 3], 2, (n) => n, keyOf)).toEqual({
      items: [1, 2],
      nextCursor: encodeCursor({ n: 2 }),
    });
    expect(toPage([1, 2], 2, (n) => n, keyOf).nextCursor).toBeNull();
  });
});
