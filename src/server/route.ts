import type { FastifyReply } from 'fastify';
import type { Store } from '../store/index.js';
import type { ParamSpec, ParamValues } from './params.js';
import type { ResponseCache } from './response-cache.js';

export interface RouteContext {
  readonly store: Store;
  readonly cache: ResponseCache;
}

/** One API endpoint: its parameters drive validation and its OpenAPI entry alike. */
export interface Route {
  /** Fastify path syntax (`/api/documents/:id`). */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly params: readonly ParamSpec[];
  /** Media types the endpoint can answer with (first is the default). */
  readonly produces?: readonly string[];
  /** Answers may be kept until the database changes (aggregates over many rows). */
  readonly cacheable?: boolean;
  handle(ctx: RouteContext, p: ParamValues, reply: FastifyReply): Promise<unknown> | unknown;
}
