import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The dashboard is plain TypeScript + DOM; `npx vite build --config web/vite.config.ts` writes web/dist,
// which `dyad serve` serves as static files next to the API.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
  },
  server: {
    // `npx vite --config web/vite.config.ts` during development, with `dyad serve --port 8080` running.
    proxy: { '/api': 'http://localhost:8080' },
  },
});
