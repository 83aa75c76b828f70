export { API_ROUTES, type ServerOptions, buildServer } from './build-server.js';
export { type RunningServer, type StartOptions, startServer } from './start-server.js';
export { openApiDocument } from './openapi.js';
export { ApiError, type ParamSpec, parseParams } from './params.js';
export { defaultWebRoot } from './static-files.js';
export { apiMarkdown, GENERATED_END, GENERATED_START } from './api-markdown.js';
