import { SMTPServer } from 'smtp-server';
import { freePort } from './free-port.ts';

/** One message the test SMTP server accepted. */
export interface ReceivedMail {
  from: string;
  to: string[];
  /** The raw message (headers and body). */
  raw: string;
}

/** A real SMTP server on loopback that keeps what it receives. */
export interface TestSmtp {
  port: number;
  url: string;
  messages: ReceivedMail[];
  /** Starts listening (again) on the same port. */
  start(): Promise<void>;
  /** Stops listening; the port stays reserved for a later `start()`. */
  stop(): Promise<void>;
  /** Resolves when at least `count` messages arrived, or rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
}

/**
 * An `smtp-server` on 127.0.0.1 (no TLS, no auth required). Created stopped when `started` is false, so a test can
 * show what happens while the mail server is down.
 */
export async function createTestSmtp({ started = true }: { started?: boolean } = {}): Promise<TestSmtp> {
  const port = await freePort();
  const messages: ReceivedMail[] = [];
  let server: SMTPServer | undefined;

  const make = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          messages.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });

  const smtp: TestSmtp = {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    start: async () => {
      server = make();
      const current = server;
      await new Promise<void>((resolve, reject) => {
        current.once('error', reject);
        current.listen(port, '127.0.0.1', () => {
          resolve();
        });
      });
    },
    stop: async () => {
      const current = server;
      server = undefined;
      if (current) {
        await new Promise<void>((resolve) => {
          current.close(() => {
            resolve();
          });
        });
      }
    },
    waitFor: async (count, timeoutMs = 30_000) => {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline) {
          throw new Error(`expected ${count} emails, got ${messages.length} in ${timeoutMs} ms`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return messages;
    },
  };
  if (started) await smtp.start();
  return smtp;
}
