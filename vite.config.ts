import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { inertJson } from './src/lib/story/inert-json.ts';

/**
 * The policy every built page carries: only this origin's scripts, styles, workers and data.
 * It is set in the page itself so that it holds on any static host, whatever its headers.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

/** Adds the policy to built pages only: the dev server injects styles inline for hot reload. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'dateline-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** Where `npm run data` writes the list of stories. */
const STORY_INDEX = 'public/data/index.json';

/**
 * Puts the list of stories in the page itself, as inert JSON, so the map can start on the
 * story's view as soon as the script runs instead of after one more request.
 */
function inlineStoryIndex(): Plugin {
  return {
    name: 'dateline-story-index',
    transformIndexHtml() {
      let json: string;
      try {
        json = inertJson(JSON.parse(readFileSync(STORY_INDEX, 'utf8')));
      } catch (error) {
        throw new Error(`${STORY_INDEX} is missing or broken: run \`npm run data\` first`, {
          cause: error,
        });
      }
      return [
        {
          tag: 'script',
          attrs: { type: 'application/json', id: 'dateline-index' },
          children: json,
          injectTo: 'head',
        },
      ];
    },
  };
}

export default defineConfig({
  // A relative base lets dist/ be uploaded to any sub-path of any static host.
  base: './',
  plugins: [svelte(), contentSecurityPolicy(), inlineStoryIndex()],
  build: {
    target: 'es2022',
    // Inlined assets would become data: URLs in CSS and scripts; keep every asset a file.
    assetsInlineLimit: 0,
    // Two pages, one App: the full page and the embed.
    rollupOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
  },
});
