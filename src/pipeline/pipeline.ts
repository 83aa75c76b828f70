import type { Doc, SourceDoc } from '../model/types.js';
import { type DocField, type Stage, StageError } from './stage.js';

/** Fields a fresh Doc has before any stage runs. */
const INITIAL: readonly DocField[] = ['text', 'date'];

export interface Pipeline {
  readonly stages: readonly Stage[];
  /** Runs every stage over one document; a failing stage throws a StageError naming it and the doc. */
  run(source: SourceDoc): Doc;
}

/**
 * Composes stages in order, checking when it is built that each stage's inputs are assigned
 * by an earlier one, so a misordered pipeline fails at start-up rather than on the first doc.
 */
export function createPipeline(stages: readonly Stage[]): Pipeline {
  const available = new Set<DocField>(INITIAL);
  for (const stage of stages) {
    const missing = stage.requires.filter((f) => !available.has(f));
    if (missing.length > 0) {
      throw new Error(`pipeline: stage ${stage.name} requires ${missing.join(', ')}, which no earlier stage assigns`);
    }
    for (const f of stage.assigns) available.add(f);
  }
  return {
    stages,
    run(source) {
      const doc = newDoc(source);
      for (const stage of stages) {
        try {
          stage.run(doc);
        } catch (err) {
          throw new StageError(stage.name, doc.id, err);
        }
      }
      return doc;
    },
  };
}

export function newDoc(source: SourceDoc): Doc {
  return {
    id: source.id,
    title: source.title,
    date: source.date,
    text: source.text,
    source: source.source,
    url: source.url,
    sentences: [],
    tokens: [],
    mentions: [],
    times: [],
    events: [],
    issues: [],
  };
}
