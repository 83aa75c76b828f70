import type { Stage } from '../pipeline/stage.js';
import { IssueTagger, tagIssues } from './issue-tagger.js';
import { type IssueTaxonomy, loadIssueTaxonomy } from './taxonomy.js';

export { IssueTagger, tagIssues } from './issue-tagger.js';
export { DEFAULT_TAXONOMY_PATH, type IssueSpec, type IssueTaxonomy, loadIssueTaxonomy } from './taxonomy.js';

/** Tags events and the document with the issues of the taxonomy (energy, territory, bases...). */
export function createIssueStage(taxonomy: IssueTaxonomy = loadIssueTaxonomy()): Stage {
  const tagger = new IssueTagger(taxonomy);
  return {
    name: 'issues.keywords.v1',
    requires: ['tokens', 'sentences', 'events'],
    assigns: ['issues', 'events'],
    run: (doc) => tagIssues(doc, tagger),
  };
}
