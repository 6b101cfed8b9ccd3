import { loadConfig } from './server-config.ts';
import { createLogger } from './log.ts';
import { startServer } from './server.ts';

const logger = createLogger();
const starting = startServer(loadConfig(), logger);

// Installed before the server listens, so a signal that arrives right after "listening on" is logged still
// lets requests in flight finish instead of killing the process outright.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    logger.info(`${signal} received, finishing requests in flight`);
    // A stuck connection must not keep a stopping server alive forever.
    setTimeout(() => process.exit(1), 10_000).unref();
    void starting.then(
      (running) => running.close().then(() => process.exit(0)),
      () => process.exit(1),
    );
  });
}

await starting;
