/** The shape every CLI command has: its help text and a run function that returns the exit code. */
import type { Readable, Writable } from 'node:stream';

export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** True when stderr is a terminal: long runs show progress only then. */
  stderrIsTTY: boolean;
  cwd: string;
}

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Full help, printed verbatim by `tabayyun COMMAND --help`. */
  help: string;
  run(args: string[], io: CliIO): Promise<number>;
}

/** Exit codes (STYLE.md): 0 success; 1 findings (e.g. records reported and skipped); 2 usage or input error. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
