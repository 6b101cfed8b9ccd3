import type { ContactService } from './contact/service.ts';
import type { StaffService } from './staff/service.ts';
import type { Store } from './store/store.ts';

/** What the server owns and hands to every server-rendered route through `Astro.locals.services`. */
export interface Services {
  store: Store;
  /** Contact requests: settings, token secret, notification wake-up. */
  contact: ContactService;
  /** Staff inbox: accounts, sessions, CSRF, audit (src/server/staff/). */
  staff: StaffService;
}
