/** Process exit codes of the `dyad` command, documented in the README. */
export const EXIT = {
  /** Everything worked. */
  OK: 0,
  /** The command ran, but some inputs failed (each named on stderr); the good ones were processed. */
  PARTIAL: 1,
  /** The command line was wrong (unknown option, bad value). */
  USAGE: 2,
  /** Nothing could be done: the database could not be opened, a data file is broken. */
  FATAL: 3,
} as const;

/** An error the CLI reports as one line and turns into an exit code. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: number = EXIT.FATAL) {
    super(message);
    this.name = 'CliError';
  }
}
