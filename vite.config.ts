import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { editorEndpoint } from './scripts/editor-endpoint.ts';
import { inertJson } from './src/lib/story/inert-json.ts';
import { noscriptHtml } from './src/lib/story/noscript.ts';
import { PICTURE_SIZE } from './src/lib/map/fit-bounds.ts';
import type { CompiledStory, StoryIndex } from './src/lib/story/types.ts';

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

/** Where `npm run data` writes the list of stories and the stories. */
const DATA_DIR = 'public/data';

function readData<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(`${DATA_DIR}/${path}`, 'utf8')) as T;
  } catch (error) {
    throw new Error(`${DATA_DIR}/${path} is missing or broken: run \`npm run data\` first`, {
      cause: error,
    });
  }
}

/**
 * Puts what the page needs before its script runs into the page itself: the list of stories,
 * as inert JSON, so the map starts on the story's view at once; and for readers without
 * JavaScript, the default story's still picture and places.
 */
function storyPageData(): Plugin {
  return {
    name: 'dateline-story-page-data',
    transformIndexHtml(_html, { filename }) {
      const index = readData<StoryIndex>('index.json');
      const indexTag = {
        tag: 'script',
        attrs: { type: 'application/json', id: 'dateline-index' },
        children: inertJson(index),
        injectTo: 'head' as const,
      };
      // The editor opens the site's stories from the list; it shows no story of its own.
      if (filename.endsWith('editor.html')) return [indexTag];
      const story = readData<CompiledStory>(`${index.default}/story.json`);
      return [
        indexTag,
        {
          // The default story's picture is the first thing painted: fetch it with the page.
          tag: 'link',
          attrs: { rel: 'preload', as: 'image', href: `data/${index.default}/picture.svg` },
          injectTo: 'head',
        },
        {
          tag: 'noscript',
          children: noscriptHtml(story, { dataUrl: 'data/', picture: PICTURE_SIZE }),
          injectTo: 'body',
        },
      ];
    },
  };
}

export default defineConfig({
  // A relative base lets dist/ be uploaded to any sub-path of any static host.
  base: './',
  plugins: [
    svelte(),
    contentSecurityPolicy(),
    storyPageData(),
    editorEndpoint({ contentSecurityPolicy: CONTENT_SECURITY_POLICY }),
  ],
  build: {
    target: 'es2022',
    // Inlined assets would become data: URLs in CSS and scripts; keep every asset a file.
    assetsInlineLimit: 0,
    // Two pages, one App: the full page and the embed; and the editor, a third page.
    rollupOptions: { input: { main: 'index.html', embed: 'embed.html', editor: 'editor.html' } },
  },
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  test: {
    environment: 'node',
    // Builds and geodesy take seconds on a shared two-core machine; time belongs in the bench.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      // Pure logic, beside its source: needs nothing built.
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'] },
      },
      // Checks of what the build made (public/data): run after `npm run build:test`.
      { extends: true, test: { name: 'data', include: ['tests/**/*.test.ts'] } },
    ],
  },
});
