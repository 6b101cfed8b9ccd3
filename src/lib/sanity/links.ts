// The link rule is shared with the Studio (sanity/schemaTypes/rules/links.ts), so a link an editor can save is
// exactly a link the site renders.
export { isCrisisHref, isSafeHref } from '../../../sanity/schemaTypes/rules/links.ts';
