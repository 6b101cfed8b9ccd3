// Rendered HTML kept for reuse. A 1,000-article build renders each article's card on its list page, its topics'
// pages and as a related article on other articles' pages: about six times over, always the same bytes.

const cache = new WeakMap<object, Map<string, string | Promise<string>>>();

/**
 * The HTML `render` gives for `owner` and `variant`, rendered the first time it is asked for and reused after:
 * the string itself once it is made (so a page using it renders without waiting), the pending render before that.
 * `owner` is the object the HTML is made from (a content entry; held weakly, so a newer copy of the content is a
 * new key and the old HTML goes with the old entry); `variant` names everything else the HTML depends on. A
 * failed render is not kept. In `astro dev` nothing is kept, so an edited component shows at once.
 */
export function renderOnce(
  owner: object,
  variant: string,
  render: () => Promise<string>,
): string | Promise<string> {
  if (import.meta.env.DEV) return render();
  let variants = cache.get(owner);
  if (!variants) cache.set(owner, (variants = new Map<string, string | Promise<string>>()));
  const kept = variants.get(variant);
  if (kept !== undefined) return kept;
  const html = render();
  variants.set(variant, html);
  void html.then(
    (done) => variants.set(variant, done),
    () => variants.delete(variant),
  );
  return html;
}
