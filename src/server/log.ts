/** One line per request: never a query string, a body or anything a person typed. */
export interface RequestLogEntry {
  id: string;
  method: string;
  /** The path only; the caller strips the query string. */
  path: string;
  status: number;
  ms: number;
}

/** Where the server writes its lines; tests pass their own. */
export type LogSink = (line: string) => void;

/** Writes request and event lines in one plain format. */
export interface Logger {
  request(entry: RequestLogEntry): void;
  info(message: string): void;
  error(message: string): void;
}

/** A logger writing `time level message` lines to the given sinks. */
export function createLogger(
  out: LogSink = (l) => process.stdout.write(l + '\n'),
  err: LogSink = out,
): Logger {
  const stamp = () => new Date().toISOString();
  return {
    request: ({ id, method, path, status, ms }) => {
      out(`${stamp()} ${method} ${path} ${status} ${ms.toFixed(1)}ms id=${id}`);
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
