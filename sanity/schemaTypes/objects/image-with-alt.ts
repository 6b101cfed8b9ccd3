import { defineArrayMember, defineField } from 'sanity';
import { altTextAdvice, hasImage } from '../rules/index.ts';

/** The alt text and (optionally) caption fields every image in the content model carries. */
function imageFields(withCaption: boolean) {
  const alt = defineField({
    name: 'alt',
    title: 'Alt text',
    type: 'string',
    description:
      'Describe what the image shows for people who use a screen reader, in a short sentence. Required for every image.',
    validation: (rule) => [
      rule.custom((alt, context) => {
        // The alt text is only required once there is an image to describe.
        if (!hasImage(context.parent)) return true;
        return typeof alt === 'string' && alt.trim().length > 0
          ? true
          : 'Alt text is required for every image.';
      }),
      rule.custom((alt) => altTextAdvice(alt) ?? true).warning(),
    ],
  });
  const caption = defineField({
    name: 'caption',
    title: 'Caption',
    type: 'string',
    description: 'Optional text shown under the image for everyone.',
  });
  return withCaption ? [alt, caption] : [alt];
}

/** An image field with required alt text (and optionally a caption), for documents. */
export function imageWithAltField(options: {
  name: string;
  title: string;
  description: string;
  caption?: boolean;
  group?: string;
}) {
  return defineField({
    name: options.name,
    title: options.title,
    type: 'image',
    description: options.description,
    options: { hotspot: true },
    fields: imageFields(options.caption ?? false),
    ...(options.group === undefined ? {} : { group: options.group }),
  });
}

/** An image block inside rich text, with required alt text and a caption. */
export const bodyImageMember = defineArrayMember({
  type: 'image',
  title: 'Image',
  description: 'A picture inside the article. Describe it in the alt text.',
  options: { hotspot: true },
  fields: imageFields(true),
  validation: (rule) => rule.required().assetRequired(),
});
