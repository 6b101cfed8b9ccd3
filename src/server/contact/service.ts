import type { Logger } from '../log.ts';
import { createMailer } from '../notify/mailer.ts';
import { staffEmail } from '../notify/message.ts';
import { startOutboxWorker, type OutboxWorker } from '../notify/outbox-worker.ts';
import type { Store } from '../store/store.ts';
import { loadContactConfig, type ContactConfig } from './contact-config.ts';
import { LimitedClients } from './limited-clients.ts';

/** What server-rendered routes need for contact requests (`locals.services.contact`). */
export interface ContactService {
  config: ContactConfig;
  /** Signs form tokens and keys rate counts. */
  secret: string;
  /** True when each stored request queues a staff email. */
  notify: boolean;
  /** Tells the outbox worker a request was just stored. */
  wake(): void;
  /** Clients known to be over the rate limit, until when (memory only). */
  limited: LimitedClients;
}

/** How often the retention purge runs inside the server. */
const PURGE_EVERY_MS = 6 * 60 * 60 * 1000;

/**
 * Sets up contact requests for a running server: the token secret (environment, else kept by the store), the
 * outbox worker when notifications are configured, and the retention purge (now and every six hours, each run
 * reported to `onPurge`).
 */
export async function startContactService(
  store: Store,
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env,
  /** Records each retention purge (the staff audit log): the age it purged by and how many went. */
  onPurge: (days: number, purged: number) => Promise<void> = () => Promise.resolve(),
): Promise<{ contact: ContactService; stop(): Promise<void> }> {
  const config = loadContactConfig(env);
  const secret = config.tokenSecret ?? (await store.secret('contact-token'));

  let worker: OutboxWorker | undefined;
  let closeMailer: (() => void) | undefined;
  if (config.notify) {
    const notify = config.notify;
    const mailer = createMailer(notify);
    closeMailer = () => {
      mailer.close();
    };
    worker = startOutboxWorker({
      store,
      logger,
      deliver: (request) => mailer.send(staffEmail(request, notify)),
    });
  }

  const purge = async () => {
    try {
      const cutoff = new Date(Date.now() - config.retentionDays * 86_400_000);
      const purged = await store.purgeBefore(cutoff);
      await onPurge(config.retentionDays, purged);
      if (purged > 0)
        logger.info(`purged ${purged} contact requests older than ${config.retentionDays} days`);
    } catch (error) {
      logger.error(`retention purge failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  await purge();
  const purgeTimer = setInterval(() => void purge(), PURGE_EVERY_MS);
  purgeTimer.unref();

  return {
    contact: {
      config,
      secret,
      notify: worker !== undefined,
      wake: () => worker?.wake(),
      limited: new LimitedClients(),
    },
    stop: async () => {
      clearInterval(purgeTimer);
      await worker?.stop();
      closeMailer?.();
    },
  };
}
