import type { CustomValidator, FieldDefinition, SanityDocumentLike } from 'sanity';
import { COUNSELOR_FACT_FIELDS, DEFAULT_CONTENT_LANGUAGE } from './rules/languages.ts';

/** True for a document written in a language other than English (a translation, in the Studio's terms). */
export function isTranslation(document: SanityDocumentLike | undefined): boolean {
  const language = document?.['language'];
  return typeof language === 'string' && language !== '' && language !== DEFAULT_CONTENT_LANGUAGE;
}

/**
 * A counselor field as the Studio shows it: facts (COUNSELOR_FACT_FIELDS in rules/languages.ts) are hidden on a
 * translation and never copied into a new one, because the site reads them from the English document. Text
 * fields are returned unchanged. Sanity validates hidden fields too, so a fact that must be filled in uses
 * {@link requiredOnEnglish} rather than `rule.required()`.
 */
export function counselorField<F extends FieldDefinition>(field: F): F {
  if (!COUNSELOR_FACT_FIELDS.includes(field.name)) return field;
  const options = (field as { options?: object }).options;
  return {
    ...field,
    hidden: ({ document }: { document?: SanityDocumentLike }) => isTranslation(document),
    options: { ...options, documentInternationalization: { exclude: true } },
  };
}

/**
 * A check for a fact that must be filled in on the English document and is never asked of a translation; `more`
 * checks a filled-in value further (returns a problem or true).
 */
export function requiredOnEnglish<T>(more?: (value: T) => string | true): CustomValidator<T | undefined> {
  return (value, context) => {
    if (isTranslation(context.document)) return true;
    if (value === undefined || value === null || value === '') return 'Required';
    return more ? more(value) : true;
  };
}

/** A reference filter for documents in the same language as the document being edited (topics, checklists). */
export function sameLanguageFilter({ document }: { document: SanityDocumentLike }) {
  const language = document['language'];
  return {
    filter: 'coalesce(language, $fallback) == $language',
    params: {
      fallback: DEFAULT_CONTENT_LANGUAGE,
      language: typeof language === 'string' && language ? language : DEFAULT_CONTENT_LANGUAGE,
    },
  };
}

/** A reference filter for English counselor documents: bylines name the document that holds a counselor's facts. */
export const ENGLISH_COUNSELOR_FILTER = `coalesce(language, "${DEFAULT_CONTENT_LANGUAGE}") == "${DEFAULT_CONTENT_LANGUAGE}"`;
