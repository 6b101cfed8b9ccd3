// Rendered HTML kept for reuse. A 1,000-article build renders each article's card on its list page, its topics'
// pages and as a related article on other articles' pages: about six times over, always the same bytes.

const cache = new WeakMap<object, Map<string, Promise<string>>>();

/**
 * The HTML `render` gives for `owner` and `variant`, rendered the first time it is asked for and reused after.
 * `owner` is the object the HTML is made from (a content entry; held weakly, so a newer copy of the content is a
 * new key and the old HTML goes with the old entry); `variant` names everything else the HTML depends on. A
 * failed render is not kept. In `astro dev` nothing is kept, so an edited component shows at once.
 */
export function renderOnce(owner: object, variant: string, render: () => Promise<string>): Promise<string> {
  if (import.meta.env.DEV) return render();
  let variants = cache.get(owner);
  if (!variants) cache.set(owner, (variants = new Map<string, Promise<string>>()));
  let html = variants.get(variant);
  if (!html) {
    html = render();
    variants.set(variant, html);
    html.catch(() => variants.delete(variant));
  }
  return html;
}
