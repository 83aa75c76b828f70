import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { StoreError, type Store } from '../store/index.js';
import { openApiDocument } from './openapi.js';
import { ApiError, parseParams } from './params.js';
import { createResponseCache } from './response-cache.js';
import type { Route, RouteContext } from './route.js';
import { analysisRoutes } from './routes/analysis-routes.js';
import { catalogRoutes } from './routes/catalog-routes.js';
import { eventRoutes } from './routes/event-routes.js';
import { CONTENT_SECURITY_POLICY, defaultWebRoot, readStatic } from './static-files.js';

export interface ServerOptions {
  /** The built dashboard (default web/dist). */
  readonly webRoot?: string;
  /** Cached aggregate answers; 0 turns the cache off (benchmarks of cold queries). */
  readonly cacheEntries?: number;
  /** Fastify's request log on stderr. */
  readonly logger?: boolean;
  /** Version shown in the OpenAPI document. */
  readonly version?: string;
}

export const API_ROUTES: readonly Route[] = [...eventRoutes, ...catalogRoutes, ...analysisRoutes];

/** The Fastify app over an open store: the API under /api and the dashboard at /. Not yet listening. */
export function buildServer(store: Store, opts: ServerOptions = {}): FastifyInstance {
  const app = Fastify({ logger: opts.logger ?? false, routerOptions: { maxParamLength: 500 } });
  const ctx: RouteContext = { store, cache: createResponseCache(store.sqlite, opts.cacheEntries ?? 500) };
  const openapi = openApiDocument(API_ROUTES, opts.version ?? '0.1.0');
  app.setErrorHandler((err, req, reply) => sendError(err, req, reply));
  app.addHook('onRequest', async () => store.ready);
  app.addHook('onSend', async (_req, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
  });
  app.get('/api/openapi.json', async () => openapi);
  for (const route of API_ROUTES) app.get(route.path, (req, reply) => answer(route, ctx, req, reply));
  app.get('/api/*', async (req) => {
    throw new ApiError(404, 'not_found', `no API endpoint ${req.url.split('?')[0]}; see /api/openapi.json`);
  });
  registerStatic(app, opts.webRoot ?? defaultWebRoot());
  return app;
}

async function answer(route: Route, ctx: RouteContext, req: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const p = parseParams(route.params, req.query as Record<string, unknown>, req.params as Record<string, unknown>);
  const json = p.format === undefined || p.format === 'json';
  const key = route.cacheable && json ? `${route.path} ${JSON.stringify(p)}` : undefined;
  if (key !== undefined) {
    const hit = ctx.cache.get(key);
    if (hit !== undefined) return hit;
  }
  const body = await route.handle(ctx, p, reply);
  if (key !== undefined) ctx.cache.set(key, body);
  return body;
}

function registerStatic(app: FastifyInstance, root: string): void {
  app.get('/*', async (req, reply) => {
    const path = req.url.split('?')[0];
    // Paths without an extension are dashboard routes; the app itself routes on the hash.
    const file = readStatic(root, path) ?? (/\.[a-z0-9]+$/i.test(path) ? undefined : readStatic(root, '/index.html'));
    if (file === undefined) {
      const built = readStatic(root, '/index.html') !== undefined;
      reply.code(404).type('text/plain; charset=utf-8');
      return built ? 'Not found' : 'The dashboard is not built: run `npm run build` (or `npx vite build --config web/vite.config.ts`). The API is at /api/openapi.json.';
    }
    reply.type(file.type).header('cache-control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (file.type.startsWith('text/html')) reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    return file.body;
  });
}

function sendError(err: unknown, req: FastifyRequest, reply: FastifyReply): void {
  if (err instanceof ApiError) {
    reply.code(err.status).send({ error: err.code, message: err.message, ...(err.param ? { param: err.param } : {}) });
    return;
  }
  if (err instanceof StoreError && err.code === 'E_STORE_FILTER') {
    reply.code(400).send({ error: 'invalid_parameter', message: err.message });
    return;
  }
  const status = (err as { statusCode?: number }).statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    reply.code(status).send({ error: 'bad_request', message: (err as Error).message });
    return;
  }
  req.log.error(err);
  reply.code(500).send({ error: 'internal', message: 'internal error; see the server log' });
}
