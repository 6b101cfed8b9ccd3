import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import type { ServerConfig } from './config.ts';
import { createLogger, type Logger } from './log.ts';
import type { Services } from './services.ts';
import { loadSite, type Site } from './site.ts';
import { openStore } from './store/open-store.ts';

/** A running server. */
export interface RunningServer {
  url: string;
  server: http.Server;
  services: Services;
  /** Stops accepting connections, lets requests in flight finish, then closes the store. */
  close(): Promise<void>;
}

/** Opens the store, loads the build and listens. */
export async function startServer(
  config: ServerConfig,
  logger: Logger = createLogger(),
): Promise<RunningServer> {
  const store = await openStore(config.databaseUrl);
  const services: Services = { store };
  const site: Site = await loadSite(config.distDir);
  const app = createApp({ site: () => site, services, logger, trustProxy: config.trustProxy });
  const server = http.createServer(
    { requestTimeout: 30_000, headersTimeout: 15_000 },
    (req, res) => void app(req, res),
  );
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host}:${port}`;
  logger.info(`listening on ${url} (store: ${store.kind})`);

  let closing: Promise<void> | undefined;
  return {
    url,
    server,
    services,
    close: () =>
      (closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => {
            resolve();
          });
          // Keep-alive connections go idle once their request is answered; close each as it does.
          const sweep = setInterval(() => {
            server.closeIdleConnections();
          }, 50);
          server.once('close', () => {
            clearInterval(sweep);
          });
          server.closeIdleConnections();
        });
        await store.close();
        logger.info('stopped');
      })()),
  };
}
