/**
 * What a reader without JavaScript sees: the story's still picture and its places with what
 * happened at each, as plain HTML the build puts in a `<noscript>` element.
 */
import { strings } from '../i18n/index.ts';
import type { CompiledStory } from './types.ts';

export interface NoscriptOptions {
  /** Where the build put the data, relative to the page. */
  dataUrl: string;
  /** The still picture's size in px. */
  picture: { width: number; height: number };
}

export function noscriptHtml(story: CompiledStory, { dataUrl, picture }: NoscriptOptions): string {
  const t = strings.noscript;
  const items = story.places.features
    .filter((place) => place.properties.events.length > 0)
    .map((place) => {
      const events = place.properties.events.map((event) => `${event.dateText}: ${event.what}`);
      return `<li><strong>${text(place.properties.name)}</strong>: ${text(events.join(' '))}</li>`;
    });
  const names = story.places.features.map((place) => place.properties.name).join(', ');
  return [
    `<div class="noscript">`,
    `<p>${text(t.needsScript)}</p>`,
    `<img src="${text(`${dataUrl}${story.id}/picture.svg`)}" alt="${text(t.alt(story.meta.headline, names))}" width="${picture.width}" height="${picture.height}">`,
    `<h2>${text(t.whatHappened)}</h2>`,
    `<ul>${items.join('')}</ul>`,
    story.meta.url
      ? `<p>${text(t.story)} <a href="${text(story.meta.url)}">${text(`${story.meta.outlet}, “${story.meta.headline}”`)}</a>.</p>`
      : `<p>${text(t.story)} ${text(`${story.meta.outlet}, “${story.meta.headline}”`)}.</p>`,
    `</div>`,
  ].join('\n');
}

/** Text safe in HTML content and in double-quoted attributes. */
function text(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
