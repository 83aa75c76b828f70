import type { Command } from 'commander';
import * as actors from './actors.js';
import * as demo from './demo.js';
import * as dict from './dict.js';
import * as events from './events.js';
import * as extract from './extract.js';
import * as ingest from './ingest.js';
import * as serve from './serve.js';
import * as stats from './stats.js';

/** Every `dyad` subcommand, registered in the order `dyad --help` lists them. */
export function registerCommands(program: Command): void {
  for (const command of [extract, ingest, events, actors, stats, serve, dict, demo]) command.register(program);
}
