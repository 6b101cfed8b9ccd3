import { loadConfig } from './config.ts';
import { createLogger } from './log.ts';
import { startServer } from './server.ts';

const logger = createLogger();
const running = await startServer(loadConfig(), logger);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    logger.info(`${signal} received, finishing requests in flight`);
    // A stuck connection must not keep a stopping server alive forever.
    setTimeout(() => process.exit(1), 10_000).unref();
    void running.close().then(() => process.exit(0));
  });
}
