import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  // A relative base lets dist/ be uploaded to any sub-path of any static host.
  base: './',
  plugins: [svelte()],
  build: {
    target: 'es2022',
    // Inline assets would be data: URLs, which a strict CSP without `img-src data:` blocks.
    assetsInlineLimit: 0,
    // The reader's first view should not wait on a CSS file for each chunk.
    cssCodeSplit: true,
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
