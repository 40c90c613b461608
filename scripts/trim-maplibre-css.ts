/**
 * MapLibre's stylesheet carries the rules of every control and overlay it has, 72 kB as it
 * ships; the three copies of its logo alone are 39 kB. Dateline draws none of the parts
 * listed here (the page credits MapLibre in its own credit line; the zoom buttons have no
 * compass), so their rules are left
 * out of the stylesheet the reader downloads with the live map. The list is checked against
 * the code: `trim-maplibre-css.test.ts` fails if any part of it is created anywhere in src/.
 */
import postcss, { type Container } from 'postcss';
import type { Plugin } from 'vite';

/** MapLibre's class names (after `maplibregl-`) of parts Dateline never creates. */
export const UNUSED_MAPLIBRE_PARTS = [
  'ctrl-logo',
  'ctrl-attrib',
  'ctrl-compass',
  'ctrl-geolocate',
  'ctrl-fullscreen',
  'ctrl-shrink',
  'ctrl-globe',
  'ctrl-terrain',
  'ctrl-scale',
  'popup',
  'user-location',
] as const;

/** The stylesheet as MapLibre's npm package ships it. */
const MAPLIBRE_CSS = /[\\/]maplibre-gl[\\/]dist[\\/]maplibre-gl\.css(\?.*)?$/;

/**
 * `css` without the selectors that name a class starting `maplibregl-<part>` for one of
 * `unused`, the rules left with no selector, and the at-rules left empty.
 *
 * @example trimCss('.maplibregl-popup{color:red}.maplibregl-map{color:blue}')
 * // '.maplibregl-map{color:blue}'
 */
export function trimCss(css: string, unused: readonly string[] = UNUSED_MAPLIBRE_PARTS): string {
  const names = new RegExp(`\\.maplibregl-(?:${unused.map(escapeRegExp).join('|')})`);
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    const kept = rule.selectors.filter((selector) => !names.test(selector));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  const removeEmpty = (container: Container) =>
    container.each((node) => {
      if (node.type !== 'atrule' || !node.nodes) return;
      removeEmpty(node);
      if (node.nodes.length === 0) node.remove();
    });
  removeEmpty(root);
  return root.toString();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Trims MapLibre's stylesheet wherever the app imports it (see `trimCss`). */
export function trimMaplibreCss(): Plugin {
  return {
    name: 'dateline-trim-maplibre-css',
    enforce: 'pre',
    transform(code, id) {
      if (!MAPLIBRE_CSS.test(id)) return null;
      return { code: trimCss(code), map: null };
    },
  };
}
