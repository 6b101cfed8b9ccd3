// Content rules as plain functions with no Sanity import, so the site's own tests (and any script) can check a
// dataset export without installing the Studio. The Studio schema calls the same functions.
export * from './documents.ts';
export * from './fields.ts';
export * from './languages.ts';
export * from './limits.ts';
export * from './links.ts';
export * from './text.ts';
