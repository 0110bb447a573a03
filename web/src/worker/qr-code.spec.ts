import { checkInCodeFrom } from './qr-code';

describe('check-in code from a scanned QR', () => {
  it('takes six digits as they are, leading zero and stray whitespace included', () => {
    expect(checkInCodeFrom('042917')).toBe('042917');
    expect(checkInCodeFrom('  042917\n')).toBe('042917');
  });

  it('reads the code out of a check-in link', () => {
    expect(checkInCodeFrom('https://lg.example/w/check-in?code=042917')).toBe('042917');
  });

  it("prefers the link's code over other six-digit runs in the link", () => {
    expect(checkInCodeFrom('https://lg.example/shifts/123456/check-in?code=042917')).toBe('042917');
  });

  it('finds six digits standing alone in other text', () => {
    expect(checkInCodeFrom('签到码 042917')).toBe('042917');
    expect(checkInCodeFrom('https://lg.example/check-in/042917')).toBe('042917');
  });

  it('gives nothing for a QR with no six-digit code in it', () => {
    expect(checkInCodeFrom('https://lg.example/w/check-in?code=04291')).toBeNull();
    expect(checkInCodeFrom('1234567')).toBeNull();
    expect(checkInCodeFrom('13812345678')).toBeNull();
    expect(checkInCodeFrom('hello')).toBeNull();
    expect(checkInCodeFrom('')).toBeNull();
  });
});
