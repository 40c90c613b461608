/**
 * What a reader without JavaScript sees: the story's still picture and its places with what
 * happened at each, as plain HTML the build puts in a `<noscript>` element.
 */
import { strings } from '../i18n/index.ts';
import type { CompiledStory } from './types.ts';
import { escapeMarkup } from '../text/markup.ts';

export interface NoscriptOptions {
  /** Where the build put the data, relative to the page. */
  dataUrl: string;
  /** The still picture's size in px. */
  picture: { width: number; height: number };
  /** What the map's borders are (`bordersNote`): the picture draws them. */
  bordersNote: string;
}

export function noscriptHtml(
  story: CompiledStory,
  { dataUrl, picture, bordersNote }: NoscriptOptions,
): string {
  const t = strings.noscript;
  const items = story.places.features
    .filter((place) => place.properties.events.length > 0)
    .map((place) => {
      const events = place.properties.events.map((event) => `${event.dateText}: ${event.what}`);
      return `<li><strong>${escapeMarkup(place.properties.name)}</strong>: ${escapeMarkup(events.join(' '))}</li>`;
    });
  const names = story.places.features.map((place) => place.properties.name).join(', ');
  return [
    `<div class="noscript">`,
    `<p>${escapeMarkup(t.needsScript)}</p>`,
    `<img src="${escapeMarkup(`${dataUrl}${story.id}/picture.svg`)}" alt="${escapeMarkup(t.alt(story.meta.headline, names))}" width="${picture.width}" height="${picture.height}">`,
    `<p>${escapeMarkup(bordersNote)}</p>`,
    `<h2>${escapeMarkup(t.whatHappened)}</h2>`,
    `<ul>${items.join('')}</ul>`,
    story.meta.url
      ? `<p>${escapeMarkup(t.story)} <a href="${escapeMarkup(story.meta.url)}">${escapeMarkup(`${story.meta.outlet}, “${story.meta.headline}”`)}</a>.</p>`
      : `<p>${escapeMarkup(t.story)} ${escapeMarkup(`${story.meta.outlet}, “${story.meta.headline}”`)}.</p>`,
    `</div>`,
  ].join('\n');
}
