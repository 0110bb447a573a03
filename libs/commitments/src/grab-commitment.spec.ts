import { checkGrabCommitment } from './grab-commitment';

describe('checkGrabCommitment', () => {
  it('needs the current version on the first grab', () => {
    expect(checkGrabCommitment(undefined, 'v2', false)).toBe('missing');
    expect(checkGrabCommitment('v2', 'v2', false)).toBe('ok');
  });

  it('asks nothing more once the current version was accepted', () => {
    expect(checkGrabCommitment(undefined, 'v2', true)).toBe('ok');
    expect(checkGrabCommitment('v2', 'v2', true)).toBe('ok');
  });

  it('refuses an outdated version, accepted before or not', () => {
    expect(checkGrabCommitment('v1', 'v2', false)).toBe('outdated');
    expect(checkGrabCommitment('v1', 'v2', true)).toBe('outdated');
  });
});
