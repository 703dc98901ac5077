#!/usr/bin/env node
/** The `tabayyun` command line: dispatches to one command, translates errors once, sets the exit code. */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXIT_OK, EXIT_USAGE, type CliIO, type Command } from './command.js';
import { commands } from './commands/index.js';
import { reportError } from './report.js';
import { VERSION } from '../version.js';

export function mainHelp(list: Command[] = commands): string {
  const width = Math.max(...list.map((c) => c.name.length));
  return [
    'tabayyun — how different outlets report the same news story (Arabic-first)',
    '',
    'Usage: tabayyun COMMAND [options]',
    '',
    'Commands:',
    ...list.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  -h, --help     show help (also: tabayyun COMMAND --help)',
    '  -v, --version  show the version',
    '',
    'Exit codes: 0 success, 1 findings (some records reported and skipped), 2 usage or input error.',
    '',
  ].join('\n');
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    const topic = name === 'help' ? commands.find((c) => c.name === rest[0]) : undefined;
    io.stdout.write(topic ? topic.help : mainHelp());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '-v' || name === '--version') {
    io.stdout.write(`${VERSION}\n`);
    return EXIT_OK;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`tabayyun: E_USAGE: unknown command ${JSON.stringify(name)}\n\n${mainHelp()}`);
    return EXIT_USAGE;
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    io.stdout.write(command.help);
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    reportError(io.stderr, error);
    return EXIT_USAGE;
  }
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // EPIPE (e.g. `tabayyun analyze … | head`) is a normal end, not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); throw e; });
  const code = await main(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    stderrIsTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  });
  process.exitCode = code;
}
