import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { validateContact } from '../../../src/lib/contact/schema.ts';

const messages = en.contact.errors;

const base = { name: 'Ada', email: 'ada@example.com', consent: true };

describe('what counts as a valid request (one schema for server and browser)', () => {
  it('accepts a name, one way to reply and consent', () => {
    expect(validateContact(base, 'json', messages)).toEqual({
      ok: true,
      value: { name: 'Ada', email: 'ada@example.com', okToLeaveMessage: false, consent: true },
    });
    expect(
      validateContact({ name: 'Ada', phone: '+1 (555) 123-4567', consent: 'on' }, 'form', messages).ok,
    ).toBe(true);
  });

  it('gives both email and phone an error when neither is there, next to every other message', () => {
    const result = validateContact({ name: '' }, 'json', messages);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors)).toEqual(['name', 'email', 'phone', 'consent']);
    expect(result.errors.email).toBe(result.errors.phone);
  });

  it('reads form booleans as on, true or 1, and JSON booleans only as true/false', () => {
    for (const value of ['on', 'true', '1', 'ON'])
      expect(validateContact({ ...base, consent: value }, 'form', messages).ok).toBe(true);
    expect(validateContact({ ...base, consent: 'yes' }, 'form', messages).ok).toBe(false);
    expect(validateContact({ ...base, consent: 'on' }, 'json', messages).ok).toBe(false);
    expect(validateContact({ ...base, consent: false }, 'json', messages).ok).toBe(false);
    const ok = validateContact({ ...base, okToLeaveMessage: '1' }, 'form', messages);
    expect(ok.ok && ok.value.okToLeaveMessage).toBe(true);
  });

  it('treats an empty string as an absent field and ignores unknown fields', () => {
    const result = validateContact(
      { ...base, phone: '', counselor: '', from: '', extra: 'x', website: '' },
      'json',
      messages,
    );
    expect(result).toEqual({
      ok: true,
      value: { name: 'Ada', email: 'ada@example.com', okToLeaveMessage: false, consent: true },
    });
  });

  it('enforces the lengths: name 1–100, message at most 1,000', () => {
    expect(validateContact({ ...base, name: 'x'.repeat(100) }, 'json', messages).ok).toBe(true);
    expect(validateContact({ ...base, name: 'x'.repeat(101) }, 'json', messages).ok).toBe(false);
    expect(validateContact({ ...base, name: '   ' }, 'json', messages).ok).toBe(false);
    expect(validateContact({ ...base, message: 'x'.repeat(1000) }, 'json', messages).ok).toBe(true);
    expect(validateContact({ ...base, message: 'x'.repeat(1001) }, 'json', messages).ok).toBe(false);
  });

  it('checks email, phone, preferred contact, counselor and article slugs', () => {
    const errorsOf = (extra: object, counselors?: string[]) => {
      const result = validateContact({ ...base, ...extra }, 'json', messages, counselors);
      return result.ok ? {} : result.errors;
    };
    expect(errorsOf({ email: 'not-an-email' })).toHaveProperty('email');
    expect(errorsOf({ phone: '12' })).toHaveProperty('phone');
    expect(errorsOf({ phone: 'call me' })).toHaveProperty('phone');
    expect(errorsOf({ preferredContact: 'fax' })).toHaveProperty('preferredContact');
    expect(errorsOf({ preferredContact: 'text' })).toHaveProperty('phone');
    expect(errorsOf({ counselor: 'nobody' }, ['dana-reyes'])).toHaveProperty('counselor');
    expect(errorsOf({ counselor: 'dana-reyes' }, ['dana-reyes'])).toEqual({});
    expect(errorsOf({ from: '../etc/passwd' })).toHaveProperty('from');
    expect(errorsOf({ from: 'what-therapy-is-like' })).toEqual({});
    expect(errorsOf({ name: 'A\u0000B' })).toHaveProperty('name');
    expect(errorsOf({ name: 42, okToLeaveMessage: 'x' })).toMatchObject({
      name: expect.any(String) as unknown,
      okToLeaveMessage: expect.any(String) as unknown,
    });
  });
});

describe('single-line fields hold one plain line', () => {
  const line = 'Your name has a line break in it. Please type it on one line.';
  const hidden =
    'Your name has a hidden formatting character (such as a text-direction mark) in it. Please type it again without it.';

  it('refuses line breaks and control characters inside a name', () => {
    for (const name of [
      'Ada\r\nEve',
      'Ada\nEve',
      'Ada\rEve',
      'Ada\u2028Eve',
      'Ada\u2029Eve',
      'Ada\u0085Eve',
    ]) {
      const result = validateContact({ ...base, name }, 'json', messages);
      expect(result, JSON.stringify(name)).toEqual({ ok: false, errors: { name: line } });
    }
    for (const name of ['Ada\u0000', 'Ada\tEve', 'Ada\u001bEve', 'Ada\u007fEve', 'Ada\u009bEve']) {
      const result = validateContact({ ...base, name }, 'json', messages);
      expect(result, JSON.stringify(name)).toEqual({ ok: false, errors: { name: hidden } });
    }
  });

  it('refuses text-direction overrides, embeddings, isolates and marks', () => {
    for (const mark of [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200E',
      '\u200F',
      '\u061C',
    ]) {
      const result = validateContact({ ...base, name: `Ada ${mark}Example` }, 'json', messages);
      expect(result, mark.codePointAt(0)?.toString(16)).toEqual({ ok: false, errors: { name: hidden } });
    }
  });

  it('names the field in the message for email and phone too', () => {
    const email = validateContact({ ...base, email: 'ada\u202E@example.com' }, 'json', messages);
    expect(!email.ok && email.errors.email).toMatch(/^Your email address has a hidden formatting/);
    const phone = validateContact({ ...base, phone: '555 123\n4567' }, 'json', messages);
    expect(!phone.ok && phone.errors.phone).toBe(
      'Your phone number has a line break in it. Please type it on one line.',
    );
  });

  it('still accepts names in any script, with the joiners some scripts need', () => {
    for (const name of [
      'José Núñez',
      'محمد علي',
      'שרה כהן',
      'می\u200Cخواهم',
      'Zoë O’Brien-Smith',
      '李小龍',
    ]) {
      expect(validateContact({ ...base, name }, 'json', messages).ok, name).toBe(true);
    }
  });
});
