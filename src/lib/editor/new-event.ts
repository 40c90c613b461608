/**
 * The event a person adds at a place: dated the day the article was published, and, for a
 * place the article names, its first sentence naming it as what happened, as the quote and as
 * what the outlet says. The person then corrects what the draft could not know.
 */
import { numberedId } from '../text/ids.ts';
import type { EditorDocument, EventInput, PlaceInput } from './document.ts';
import { sentenceAround } from './mentions.ts';

/**
 * @example newEvent({ doc, place: beirut }).id // 'beirut-event-1' for its first event
 */
export function newEvent({
  doc,
  place,
}: {
  doc: Pick<EditorDocument, 'meta' | 'places' | 'article'>;
  place: PlaceInput;
}): EventInput {
  // Event ids are unique across the story, not only within the place.
  const taken = new Set(
    doc.places.features.flatMap((feature) => feature.properties.events.map((event) => event.id)),
  );
  const mention = place.properties.review?.mentions[0];
  const sentence =
    mention && doc.article ? sentenceAround(doc.article, mention.start, mention.end) : '';
  return {
    id: numberedId(`${place.id}-event`, place.properties.events.length + 1, taken),
    date: doc.meta.published,
    datePrecision: 'day',
    dateText: '',
    what: sentence,
    ...(sentence ? { quote: sentence } : {}),
    claims: [{ by: doc.meta.outlet, says: sentence }],
  };
}
