import { SeenEvents } from './seen-events';

describe('SeenEvents', () => {
  it('reports a repeated eventId once, and forgets the oldest beyond its size', () => {
    const seen = new SeenEvents(2);
    expect(seen.add('1')).toBe(true);
    expect(seen.add('1')).toBe(false);
    expect(seen.add('2')).toBe(true);
    expect(seen.add('3')).toBe(true); // evicts 1
    expect(seen.add('2')).toBe(false);
    expect(seen.add('1')).toBe(true);
  });
});
