import { startContactService, type ContactService } from './contact/service.ts';
import type { Logger } from './log.ts';
import { startStaffService, type StaffService } from './staff/service.ts';
import { openDatabase } from './store/database.ts';
import type { Store } from './store/store.ts';

/** What the server owns and hands to every server-rendered route through `Astro.locals.services`. */
export interface Services {
  store: Store;
  /** Contact requests: settings, token secret, notification wake-up. */
  contact: ContactService;
  /** Staff inbox: accounts, sessions, CSRF, audit (src/server/staff/). */
  staff: StaffService;
}

/** Running services and how to stop them. */
export interface RunningServices {
  services: Services;
  /** Stops the contact and staff services, then closes the database. */
  stop(): Promise<void>;
}

/**
 * Opens the store `databaseUrl` names and starts the contact and staff services on it: what `npm start` (the
 * project's server) and `npm run dev` (src/integrations/dev-services.ts) hand to server-rendered routes.
 */
export async function startServices(databaseUrl: string, logger: Logger): Promise<RunningServices> {
  const store = await openDatabase(databaseUrl, {
    warn: (message) => {
      logger.info(`warning: ${message}`);
    },
  });
  const staff = await startStaffService(store, logger);
  // Every automatic purge goes in the audit log, beside what staff and the staff tool delete.
  const contact = await startContactService(store, logger, process.env, (days, purged) =>
    staff.staff.auth.audit('retention', 'purge', `older than ${days} days (${purged})`),
  );
  return {
    services: { store, contact: contact.contact, staff: staff.staff },
    stop: async () => {
      await contact.stop();
      await staff.stop();
      await store.close();
    },
  };
}
