import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../../src/server/staff/password-hash.ts';
import {
  COMMON_PASSWORD_COUNT,
  isCommonPassword,
  MIN_PASSWORD_LENGTH,
  passwordProblem,
} from '../../../src/server/staff/password-rules.ts';

describe('stored passwords', () => {
  it('are scrypt hashes with their own salt, never the password', async () => {
    const first = await hashPassword('river otter lantern');
    const second = await hashPassword('river otter lantern');
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(first).not.toContain('river');
    expect(first).not.toBe(second);
  });

  it('verify the right password and nothing else', async () => {
    const hash = await hashPassword('river otter lantern');
    expect(await verifyPassword('river otter lantern', hash)).toBe(true);
    expect(await verifyPassword('river otter lanterns', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('treat composed and decomposed accents as the same password', async () => {
    const hash = await hashPassword('caf\u00e9 au lait bowl');
    expect(await verifyPassword('cafe\u0301 au lait bowl', hash)).toBe(true);
  });

  it('never match a malformed or foreign hash', async () => {
    for (const bad of ['', 'plain', 'scrypt$1$1$1$$', 'bcrypt$x$y', 'scrypt$0$8$1$c2FsdA$aGFzaA']) {
      expect(await verifyPassword('anything at all', bad)).toBe(false);
    }
  });
});

describe('choosing a password', () => {
  it(`needs at least ${MIN_PASSWORD_LENGTH} characters, counted as typed`, () => {
    expect(passwordProblem('short pass', 'ada@example.com')).toMatch(/at least 12/);
    expect(passwordProblem('ünïcödé çät', 'ada@example.com')).toMatch(/at least 12/);
    expect(passwordProblem('river otter lantern', 'ada@example.com')).toBeNull();
  });

  it('refuses a password built on the email address', () => {
    expect(passwordProblem('ada.lovelace2026', 'ada.lovelace@example.com')).toMatch(/email/);
    expect(passwordProblem('ada@example.com', 'ada@example.com')).toMatch(/email|common/);
  });

  it('ships a list of a few hundred common passwords', () => {
    expect(COMMON_PASSWORD_COUNT).toBeGreaterThan(300);
  });

  it.each([
    'password1234',
    'Password2026!',
    'P@ssw0rd2026',
    'letmeinletmein',
    'qwertyuiop12',
    '123456789012',
    'aaaaaaaaaaaa',
    'abababababab',
    'iloveyou1234',
    '!!sunshine!!',
    'counseling2026',
    'zxcvbnmzxcvbnm',
  ])('refuses the common or guessable %s', (password) => {
    expect(isCommonPassword(password)).toBe(true);
    expect(passwordProblem(password, 'staff@example.com')).toMatch(/common|guess/);
  });

  it.each(['river otter lantern', 'Tidal-Mango-Chisel-41', 'kettle paperclip moonrise', '8375!2940#1728'])(
    'accepts the unusual %s',
    (password) => {
      expect(passwordProblem(password, 'staff@example.com')).toBeNull();
    },
  );
});
