import { TokenBucket } from './token-bucket';

describe('TokenBucket', () => {
  it('allows a burst up to its capacity, then refuses until tokens refill', () => {
    const bucket = new TokenBucket(10, 10, 0);
    const burst = Array.from({ length: 12 }, () => bucket.take(0));
    expect(burst.filter(Boolean)).toHaveLength(10);
    expect(bucket.take(50)).toBe(false); // half a token after 50 ms
    expect(bucket.take(100)).toBe(true); // one full token after 100 ms
    expect(bucket.take(100)).toBe(false);
  });

  it('never holds more than its capacity after a long pause', () => {
    const bucket = new TokenBucket(10, 10, 0);
    const after = Array.from({ length: 15 }, () => bucket.take(60_000));
    expect(after.filter(Boolean)).toHaveLength(10);
  });
});
