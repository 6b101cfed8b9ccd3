import { describe, expect, it } from 'vitest';
import { checkToken, issueToken, TOKEN_MAX_AGE_SECONDS } from '../../../src/server/contact/token.ts';
import { spamReason } from '../../../src/server/contact/spam.ts';

const secret = 'test-secret';
const now = Date.UTC(2026, 0, 1);

describe('the form time token', () => {
  it('passes when signed here and the form was open long enough', () => {
    expect(checkToken(issueToken(secret, now - 5000), secret, { now, minFillSeconds: 3 })).toBe('ok');
  });

  it('catches a form sent too fast, too late, forged or missing', () => {
    expect(checkToken(issueToken(secret, now - 1000), secret, { now, minFillSeconds: 3 })).toBe('too-fast');
    const old = issueToken(secret, now - (TOKEN_MAX_AGE_SECONDS + 10) * 1000);
    expect(checkToken(old, secret, { now, minFillSeconds: 3 })).toBe('expired');
    expect(checkToken(issueToken('other', now - 5000), secret, { now, minFillSeconds: 3 })).toBe('invalid');
    const [v, , nonce, mac] = issueToken(secret, now - 5000).split('.');
    expect(checkToken(`${v}.1.${nonce}.${mac}`, secret, { now, minFillSeconds: 3 })).toBe('invalid');
    expect(checkToken('', secret, { now, minFillSeconds: 3 })).toBe('missing');
    expect(checkToken(undefined, secret, { now, minFillSeconds: 3 })).toBe('missing');
    expect(checkToken(['x'], secret, { now, minFillSeconds: 3 })).toBe('missing');
    expect(checkToken('a.b.c', secret, { now, minFillSeconds: 3 })).toBe('invalid');
  });

  it('gives every render a different token', () => {
    expect(issueToken(secret, now)).not.toBe(issueToken(secret, now));
  });
});

describe('spam checks that need no third party', () => {
  const person = { name: 'Ada', email: 'a@b.co', okToLeaveMessage: false, consent: true as const };
  const t = issueToken(secret, now - 10_000);
  const check = (raw: Record<string, unknown>, message?: string) =>
    spamReason(raw, message === undefined ? person : { ...person, message }, {
      secret,
      minFillSeconds: 3,
      now,
    });

  it('lets a person through', () => {
    expect(check({ t })).toBeNull();
    expect(check({ t, website: '' }, 'See https://example.com and www.example.org')).toBeNull();
  });

  it('flags a filled honeypot, a bad token and a message full of links', () => {
    expect(check({ t, website: 'http://spam.example' })).toBe('honeypot');
    expect(check({})).toBe('token missing');
    expect(check({ t }, 'https://a.example https://b.example https://c.example')).toBe('links');
  });
});
