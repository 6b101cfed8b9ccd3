import { checkedKey, MAKE_KEY } from '../secret-key.ts';

/** The contact feature's settings (docs/operations.md), read once when the server starts. */
export interface ContactConfig {
  /** At most `limit` accepted submissions per client in any `windowSeconds`. */
  rateLimit: { limit: number; windowSeconds: number };
  /** A form sent sooner than this after it was served counts as spam. */
  minFillSeconds: number;
  /** Signs the form's time token; when unset the store keeps a generated one. */
  tokenSecret: string | undefined;
  /** The site's canonical origin (a submission from it is not cross-site). */
  siteOrigin: string;
  /** Stored requests older than this many days are purged. */
  retentionDays: number;
  /** Staff notifications, when SMTP_URL, NOTIFY_TO and NOTIFY_FROM are all set. */
  notify: NotifyConfig | undefined;
}

/** Where and how staff are told of new requests. */
export interface NotifyConfig {
  smtpUrl: string;
  to: string;
  from: string;
  /** Put the request's fields in the email (off by default: email is not a private channel). */
  includeDetails: boolean;
  /** Where staff read requests, for the link in the email. */
  siteUrl: string;
}

/** An environment value, with an empty string counting as unset. */
function setting(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name];
  return value === '' ? undefined : value;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be a whole number of at least ${min}, not "${raw}".`);
  }
  return value;
}

/** Reads the contact settings from the environment, with their defaults; throws on a bad value. */
export function loadContactConfig(env: NodeJS.ProcessEnv = process.env): ContactConfig {
  const rate = setting(env, 'CONTACT_RATE_LIMIT') ?? '5/600';
  const match = /^(\d+)\/(\d+)$/.exec(rate.trim());
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) {
    throw new Error(`CONTACT_RATE_LIMIT must look like "5/600" (submissions/seconds), not "${rate}".`);
  }
  const minFill = Number(setting(env, 'CONTACT_MIN_FILL_SECONDS') ?? 3);
  if (!Number.isFinite(minFill) || minFill < 0) {
    throw new Error(
      `CONTACT_MIN_FILL_SECONDS must be 0 or more, not "${env['CONTACT_MIN_FILL_SECONDS'] ?? ''}".`,
    );
  }
  const siteUrl = setting(env, 'SITE_URL') ?? 'http://127.0.0.1:4321';
  let siteOrigin: string;
  try {
    siteOrigin = new URL(siteUrl).origin;
  } catch {
    throw new Error(`SITE_URL must be an absolute URL, not "${siteUrl}".`);
  }
  const tokenSecret = setting(env, 'CONTACT_TOKEN_SECRET');
  const smtpUrl = setting(env, 'SMTP_URL');
  const to = setting(env, 'NOTIFY_TO');
  const from = setting(env, 'NOTIFY_FROM');
  return {
    rateLimit: { limit: Number(match[1]), windowSeconds: Number(match[2]) },
    minFillSeconds: minFill,
    tokenSecret:
      tokenSecret === undefined ? undefined : checkedKey(tokenSecret, 'CONTACT_TOKEN_SECRET', MAKE_KEY),
    siteOrigin,
    retentionDays: positiveInteger(env, 'REQUEST_RETENTION_DAYS', 365),
    notify:
      smtpUrl && to && from
        ? {
            smtpUrl,
            to,
            from,
            includeDetails: ['1', 'true'].includes((env['NOTIFY_INCLUDE_DETAILS'] ?? '').toLowerCase()),
            siteUrl: siteUrl.replace(/\/+$/, ''),
          }
        : undefined,
  };
}
