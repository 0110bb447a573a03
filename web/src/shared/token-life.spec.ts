import { reauthDelay, tokenLifeLeft } from './token-life';

function token(claims: Record<string, number>): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `header.${payload}.signature`;
}

describe('tokenLifeLeft', () => {
  const iat = 1_800_000_000;
  const jwt = token({ iat, exp: iat + 900 });

  it('counts down by the device clock when it agrees with the token', () => {
    expect(tokenLifeLeft(jwt, (iat + 300) * 1000)).toBe(600_000);
  });

  it('takes the token as fresh when the device clock is hours off either way', () => {
    expect(tokenLifeLeft(jwt, (iat + 21 * 3600) * 1000)).toBe(900_000);
    expect(tokenLifeLeft(jwt, (iat - 3 * 3600) * 1000)).toBe(900_000);
  });

  it('knows nothing of a token that is not a JWT', () => {
    expect(tokenLifeLeft('not-a-token', Date.now())).toBeUndefined();
    expect(tokenLifeLeft(undefined, Date.now())).toBeUndefined();
  });
});

describe('reauthDelay', () => {
  it('renews a minute or more before expiry, and never in a loop', () => {
    expect(reauthDelay(900_000)).toBeGreaterThanOrEqual(450_000);
    expect(reauthDelay(900_000)).toBeLessThan(900_000);
    expect(reauthDelay(0)).toBe(1000);
    expect(reauthDelay(-5000)).toBe(1000);
  });
});
