/** The full-page shell: the front page (the list of stories), or the one App for a story. */
import { mount } from 'svelte';
import App from './components/App.svelte';
import { liveMapChunk } from './components/map/live-map-chunk.ts';
import ReadingPanel from './components/panel/ReadingPanel.svelte';
import { opensFrontPage } from './lib/story/front-page.ts';
import { readParams } from './lib/story/params.ts';
import { resolveTheme } from './lib/story/theme.ts';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
if (opensFrontPage(location.search, location.pathname)) {
  const { theme } = readParams(location.search, (message) => console.warn(message));
  document.documentElement.dataset.theme = resolveTheme(
    theme,
    matchMedia('(prefers-color-scheme: dark)').matches,
  );
  // Asked for only here: a story's page, the one most readers land on, does without it.
  const { default: FrontPage } = await import('./components/FrontPage.svelte');
  mount(FrontPage, { target, props: { dataUrl: `${import.meta.env.BASE_URL}data/` } });
} else {
  void liveMapChunk();
  mount(App, { target, props: { embedded: false, panel: ReadingPanel } });
}
