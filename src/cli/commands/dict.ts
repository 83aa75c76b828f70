import type { Command } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ActorDictionaryError, loadActorDictionary, parsePetrarch, petrarchToRecords } from '../../actors/index.js';
import { CliError, EXIT } from '../exit-codes.js';

interface ImportOptions {
  out: string;
  prefix?: string;
}

/** `dyad dict import` converts PETRARCH/TABARI .actors/.agents files; `dyad dict check` validates our format. */
export function register(program: Command): void {
  const dict = program.command('dict').description('actor dictionaries: import PETRARCH/TABARI files, check user dictionaries');
  dict
    .command('import')
    .description('convert PETRARCH/TABARI .actors and .agents files into a Dyad actor dictionary (JSON lines)')
    .argument('<files...>', '.actors / .agents files (PETRARCH or TABARI format)')
    .option('-o, --out <file>', 'the dictionary file to write; pass it to extract/ingest with --dict', 'dyad-actors.jsonl')
    .option('--prefix <id>', 'prefix of the entity ids it creates', 'user')
    .action((files: string[], opts: ImportOptions) => {
      const lines: string[] = [`// Imported by dyad dict import from ${files.map((f) => basename(f)).join(', ')}`];
      let entities = 0;
      let agents = 0;
      for (const file of files) {
        let text: string;
        try {
          text = readFileSync(file, 'utf8');
        } catch (err) {
          throw new CliError(`dict import: cannot read ${file}: ${(err as Error).message}`, EXIT.FATAL);
        }
        const parsed = parsePetrarch(text);
        for (const e of parsed.errors) process.stderr.write(`${file}:${e.line}: skipped: ${e.message}\n`);
        for (const r of petrarchToRecords(parsed, opts.prefix ?? 'user')) {
          if (r.kind === 'entity') entities++;
          else agents++;
          lines.push(JSON.stringify(r));
        }
      }
      writeFileSync(opts.out, lines.join('\n') + '\n');
      process.stderr.write(`${opts.out}: ${entities} actors, ${agents} agents\n`);
    });
  dict
    .command('check')
    .description('load the built-in dictionary plus the given files and report the first error (file:line)')
    .argument('<files...>', 'Dyad actor dictionary files')
    .action((files: string[]) => {
      try {
        const d = loadActorDictionary({ extraFiles: files });
        process.stdout.write(`ok: ${d.entities.size} entities from ${d.files.length} files\n`);
      } catch (err) {
        if (err instanceof ActorDictionaryError) throw new CliError(err.message, EXIT.FATAL);
        throw err;
      }
    });
}
