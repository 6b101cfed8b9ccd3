import type { ContentLanguage, SiteSettingsEntry } from '../sanity/schemas.ts';
import { siteSettingsEntry } from './lookups.ts';

/** The practice-wide settings every page uses (the `siteSettings` singletons in the content model). */
export type SiteSettings = Omit<SiteSettingsEntry, 'crisisLinks'> & {
  crisisLinks: { label: string; href: string }[];
};

/** Used when the content has no settings, so no page ever renders without a way to get help in a crisis. */
export const FALLBACK_SETTINGS: SiteSettings = {
  language: 'en',
  translations: {},
  title: 'Alliance',
  crisisMessage: 'In crisis or thinking about suicide? Call or text 988 any time. In an emergency, call 911.',
  crisisLinks: [
    { label: 'Call 988', href: 'tel:988' },
    { label: 'Text 988', href: 'sms:988' },
    { label: 'Call 911', href: 'tel:911' },
  ],
};

/**
 * The fallback for Spanish pages: the 988 Lifeline's Spanish service (call 988 and press 2, text AYUDA to 988, or
 * chat at 988lineadevida.org).
 */
export const FALLBACK_SETTINGS_ES: SiteSettings = {
  language: 'es',
  translations: {},
  title: 'Alliance',
  crisisMessage:
    '¿Estás en crisis o piensas en el suicidio? Llama al 988 y marca 2, o escribe AYUDA al 988, a cualquier hora. En una emergencia, llama al 911.',
  crisisLinks: [
    { label: 'Llamar al 988 (marca 2)', href: 'tel:988' },
    { label: 'Escribir AYUDA al 988', href: 'sms:988?body=AYUDA' },
    { label: 'Chat en español', href: 'https://988lineadevida.org/' },
    { label: 'Llamar al 911', href: 'tel:911' },
  ],
};

const FALLBACKS: Record<ContentLanguage, SiteSettings> = { en: FALLBACK_SETTINGS, es: FALLBACK_SETTINGS_ES };

/**
 * Settings for a language the content has no singleton for: that language's fallback, with the practice's name,
 * contact details and time zone taken from the English settings (its crisis text stays in the page's language).
 */
function fallbackFor(language: ContentLanguage, english: SiteSettings | undefined): SiteSettings {
  const fallback = FALLBACKS[language];
  if (!english || language === 'en') return fallback;
  const { title, phone, email, address, timeZone } = english;
  return {
    ...fallback,
    title,
    ...(phone === undefined ? {} : { phone }),
    ...(email === undefined ? {} : { email }),
    ...(address === undefined ? {} : { address }),
    ...(timeZone === undefined ? {} : { timeZone }),
  };
}

const cached = new Map<ContentLanguage, Promise<SiteSettings>>();

/**
 * The site settings for a language in this build (English when none is given): its singleton (`siteSettings`,
 * `siteSettings-es`), or the fallback when the content has none. Spanish settings already share the English
 * settings' contact details, time zone, home picture and crisis links where they leave them empty (the loader fills
 * those in; docs/content-model.md); their text is never borrowed.
 */
export function getSiteSettings(language: ContentLanguage = 'en'): Promise<SiteSettings> {
  let settings = cached.get(language);
  if (!settings) {
    settings = siteSettingsEntry(language).then(
      async (entry) =>
        entry ?? fallbackFor(language, language === 'en' ? undefined : await siteSettingsEntry('en')),
    );
    cached.set(language, settings);
  }
  return settings;
}
