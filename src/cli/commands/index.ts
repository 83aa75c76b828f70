import type { Command } from 'commander';
import * as actors from './actors.js';
import * as demo from './demo.js';
import * as events from './events.js';
import * as extract from './extract.js';
import * as ingest from './ingest.js';
import * as stats from './stats.js';

/** Every `dyad` subcommand, registered in the order `dyad --help` lists them. */
export function registerCommands(program: Command): void {
  for (const command of [extract, ingest, events, actors, stats, demo]) command.register(program);
}
