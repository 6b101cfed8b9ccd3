import { decodeSignatureHeader, encodeSignatureHeader, isValidSignature } from '@sanity/webhook';
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

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The same 32 bytes written another way: the last character's two unused bits set differently. */
function otherFinalCharacter(mac: string): string {
  const last = ALPHABET.indexOf(mac.slice(-1));
  return mac.slice(0, -1) + (ALPHABET[last ^ 1] ?? '');
}

describe('signatures made by Sanity', () => {
  it("accepts a header made by @sanity/webhook, and Sanity's library accepts ours", async () => {
    const header = await encodeSignatureHeader(body, now - 1000, secret);
    expect(new SignatureChecker(secret, () => now).verify(header, body)).toBe('ok');
    expect(await isValidSignature(body, signBody(body, secret, now - 1000), secret)).toBe(true);
  });

  it("reads the header in every separator form Sanity's library reads, and no other", async () => {
    const [, mac] = (await encodeSignatureHeader(body, now, secret)).split(',v1=');
    const forms = [
      `t=${now},v1=${mac}`,
      `t=${now}, v1=${mac}`,
      `t=${now} v1=${mac}`,
      `t=${now} ,  v1=${mac}`,
      `  t=${now},v1=${mac}  `,
      `t=${now};v1=${mac}`,
      `t=${now}v1=${mac}`,
      `t=${now},v1=${mac},v0=x`,
    ];
    for (const form of forms) {
      let sanityReads = true;
      try {
        decodeSignatureHeader(form);
      } catch {
        sanityReads = false;
      }
      const verdict = new SignatureChecker(secret, () => now).verify(form, body);
      expect(verdict, form).toBe(sanityReads ? 'ok' : 'malformed');
    }
  });

  it('refuses a replay however the same MAC is written again', async () => {
    const checker = new SignatureChecker(secret, () => now);
    const header = await encodeSignatureHeader(body, now, secret);
    const mac = header.split(',v1=')[1] ?? '';
    expect(checker.verify(header, body)).toBe('ok');
    for (const again of [
      `t=${now},v1=${mac}=`,
      `t=${now},v1=${mac}==`,
      `t=${now},v1=${otherFinalCharacter(mac)}`,
      `t=${now}, v1=${mac}`,
      `t=${now} v1=${mac}`,
    ]) {
      expect(checker.verify(again, body), again).not.toBe('ok');
    }
  });

  it('accepts only the canonical encoding of a MAC, even the first time', async () => {
    const mac = (await encodeSignatureHeader(body, now, secret)).split(',v1=')[1] ?? '';
    for (const variant of [`${mac}=`, `${mac}==`, otherFinalCharacter(mac), mac.slice(0, -1)]) {
      expect(new SignatureChecker(secret, () => now).verify(`t=${now},v1=${variant}`, body), variant).toBe(
        'malformed',
      );
    }
  });
});
