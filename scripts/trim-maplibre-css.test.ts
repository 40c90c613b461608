import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trimCss, UNUSED_MAPLIBRE_PARTS } from './trim-maplibre-css.ts';

describe('trimCss', () => {
  it.each([
    {
      case: 'a rule of an unused part goes',
      css: '.maplibregl-popup{color:red}.maplibregl-map{color:blue}',
      out: '.maplibregl-map{color:blue}',
    },
    {
      case: 'a longer class of the part goes too',
      css: '.maplibregl-ctrl button.maplibregl-ctrl-geolocate-active .maplibregl-ctrl-icon{x:1}',
      out: '',
    },
    {
      case: 'a selector list keeps the selectors of used parts',
      css: '.maplibregl-ctrl-logo,.maplibregl-ctrl-group{x:1}',
      out: '.maplibregl-ctrl-group{x:1}',
    },
    {
      case: 'an at-rule left empty goes, with its nesting',
      css: '@media (forced-colors:active){@supports (x:y){a.maplibregl-ctrl-logo{x:1}}}.a{y:2}',
      out: '.a{y:2}',
    },
    {
      case: 'an at-rule with a used rule stays',
      css: '@media print{.maplibregl-popup{x:1}.maplibregl-map{y:2}}',
      out: '@media print{.maplibregl-map{y:2}}',
    },
    {
      case: 'used parts and keyframes stay as they are',
      css: '.maplibregl-ctrl-zoom-in{x:1}@keyframes maplibregl-spin{0%{a:b}}',
      out: '.maplibregl-ctrl-zoom-in{x:1}@keyframes maplibregl-spin{0%{a:b}}',
    },
  ])('$case', ({ css, out }) => {
    expect(trimCss(css).replace(/\s+/g, '')).toBe(out.replace(/\s+/g, ''));
  });

  it('keeps what the live map uses from the stylesheet MapLibre ships, and drops the logo', () => {
    const shipped = readFileSync('node_modules/maplibre-gl/dist/maplibre-gl.css', 'utf8');
    const trimmed = trimCss(shipped);
    for (const used of [
      '.maplibregl-map',
      '.maplibregl-canvas',
      '.maplibregl-ctrl-zoom-in',
      '.maplibregl-ctrl-zoom-out',
      '.maplibregl-cooperative-gesture-screen',
      '.maplibregl-marker',
    ]) {
      expect(trimmed, used).toContain(used);
    }
    for (const unused of ['logo', 'attrib', 'compass']) {
      expect(trimmed).not.toContain(`maplibregl-ctrl-${unused}`);
    }
    expect(trimmed.length).toBeLessThan(shipped.length / 2);
  });
});

/** Every source file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|svelte)$/.test(entry.name) && !entry.name.includes('.test.') ? [path] : [];
  });
}

describe('UNUSED_MAPLIBRE_PARTS', () => {
  // The control or option that would bring each part onto the page.
  const creators: Record<(typeof UNUSED_MAPLIBRE_PARTS)[number], RegExp> = {
    'ctrl-logo': /maplibreLogo\s*:\s*true|LogoControl/,
    // The map's own credit line stands for MapLibre's attribution, which is turned off.
    'ctrl-attrib': /AttributionControl|attributionControl\s*:(?!\s*false)/,
    'ctrl-compass': /NavigationControl\((?![^)]*showCompass\s*:\s*false)/,
    'ctrl-geolocate': /GeolocateControl/,
    'ctrl-fullscreen': /FullscreenControl/,
    'ctrl-shrink': /FullscreenControl/,
    'ctrl-globe': /GlobeControl/,
    'ctrl-terrain': /TerrainControl/,
    'ctrl-scale': /ScaleControl/,
    popup: /\bPopup\b/,
    'user-location': /GeolocateControl/,
  };

  it.each(UNUSED_MAPLIBRE_PARTS)('nothing in src/ creates %s', (part) => {
    const creating = sources('src').filter((path) =>
      creators[part].test(readFileSync(path, 'utf8')),
    );
    expect(creating).toEqual([]);
  });
});
