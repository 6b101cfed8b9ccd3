import { defineField } from 'sanity';
import { CONTENT_LANGUAGES } from '../rules/languages.ts';

/**
 * The language a document is written in (`en` or `es`). The document-internationalization plugin sets it when a
 * document or a translation is created and shows it as a badge, so editors never type it; a document without one is
 * English (docs/content-model.md, "Languages").
 */
export const languageField = () =>
  defineField({
    name: 'language',
    title: 'Language',
    type: 'string',
    readOnly: true,
    hidden: true,
    options: { list: CONTENT_LANGUAGES.map(({ id, title }) => ({ value: id, title })) },
  });
