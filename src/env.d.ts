/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The id the server logged this request under. */
    requestId: string;
    /** The client's address, as `TRUST_PROXY` decides it. */
    clientAddress: string;
    /** Long-lived services owned by the server (src/server/). */
    services: import('./server/services.ts').Services;
    /** True when the request came over HTTPS (directly, or through a proxy TRUST_PROXY trusts): Secure cookies. */
    https?: boolean | undefined;
    /** Set by POST /api/contact when a form submission is shown again with its messages (src/lib/contact/). */
    contactForm?: import('./lib/contact/form-state.ts').ContactFormState | undefined;
    /**
     * Set by the server only for its own request for a live article page (src/server/live/live-pages.ts); `'warm'`
     * for the request at start-up that only loads the live route's code, so the first publish does not wait for it.
     */
    liveRender?: boolean | 'warm' | undefined;
    /**
     * A POST /api/contact the server already checked (src/server/contact/early.ts) whose form page Astro renders:
     * its outcome, so the route does not run the checks (or read the body) again.
     */
    contactOutcome?: import('./server/contact/handle.ts').ContactOutcome | undefined;
    /**
     * The address of the page being rendered, when it is not the request's: the live article page renders the
     * article's page at `/internal/live-article/<id>/` (src/i18n/page-path.ts).
     */
    pagePath?: string | undefined;
  }
}
