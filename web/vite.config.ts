import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The single-page app in web/. `npm run build:web` writes web/dist, which the Fastify server
 * serves; `npm run dev:web` serves it with hot reload and sends /api to a running
 * `journeylens demo` (JOURNEYLENS_API, default http://localhost:4000).
 */
export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The map editor and charts are the bulk; the budget (issue 4) is 1 MB gzipped in total.
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: {
      '/api': process.env.JOURNEYLENS_API ?? 'http://localhost:4000',
      '/healthz': process.env.JOURNEYLENS_API ?? 'http://localhost:4000',
    },
  },
});
