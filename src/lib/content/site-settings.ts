/** The practice-wide settings every page uses (the `siteSettings` singleton in the content model). */
export interface SiteSettings {
  title: string;
  description?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  address?: string | undefined;
  crisisMessage: string;
  crisisLinks: { label: string; href: string }[];
  consultation?:
    { heading?: string | undefined; body?: string | undefined; buttonLabel?: string | undefined } | undefined;
  disclaimer?: string | undefined;
}

/** Used until content is loaded, so no page ever renders without a way to get help in a crisis. */
export const FALLBACK_SETTINGS: SiteSettings = {
  title: 'Alliance',
  crisisMessage: 'In crisis or thinking about suicide? Call or text 988 any time. In an emergency, call 911.',
  crisisLinks: [
    { label: 'Call 988', href: 'tel:988' },
    { label: 'Text 988', href: 'sms:988' },
    { label: 'Call 911', href: 'tel:911' },
  ],
};

/** The site settings for this build. */
export function getSiteSettings(): Promise<SiteSettings> {
  return Promise.resolve(FALLBACK_SETTINGS);
}
