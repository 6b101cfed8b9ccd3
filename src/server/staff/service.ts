import type { Database } from '../store/database.ts';
import { createStaffAuth, type StaffAuth } from './auth.ts';

/** What staff pages need (`locals.services.staff`). */
export interface StaffService {
  auth: StaffAuth;
}

/**
 * Staff sign-in over the database's staff tables, with the secret that keys CSRF tokens and throttles (generated
 * once and kept by the store, like the contact token secret). The database stays open: its opener closes it.
 */
export async function startStaffService(
  database: Database,
): Promise<{ staff: StaffService; stop(): Promise<void> }> {
  const secret = await database.secret('staff-keys');
  return {
    staff: { auth: createStaffAuth({ store: database, secret }) },
    stop: () => Promise.resolve(),
  };
}
