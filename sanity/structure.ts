import { CogIcon } from '@sanity/icons/Cog';
import type { StructureResolver } from 'sanity/structure';
import { CONTENT_LANGUAGES, SITE_SETTINGS_IDS } from './schemaTypes/rules/languages.ts';
import { NEEDS_REVIEW_FILTER, SCHEDULED_FILTER } from './schemaTypes/rules/status.ts';

/**
 * The Studio's sidebar: Site settings opens one document per language (`siteSettings`, `siteSettings-es`); Articles splits into all, scheduled and needing
 * clinical review; every other type lists its documents.
 */
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      ...CONTENT_LANGUAGES.map(({ id, title }) => {
        const label = id === 'en' ? 'Site settings' : `Site settings (${title})`;
        return S.listItem()
          .title(label)
          .id(SITE_SETTINGS_IDS[id])
          .icon(CogIcon)
          .child(
            S.document()
              .schemaType('siteSettings')
              .documentId(SITE_SETTINGS_IDS[id])
              .initialValueTemplate(SITE_SETTINGS_IDS[id])
              .title(label),
          );
      }),
      S.divider(),
      S.listItem()
        .title('Articles')
        .id('articles')
        .schemaType('article')
        .child(
          S.list()
            .title('Articles')
            .items([
              S.listItem()
                .title('All articles')
                .id('all-articles')
                .schemaType('article')
                .child(
                  S.documentTypeList('article')
                    .title('All articles')
                    .defaultOrdering([{ field: 'publishedAt', direction: 'desc' }]),
                ),
              S.listItem()
                .title('Scheduled')
                .id('scheduled-articles')
                .schemaType('article')
                .child(
                  S.documentList()
                    .title('Scheduled')
                    .schemaType('article')
                    .filter(SCHEDULED_FILTER)
                    .defaultOrdering([{ field: 'publishedAt', direction: 'asc' }]),
                ),
              S.listItem()
                .title('Needing clinical review')
                .id('articles-needing-review')
                .schemaType('article')
                .child(
                  S.documentList()
                    .title('Needing clinical review')
                    .schemaType('article')
                    .filter(NEEDS_REVIEW_FILTER)
                    .defaultOrdering([{ field: 'reviewedAt', direction: 'asc' }]),
                ),
            ]),
        ),
      S.documentTypeListItem('topic').title('Topics'),
      S.documentTypeListItem('counselor').title('Counselors'),
      S.documentTypeListItem('fitChecklist').title('Checklists'),
    ]);
