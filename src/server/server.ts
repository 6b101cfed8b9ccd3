import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { createApp, LIVE_RENDER_HEADER, LIVE_WARM_HEADER, type ServerRoute } from './app.ts';
import { createRequestLog } from './request-log.ts';
import type { ServerConfig } from './server-config.ts';
import { createHealthRoute } from './health.ts';
import { createLogger, type Logger } from './log.ts';
import { ALLOWED_METHODS } from './request-guard.ts';
import { startServices, type Services } from './services.ts';
import { buildStartedAt, LivePages, type LiveRender } from './live/live-pages.ts';
import { ClusterBuilds } from './rebuild/cluster.ts';
import { astroBuildRunner, Rebuilder, type BuildRunner } from './rebuild/rebuilder.ts';
import { SignatureChecker } from './rebuild/signature.ts';
import { createPublicationSchedule } from './rebuild/schedule.ts';
import { createRebuildWebhook } from './rebuild/webhook.ts';
import { activeBuild, loadSite, rememberActiveBuild, type Site } from './site.ts';

/** A running server. */
export interface RunningServer {
  url: string;
  server: http.Server;
  services: Services;
  /** Background rebuilds: from the webhook (with `SANITY_WEBHOOK_SECRET`) and for scheduled articles. */
  rebuilder: Rebuilder;
  /** Published changes shown before the full build has them. */
  live: LivePages;
  /** Stops accepting connections, lets requests in flight finish, then closes the store. */
  close(): Promise<void>;
}

/** Opens the store, loads the build and listens. */
export async function startServer(
  config: ServerConfig,
  logger: Logger = createLogger(),
): Promise<RunningServer> {
  const running = await startServices(config.databaseUrl, logger);
  const { services } = running;
  let site: Site = await loadSite(activeBuild(config.distDir, config.buildsDir));
  const routes = new Map<string, ServerRoute>();
  // A published change is shown at once from a page the server renders for itself (an internal request carrying
  // this token), until a build that read the change is in (docs/publishing.md).
  const liveToken = randomUUID();
  let selfUrl = '';
  const live = new LivePages({ logger, render: (id) => renderLive(selfUrl, id, liveToken) });
  const activate = async (distDir: string) => {
    site = await loadSite(distDir);
    rememberActiveBuild(config.buildsDir, distDir);
    const started = buildStartedAt(distDir);
    if (started !== undefined) live.supersede(started);
    void schedule.refresh();
  };
  // Instances sharing PostgreSQL share their builds: one builds, every one serves it (src/server/rebuild/cluster.ts).
  const cluster = /^postgres(ql)?:\/\//.test(config.databaseUrl)
    ? await ClusterBuilds.open({
        databaseUrl: config.databaseUrl,
        buildsDir: config.buildsDir,
        logger,
        current: () => site.distDir,
        activate,
        onChange: (id, at) => void live.refresh(id, at),
      })
    : undefined;
  const runner = heldUntil(config.buildHoldFile, astroBuildRunner(config.root), logger);
  const rebuilder: Rebuilder = new Rebuilder({
    buildsDir: config.buildsDir,
    build: cluster ? cluster.runner(runner) : runner,
    activate,
    logger,
  });
  // Scheduled articles go live on their own: a rebuild when the next publishedAt passes.
  const schedule = createPublicationSchedule({
    root: config.root,
    logger,
    onDue: () => rebuilder.request('scheduled article due'),
  });
  void schedule.refresh();
  // A build another instance published while this one was down.
  await cluster?.catchUp();
  routes.set(
    '/api/health',
    createHealthRoute(() => site, services.store),
  );
  if (config.webhookSecret) {
    const onChange = (ids: string[], at: number) =>
      Promise.all(
        ids.map((id) =>
          // Every instance hears it through the database; should that fail, this one still shows it.
          cluster ? cluster.announceChange(id, at).catch(() => live.refresh(id, at)) : live.refresh(id, at),
        ),
      );
    routes.set(
      '/api/rebuild',
      createRebuildWebhook(new SignatureChecker(config.webhookSecret), rebuilder, onChange),
    );
  }
  const requestLog = createRequestLog(logger, config.logRefusalSeconds);
  const app = createApp({
    site: () => site,
    routes,
    services,
    logger,
    requestLog,
    trustProxy: config.trustProxy,
    live: { lookup: (path) => live.lookup(path), token: liveToken },
  });
  const server = http.createServer(
    { requestTimeout: 30_000, headersTimeout: 15_000 },
    (req, res) => void app(req, res),
  );
  server.keepAliveTimeout = 5_000;
  // CONNECT never reaches the request handler (Node hands it to this event, or drops the connection silently).
  server.on('connect', (_req, socket: Duplex) => {
    socket.end(
      `HTTP/1.1 405 Method Not Allowed\r\nAllow: ${ALLOWED_METHODS.join(', ')}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host}:${port}`;
  selfUrl = `http://${loopbackHost(config.host)}:${port}`;
  logger.info(`listening on ${url} (store: ${services.store.kind}, serving ${site.distDir})`);
  // The first publish would otherwise wait for the live route's code to load (about a second on a busy machine).
  if (config.webhookSecret || cluster) void warmLive(selfUrl, liveToken, logger);

  let closing: Promise<void> | undefined;
  return {
    url,
    server,
    services,
    rebuilder,
    live,
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
        requestLog.stop();
        schedule.stop();
        await rebuilder.stop();
        await cluster?.close();
        await running.stop();
        logger.info('stopped');
      })()),
  };
}

/** Where the server reaches itself: the address it listens on, or loopback when it listens on every address. */
function loopbackHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

/** Asks the server itself for a document's live page (src/pages/internal/live-article/[id].astro). */
async function renderLive(selfUrl: string, id: string, token: string): Promise<LiveRender> {
  const response = await fetch(`${selfUrl}/internal/live-article/${encodeURIComponent(id)}/`, {
    headers: { [LIVE_RENDER_HEADER]: token },
    redirect: 'manual',
    signal: AbortSignal.timeout(60_000),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: Buffer.from(await response.arrayBuffer()),
  };
}

/** Loads the live route's code ahead of the first publish; a failure only costs that publish the time. */
async function warmLive(selfUrl: string, token: string, logger: Logger): Promise<void> {
  try {
    const response = await fetch(`${selfUrl}/internal/live-article/warm/`, {
      headers: { [LIVE_RENDER_HEADER]: token, [LIVE_WARM_HEADER]: '1' },
      signal: AbortSignal.timeout(60_000),
    });
    await response.arrayBuffer();
  } catch (error) {
    logger.error(`live pages: warm-up failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A runner that starts each build only once `file` exists (the test hook `REBUILD_HOLD_FILE`). */
function heldUntil(file: string | undefined, run: BuildRunner, logger: Logger): BuildRunner {
  if (!file) return run;
  return async (outDir, signal) => {
    if (!fs.existsSync(file)) logger.info(`build held until ${file} exists`);
    while (!fs.existsSync(file)) {
      if (signal.aborted) throw new Error('stopped while held');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return run(outDir, signal);
  };
}
