import type { Messages } from './en.ts';

/** Every string of the interface in Spanish; see `en.ts` for the layout. */
export const es: Messages = {
  languageName: 'Español',
};
