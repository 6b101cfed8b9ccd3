import { openStaffStore } from '../store/open-staff-store.ts';
import type { Store } from '../store/store.ts';
import { createStaffAuth, type StaffAuth } from './auth.ts';

/** What staff pages need (`locals.services.staff`). */
export interface StaffService {
  auth: StaffAuth;
}

/**
 * Opens the staff tables beside the contact store (same `DATABASE_URL`) with the secret that keys CSRF tokens
 * and throttles (generated once and kept by the store, like the contact token secret).
 */
export async function startStaffService(
  store: Store,
  databaseUrl: string,
): Promise<{ staff: StaffService; stop(): Promise<void> }> {
  const staffStore = await openStaffStore(databaseUrl);
  const secret = await store.secret('staff-keys');
  return {
    staff: { auth: createStaffAuth({ store: staffStore, secret }) },
    stop: () => staffStore.close(),
  };
}
