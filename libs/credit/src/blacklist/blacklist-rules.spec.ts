import { isActive } from './blacklist-rules';

const NOW = new Date('2030-03-11T00:00:00Z');
const later = new Date('2030-03-12T00:00:00Z');
const earlier = new Date('2030-03-10T00:00:00Z');

describe('blacklist entries', () => {
  it('block until lifted when indefinite', () => {
    expect(isActive({ until: null, liftedAt: null }, NOW)).toBe(true);
    expect(isActive({ until: null, liftedAt: earlier }, NOW)).toBe(false);
  });

  it('stop blocking when their term ends', () => {
    expect(isActive({ until: later, liftedAt: null }, NOW)).toBe(true);
    expect(isActive({ until: earlier, liftedAt: null }, NOW)).toBe(false);
    expect(isActive({ until: NOW, liftedAt: null }, NOW)).toBe(false);
  });
});
