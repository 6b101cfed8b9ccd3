import { CogIcon } from '@sanity/icons/Cog';
import type { StructureResolver } from 'sanity/structure';

/** The Studio's sidebar: Site settings opens its one document; every other type lists its documents. */
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      S.listItem()
        .title('Site settings')
        .id('siteSettings')
        .icon(CogIcon)
        .child(S.document().schemaType('siteSettings').documentId('siteSettings').title('Site settings')),
      S.divider(),
      S.documentTypeListItem('article').title('Articles'),
      S.documentTypeListItem('counselor').title('Counselors'),
      S.documentTypeListItem('topic').title('Topics'),
      S.documentTypeListItem('fitChecklist').title('Fit checklists'),
    ]);
