import commonList from './common-passwords.txt?raw';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-limits.ts';

export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH };

const COMMON = new Set(
  commonList
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#')),
);

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};

const WALKS = [
  'abcdefghijklmnopqrstuvwxyz',
  '01234567890123456789',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  'qwertzuiop',
];

/** The list's size (for tests and docs/operations.md). */
export const COMMON_PASSWORD_COUNT = COMMON.size;

// "Password2024!", "!!letmein!!", "qwertyqwerty" all come down to a listed word.
function bases(password: string): string[] {
  const lower = password.toLowerCase();
  const deleet = lower.replace(/[013457@$]/g, (c) => LEET[c] ?? c);
  const strip = (s: string) => s.replace(/^[^a-z]+|[^a-z]+$/g, '');
  const stripped = strip(lower);
  return [
    lower,
    deleet,
    stripped,
    strip(deleet),
    stripped.replace(/[013457@$]/g, (c) => LEET[c] ?? c),
    lower.replace(/[^a-z0-9]/g, ''),
  ];
}

// The shortest piece the text repeats ("abab" → "ab"; "abc" → "abc").
function repeatUnit(text: string): string {
  for (let size = 1; size <= text.length / 2; size += 1) {
    if (text.length % size === 0 && text.slice(0, size).repeat(text.length / size) === text) {
      return text.slice(0, size);
    }
  }
  return text;
}

function isWalk(text: string): boolean {
  return WALKS.some((walk) => {
    const reversed = Array.from(walk).reverse().join('');
    return walk.includes(text) || reversed.includes(text);
  });
}

/** True when the password is a listed common one, built on one, a repetition or a keyboard or alphabet run. */
export function isCommonPassword(password: string): boolean {
  return bases(password).some((base) => {
    if (base.length === 0) return false;
    const unit = repeatUnit(base);
    return (
      COMMON.has(base) ||
      COMMON.has(unit) ||
      isWalk(unit) ||
      (unit !== base && unit.length <= 4) ||
      new Set(base).size <= 3
    );
  });
}

/** Why a password is refused, in words for the person choosing it; null when it is fine. */
export function passwordProblem(password: string, email: string): string | null {
  // Code points, not UTF-16 units: an accented or non-Latin password counts as typed.
  const length = Array.from(password).length;
  if (length < MIN_PASSWORD_LENGTH) {
    return `Use at least ${MIN_PASSWORD_LENGTH} characters (a few unrelated words make a good one).`;
  }
  if (length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  const lower = password.toLowerCase();
  if (lower === email.toLowerCase() || (local.length >= 3 && lower.includes(local))) {
    return 'Choose a password that does not contain your email address.';
  }
  if (isCommonPassword(password)) {
    return 'That password is too common or too easy to guess. Try a few unrelated words together.';
  }
  return null;
}
