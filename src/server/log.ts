/** One line per request: never a query string, a body or anything a person typed. */
export interface RequestLogEntry {
  id: string;
  method: string;
  /** The path only; the caller strips the query string. */
  path: string;
  status: number;
  ms: number;
}

/**
 * Refusals of one kind (status, method, path) from one client after the first, counted over an interval instead of
 * logged one by one (src/server/request-log.ts).
 */
export interface RepeatedRefusals {
  method: string;
  path: string;
  status: number;
  /** How many more there were after the first, which was logged with this request id. */
  more: number;
  firstId: string;
  /** The interval they were counted over. */
  seconds: number;
}

/** Where the server writes its lines; tests pass their own. */
export type LogSink = (line: string) => void;

/** `text`: `time level message` lines for people; `json`: one JSON object per line for log collectors. */
export type LogFormat = 'text' | 'json';

/** Writes request and event lines in one format. */
export interface Logger {
  request(entry: RequestLogEntry): void;
  repeated(summary: RepeatedRefusals): void;
  info(message: string): void;
  error(message: string): void;
}

/** The format `LOG_FORMAT` names (`text` when unset); any other value is a mistake worth stopping for. */
export function logFormat(env: NodeJS.ProcessEnv = process.env): LogFormat {
  const value = env['LOG_FORMAT'] ?? '';
  if (value === '' || value === 'text') return 'text';
  if (value === 'json') return 'json';
  throw new Error(`LOG_FORMAT must be "text" or "json", not "${value}".`);
}

/** A logger writing one line per event to the given sinks, as `time level message` text or as JSON. */
export function createLogger(
  out: LogSink = (l) => process.stdout.write(l + '\n'),
  err: LogSink = out,
  format: LogFormat = logFormat(),
): Logger {
  const stamp = () => new Date().toISOString();
  const ms = (value: number) => Math.round(value * 10) / 10;
  if (format === 'json') {
    // Keys in a fixed order; JSON.stringify escapes control characters, so a value cannot forge a line.
    return {
      request: ({ id, method, path, status, ms: took }) => {
        out(JSON.stringify({ time: stamp(), level: 'info', id, method, path, status, ms: ms(took) }));
      },
      repeated: ({ method, path, status, more, firstId, seconds }) => {
        out(
          JSON.stringify({
            time: stamp(),
            level: 'info',
            method,
            path,
            status,
            repeated: more,
            seconds,
            firstId,
          }),
        );
      },
      info: (message) => {
        out(JSON.stringify({ time: stamp(), level: 'info', message }));
      },
      error: (message) => {
        err(JSON.stringify({ time: stamp(), level: 'error', message }));
      },
    };
  }
  return {
    request: ({ id, method, path, status, ms: took }) => {
      out(`${stamp()} ${method} ${path} ${status} ${took.toFixed(1)}ms id=${id}`);
    },
    repeated: ({ method, path, status, more, firstId, seconds }) => {
      out(`${stamp()} ${method} ${path} ${status} repeated=${more} in=${seconds}s first=${firstId}`);
    },
    info: (message) => {
      out(`${stamp()} info ${message}`);
    },
    error: (message) => {
      err(`${stamp()} error ${message}`);
    },
  };
}

/** The path part of a request target, without query or fragment, for logging. */
export function pathOnly(url: string | undefined): string {
  if (!url) return '/';
  const cut = url.search(/[?#]/);
  const raw = cut === -1 ? url : url.slice(0, cut);
  // Control characters would let a crafted path forge log lines.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return raw.replace(/[\u0000-\u001f\u007f]/g, '?');
}
