/**
 * What a reader without JavaScript sees: the story's still picture and its places with what
 * happened at each, as plain HTML the build puts in a `<noscript>` element.
 */
import type { CompiledStory } from './types.ts';

export function noscriptHtml(story: CompiledStory, dataUrl: string): string {
  const items = story.places.features
    .filter((place) => place.properties.events.length > 0)
    .map((place) => {
      const events = place.properties.events.map((event) => `${event.dateText}: ${event.what}`);
      return `<li><strong>${text(place.properties.name)}</strong>: ${text(events.join(' '))}</li>`;
    });
  const names = story.places.features.map((place) => place.properties.name).join(', ');
  return [
    `<div class="noscript">`,
    `<p>The interactive map needs JavaScript. This is a still picture of it.</p>`,
    `<img src="${text(`${dataUrl}${story.id}/picture.svg`)}" alt="${text(`Map of the places in “${story.meta.headline}”: ${names}`)}" width="960" height="600">`,
    `<h2>What happened where</h2>`,
    `<ul>${items.join('')}</ul>`,
    story.meta.url
      ? `<p>Story: <a href="${text(story.meta.url)}">${text(`${story.meta.outlet}, “${story.meta.headline}”`)}</a>.</p>`
      : `<p>Story: ${text(`${story.meta.outlet}, “${story.meta.headline}”`)}.</p>`,
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
