import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { AstroIntegration } from 'astro';
import type { RunningServices } from '../server/services.ts';

// Under `npm start`, the project's own server (src/server/) hands every server-rendered route its services through
// `Astro.locals`. `astro dev` has no such server, so /contact/, /api/contact and /staff/ would fail there; this
// gives them the same services in dev: the database in DATABASE_URL (by default .data/requests.db), the contact
// token secret, the staff accounts, and mail notifications when SMTP is configured. Astro's dev server reads
// locals from this symbol on the request, as adapters pass theirs.
const LOCALS = Symbol.for('astro.locals');

async function startServices(): Promise<RunningServices> {
  const [{ loadConfig }, { createLogger }, services] = await Promise.all([
    import('../server/server-config.ts'),
    import('../server/log.ts'),
    import('../server/services.ts'),
  ]);
  return services.startServices(loadConfig().databaseUrl, createLogger());
}

/** Gives server-rendered routes their services (store, contact, staff) under `astro dev`. */
export default function devServices(): AstroIntegration {
  return {
    name: 'alliance:dev-services',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        let started: ReturnType<typeof startServices> | undefined;
        server.middlewares.use((req: IncomingMessage, _res, next) => {
          started ??= startServices();
          started.then(
            ({ services }) => {
              const locals: Partial<App.Locals> = {
                requestId: randomUUID(),
                clientAddress: req.socket.remoteAddress ?? '',
                services,
                https: false,
              };
              Reflect.set(req, LOCALS, locals);
              next();
            },
            (error: unknown) => {
              logger.error(
                `could not start the dev services: ${error instanceof Error ? error.message : String(error)}`,
              );
              next(error);
            },
          );
        });
        server.httpServer?.once('close', () => {
          void started?.then((running) => running.stop());
        });
      },
    },
  };
}
