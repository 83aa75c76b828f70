export { createActorStage, findMentions } from './actor-stage.js';
export { loadActorDictionary, DEFAULT_ACTOR_DIR, type LoadActorOptions } from './load-actor-dictionary.js';
export { buildDictionary } from './build-dictionary.js';
export { parseDictionary } from './parse-dictionary.js';
export { ActorDictionaryError, DICT_ERRORS } from './dictionary-error.js';
export { parsePetrarch, petrarchToRecords, type PetrarchResult } from './petrarch-import.js';
export type { ActorDictionary, DictionaryRecord, EntityRecord, AgentRecord, TitleRecord, HeadRecord, Entity, RoleSpec } from './types.js';
