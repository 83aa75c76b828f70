#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { CONTRACT_VERSION } from '../pipeline/contract.js';
import { CliError, EXIT } from './exit-codes.js';
import { registerCommands } from './commands/index.js';
import { packageVersion } from './package-version.js';

const program = new Command('dyad')
  .description('Dyad: sourced, structured event data from writing about international relations')
  .version(`${packageVersion()} (contract ${CONTRACT_VERSION})`, '-V, --version')
  .enablePositionalOptions()
  .showHelpAfterError()
  .exitOverride();

registerCommands(program);

// `dyad extract ... | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    // Help and version exit through here with code 0; usage errors were already printed.
    process.exitCode = err.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
  } else if (err instanceof CliError) {
    process.stderr.write(`dyad: ${err.message}\n`);
    process.exitCode = err.exitCode;
  } else {
    process.stderr.write(`dyad: ${err instanceof Error ? err.message : String(err)}\n`);
    if (process.env.DYAD_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    process.exitCode = EXIT.FATAL;
  }
}
