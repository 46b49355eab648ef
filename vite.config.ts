import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const repositoryRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: 'web',
  plugins: [react()],
  // The Vite root is web/, so point PostCSS at the repository's postcss.config.cjs explicitly.
  css: { postcss: repositoryRoot },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    // dist/web/.vite/manifest.json lists each chunk and what it imports: scripts/bundle-budget.ts
    // reads it to weigh what the first load of the inbox ships.
    manifest: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        // Only what the first load needs ('$initial') is grouped, so a library used by one page
        // alone (charts, the map's graph) loads with that page instead of with the app.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/,
              priority: 30,
            },
            {
              name: 'mantine',
              test: /node_modules[\\/](@mantine|@floating-ui)[\\/]/,
              tags: ['$initial'],
              priority: 20,
            },
            { name: 'vendor', test: /node_modules[\\/]/, tags: ['$initial'], priority: 10 },
          ],
        },
      },
    },
  },
  // The map's layout worker (web/components/accountability/layout-map.worker.ts) is a module worker
  // with the layout engine (1.4 MB) bundled in: it loads only when a map is laid out.
  worker: { format: 'es' },
  server: {
    // The dev server proxies the API so the session cookie and CSRF check stay same-origin.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
