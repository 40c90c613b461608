import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { editorEndpoint } from './scripts/editor-endpoint.ts';
import { trimMaplibreCss } from './scripts/trim-maplibre-css.ts';
import { inertJson } from './src/lib/story/inert-json.ts';
import { noscriptHtml } from './src/lib/story/noscript.ts';
import { PICTURE_SIZE } from './src/lib/map/fit-bounds.ts';
import { escapeMarkup } from './src/lib/text/markup.ts';
import { strings } from './src/lib/i18n/index.ts';
import { storyHeadHtml } from './src/lib/story/page-head.ts';
import { siteUrl } from './scripts/site-url.ts';
import { bordersNote } from './src/lib/story/credit.ts';
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

/** Where the story-specific parts of a page begin and end, so each story's page can swap them. */
const STORY_HEAD = ['<!-- dateline:story-head -->', '<!-- /dateline:story-head -->'] as const;
const STORY_BODY = ['<!-- dateline:story-body -->', '<!-- /dateline:story-body -->'] as const;

/** The app's own pages, which no story's page may take the name of. */
const APP_PAGES = new Set(['index', 'embed', 'editor']);

/**
 * What a page needs before its script runs, for one story: the list of stories as inert JSON
 * (with that story as the one to open), so the map starts on its view at once; its still
 * picture fetched with the page; for readers without JavaScript, the picture and the places;
 * and for a full page, what crawlers read (title, Open Graph and Twitter tags, the oEmbed
 * link, the NewsArticle JSON-LD: see page-head.ts).
 */
function storyParts(index: StoryIndex, id: string, { full }: { full: boolean }) {
  const entry = index.stories.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`${DATA_DIR}/index.json has no story "${id}"`);
  const story = readData<CompiledStory>(`${id}/story.json`);
  const head = [
    `<script type="application/json" id="dateline-index">${inertJson({ ...index, default: id })}</script>`,
    `<link rel="preload" as="image" href="data/${id}/picture.svg" />`,
    ...(full ? [storyHeadHtml({ story, entry, site: siteUrl() })] : []),
  ].join('\n');
  const noscript = noscriptHtml(story, {
    dataUrl: 'data/',
    picture: PICTURE_SIZE,
    bordersNote: bordersNote(story.bounds),
  });
  const body = `<noscript>${noscript}</noscript>`;
  return { story, head, body };
}

function wrapped([start, end]: readonly [string, string], inner: string): string {
  return `${start}\n${inner}\n${end}`;
}

function replaceBetween(html: string, [start, end]: readonly [string, string], inner: string) {
  const from = html.indexOf(start);
  const to = html.indexOf(end);
  if (from < 0 || to < from) throw new Error(`the built page has no ${start} … ${end}`);
  return html.slice(0, from) + wrapped([start, end], inner) + html.slice(to + end.length);
}

/**
 * Puts each page's story into it (the default story into `index.html` and `embed.html`), and
 * after the build writes one full page per story, `<id>.html`: the same app opening that story,
 * with its own title and what crawlers read, so a link to it previews and embeds as that story.
 */
function storyPageData(): Plugin {
  let outDir = 'dist';
  return {
    name: 'dateline-story-page-data',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml(html, context) {
      const index = readData<StoryIndex>('index.json');
      // The editor opens the site's stories from the list; it shows no story of its own.
      if (context.path.endsWith('editor.html')) {
        const list = `<script type="application/json" id="dateline-index">${inertJson(index)}</script>`;
        return html.replace('</head>', `${list}\n</head>`);
      }
      const full = !context.path.endsWith('embed.html');
      const { head, body } = storyParts(index, index.default, { full });
      return html
        .replace('</head>', `${wrapped(STORY_HEAD, head)}\n</head>`)
        .replace('</body>', `${wrapped(STORY_BODY, body)}\n</body>`);
    },
    writeBundle(_options, bundle) {
      // Only the reader's build has the page the story pages are made from.
      if (!('index.html' in bundle)) return;
      const index = readData<StoryIndex>('index.json');
      const template = readFileSync(join(outDir, 'index.html'), 'utf8');
      for (const { id } of index.stories) {
        if (APP_PAGES.has(id))
          throw new Error(`a story may not be called "${id}": ${id}.html is the app's`);
        const { story, head, body } = storyParts(index, id, { full: true });
        const page = replaceBetween(replaceBetween(template, STORY_HEAD, head), STORY_BODY, body)
          .replace(
            /<title>[^<]*<\/title>/,
            `<title>${escapeMarkup(strings.app.documentTitle(story.meta.headline))}</title>`,
          )
          .replace(
            /<meta name="description" content="[^"]*"/,
            `<meta name="description" content="${escapeMarkup(story.meta.summary)}"`,
          );
        writeFileSync(join(outDir, `${id}.html`), page);
      }
    },
  };
}

/**
 * The pages of one build. The reader's pages (the full page and the embed) and the editor are
 * built apart, one after the other into the same folder: a chunk two pages share keeps every
 * export either of them uses, so one build of all three gave the reader the editor's share
 * of MapLibre, valibot and the geometry checks (21 kB of JavaScript before the map is idle).
 */
export type PageSet = 'reader' | 'editor';

const PAGE_INPUTS: Record<PageSet, Record<string, string>> = {
  reader: { main: 'index.html', embed: 'embed.html' },
  editor: { editor: 'editor.html' },
};

/**
 * The reader's code that its two pages share, in one chunk: the lazily loaded parts (the
 * measuring tool, the print handout, MapLibre's chunk) share small modules with it, and left
 * to itself the bundler put those in chunks of their own, more requests before the first view.
 */
const CHUNK_GROUPS: Record<PageSet, { name: string; test: RegExp; minShareCount: number }[]> = {
  reader: [
    {
      name: 'app',
      test: /[\\/](src|node_modules[\\/](svelte|valibot|clsx|esm-env))[\\/]|modulepreload-polyfill/,
      minShareCount: 2,
    },
  ],
  editor: [],
};

/** The configuration that builds `pages` (and serves every page in development). */
export function datelineConfig(pages: PageSet) {
  return defineConfig({
    // A relative base lets dist/ be uploaded to any sub-path of any static host.
    base: './',
    plugins: [
      svelte(),
      trimMaplibreCss(),
      contentSecurityPolicy(),
      storyPageData(),
      editorEndpoint({ contentSecurityPolicy: CONTENT_SECURITY_POLICY }),
    ],
    build: {
      target: 'es2022',
      // Inlined assets would become data: URLs in CSS and scripts; keep every asset a file.
      assetsInlineLimit: 0,
      // The editor's build goes beside the reader's, which comes first and empties the folder.
      emptyOutDir: pages === 'reader',
      rolldownOptions: {
        input: PAGE_INPUTS[pages],
        output: { codeSplitting: { groups: CHUNK_GROUPS[pages] } },
      },
    },
    preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
    test: {
      environment: 'node',
      // Builds and geodesy take seconds on a shared two-core machine; time belongs in the bench.
      testTimeout: 30_000,
      hookTimeout: 60_000,
      projects: [
        // Pure logic, beside its source: needs nothing built.
        // Threads sharing their modules (no isolation) halve the suite on two cores: most of its
        // time is importing the same geodesy, basemap and gazetteer code into every file. The
        // tests keep no state between files (none mocks modules or stubs globals).
        {
          extends: true,
          test: {
            name: 'unit',
            include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
            pool: 'threads',
            isolate: false,
          },
        },
        // Checks of what the build made (public/data): run after `npm run build:test`.
        { extends: true, test: { name: 'data', include: ['tests/**/*.test.ts'] } },
      ],
    },
  });
}

export default datelineConfig('reader');
