/**
 * Builds the bench's bare MapLibre page (bench/bare) into bench/dist-bare, the way the app's
 * own config builds the app: relative base, no inlined assets, the same target.
 * MapLibre goes in a chunk of its own so the harness can weigh MapLibre's code exactly.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./bare', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist-bare', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    // MapLibre alone is over the default 500 kB warning; that is what the bench measures.
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ }],
        },
      },
    },
  },
});
