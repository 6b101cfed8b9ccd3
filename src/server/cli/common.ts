/** Where a command-line tool writes; tests pass their own. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Standard output and error. */
export const stdio: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** A command line that doesn't fit the tool's usage (answered with the usage text and exit code 2). */
export class UsageError extends Error {}

/**
 * What people typed is printed to a terminal: drop control characters so it cannot move the cursor or recolour.
 */
export function printable(value: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return value.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

/** The store the server uses: `DATABASE_URL`, or its default (docs/operations.md) when unset or empty. */
export function databaseUrlFrom(env: NodeJS.ProcessEnv): string {
  const given = env['DATABASE_URL'];
  return given === undefined || given === '' ? 'file:.data/requests.db' : given;
}

/**
 * Runs a tool's command and turns failures into exit codes: 2 with the usage text for a bad command line, 1 with
 * `<name>: <message>` for anything else.
 */
export async function runTool(
  name: string,
  usage: string,
  io: Io,
  command: () => Promise<number>,
): Promise<number> {
  try {
    return await command();
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`${(error as Error).message}\n\n${usage}`);
      return 2;
    }
    io.err(`${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

/**
 * What a tool does with no command, `help` or a command it does not know: prints its usage (exit code 2 when no
 * command was given, 0 when help was asked for), or throws a usage error naming the command.
 */
export function helpOrUnknown(command: string | undefined, usage: string, io: Io): number {
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    io.out(usage);
    return command === undefined ? 2 : 0;
  }
  throw new UsageError(`unknown command "${printable(command)}"`);
}
