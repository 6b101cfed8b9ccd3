import nodemailer from 'nodemailer';
import type { StaffEmail } from './message.ts';

/** Sends one staff email; resolves only once the mail server accepted it. */
export type SendMail = (email: StaffEmail) => Promise<void>;

/** A sender through the SMTP server `smtpUrl` names (`smtp://`, `smtps://`, with credentials if needed). */
export function createMailer({ smtpUrl, from, to }: { smtpUrl: string; from: string; to: string }): {
  send: SendMail;
  close(): void;
} {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    // A mail server that hangs must not hold the outbox; the row is retried later.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    send: async (email) => {
      const info = await transport.sendMail({
        from,
        to,
        subject: email.subject,
        text: email.text,
        headers: { 'X-Alliance-Request': email.requestId },
      });
      if (info.rejected.length > 0 && info.accepted.length === 0) {
        throw new Error('the mail server refused every recipient');
      }
    },
    close: () => {
      transport.close();
    },
  };
}
