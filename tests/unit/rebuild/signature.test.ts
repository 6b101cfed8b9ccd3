import { describe, expect, it } from 'vitest';
import { SignatureChecker, signBody } from '../../../src/server/rebuild/signature.ts';

const secret = 'whsec-test-secret';
const body = JSON.stringify({ _id: 'article-1', _type: 'article' });
const now = Date.UTC(2026, 10, 26, 12, 0, 0);

describe('checking Sanity webhook signatures', () => {
  it('accepts a fresh signature made with the shared secret', () => {
    const checker = new SignatureChecker(secret, () => now);
    expect(checker.verify(signBody(body, secret, now - 1000), body)).toBe('ok');
  });

  it('refuses a request with no signature', () => {
    expect(new SignatureChecker(secret, () => now).verify(undefined, body)).toBe('missing');
    expect(new SignatureChecker(secret, () => now).verify('', body)).toBe('missing');
  });

  it('refuses a forged signature, a different body and a malformed header', () => {
    const checker = new SignatureChecker(secret, () => now);
    expect(checker.verify(signBody(body, 'another-secret', now), body)).toBe('wrong');
    expect(checker.verify(signBody(body, secret, now), body + ' ')).toBe('wrong');
    expect(checker.verify('v1=abc', body)).toBe('malformed');
    expect(checker.verify(['t=1,v1=a', 't=2,v1=b'], body)).toBe('malformed');
  });

  it('refuses a signature older than 5 minutes or from the future', () => {
    const checker = new SignatureChecker(secret, () => now);
    expect(checker.verify(signBody(body, secret, now - 5 * 60_000 - 1), body)).toBe('stale');
    expect(checker.verify(signBody(body, secret, now + 10 * 60_000), body)).toBe('stale');
  });

  it('refuses the same signed request a second time', () => {
    const checker = new SignatureChecker(secret, () => now);
    const header = signBody(body, secret, now);
    expect(checker.verify(header, body)).toBe('ok');
    expect(checker.verify(header, body)).toBe('replayed');
  });
});
