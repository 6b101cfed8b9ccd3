/**
 * The slug of an insurance plan's stored name, as the `insurance` parameter carries it: lower case, accents
 * dropped, every run of other characters one hyphen ("BlueCross BlueShield" → `bluecross-blueshield`).
 */
export function planSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
