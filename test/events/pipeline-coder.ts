import { beforeAll } from 'vitest';
import type { Doc, DyadEvent } from '../../src/model/types.js';
import { createDefaultPipeline } from '../../src/pipeline/default-pipeline.js';
import type { Pipeline } from '../../src/pipeline/pipeline.js';

/** An event as tests compare it: "SRC>TGT CODE", with " neg" when negated. */
export const eventLine = (e: DyadEvent): string => `${e.source.code}>${e.target?.code ?? ''} ${e.code}${e.negated ? ' neg' : ''}`;

/**
 * The default pipeline for a describe block (made once, before its tests): `run` analyses a
 * text as a document of the given date and title, `code` gives its events as eventLine strings
 * (a title such as "Chile - Peru Relations" makes it a report on that pair).
 */
export function pipelineCoder(date: string): { run: (text: string, opts?: { title?: string; date?: string }) => Doc; code: (text: string, title?: string) => string[] } {
  let pipeline: Pipeline;
  beforeAll(async () => {
    pipeline = await createDefaultPipeline();
  });
  const run = (text: string, opts: { title?: string; date?: string } = {}) =>
    pipeline.run({ id: 't', title: opts.title ?? null, date: opts.date ?? date, text, source: 'test', url: null });
  return { run, code: (text, title) => run(text, { title }).events.map(eventLine) };
}
