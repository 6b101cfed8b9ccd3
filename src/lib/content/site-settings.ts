import type { SiteSettingsEntry } from '../sanity/schemas.ts';
import { siteSettingsEntry } from './lookups.ts';

/** The practice-wide settings every page uses (the `siteSettings` singleton in the content model). */
export type SiteSettings = Omit<SiteSettingsEntry, 'crisisLinks'> & {
  crisisLinks: { label: string; href: string }[];
};

/** Used when the content has no settings, so no page ever renders without a way to get help in a crisis. */
export const FALLBACK_SETTINGS: SiteSettings = {
  title: 'Alliance',
  crisisMessage: 'In crisis or thinking about suicide? Call or text 988 any time. In an emergency, call 911.',
  crisisLinks: [
    { label: 'Call 988', href: 'tel:988' },
    { label: 'Text 988', href: 'sms:988' },
    { label: 'Call 911', href: 'tel:911' },
  ],
};

let cached: Promise<SiteSettings> | undefined;

/** The site settings for this build: the `siteSettings` collection, or the fallback when it is empty. */
export function getSiteSettings(): Promise<SiteSettings> {
  cached ??= siteSettingsEntry().then((entry) => entry ?? FALLBACK_SETTINGS);
  return cached;
}
