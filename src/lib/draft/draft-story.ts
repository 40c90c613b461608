/**
 * Turns an article's text into a story draft that passes the schema: one place per place the
 * text names (all awaiting review, with their spans, the chosen match and the ranked
 * alternatives with why), one event per sentence that reports something at a place (dated
 * against the publication day, with who says so), and the distances the text states. Pure.
 */
import type { LngLat } from '../geo/types.ts';
import type {
  DistanceAnnotation,
  PlaceCollection,
  PlaceFeature,
  PlaceKind,
  PlaceReview,
  Precision,
  StoryEvent,
  StoryMeta,
} from '../data/schema.ts';
import { findAttributions, type Attribution } from '../data/attribution.ts';
import { resolveDates, type ResolvedDate } from '../geoparse/dates.ts';
import { findDistances } from '../geoparse/distances.ts';
import type { Gazetteer, GazetteerKind } from '../geoparse/gazetteer.ts';
import { geoparse, type ResolvedName, type UnplacedName } from '../geoparse/index.ts';
import { sourceOfRef } from '../geoparse/regions.ts';
import type { Candidate } from '../geoparse/resolve.ts';
import { slugify, uniqueId } from '../text/ids.ts';

export interface DraftOptions {
  text: string;
  gazetteer: Gazetteer;
  /** `YYYY-MM-DD`. */
  published: string;
  outlet: string;
  /** The article's address, where it is known yet. */
  url?: string;
  /** The country at a point, to keep `country` only where the validator will agree. */
  countryAt?: (lngLat: LngLat) => string | null;
}

export interface Draft {
  meta: StoryMeta;
  places: PlaceCollection;
  /**
   * What the reviewer should know: names the gazetteer lacks or could not choose a place for,
   * dates after publication, names with many matches.
   */
  warnings: string[];
}

/** More candidates than this: the name is too common to trust without review. */
const MANY_MATCHES = 20;
const ALTERNATIVES = 5;

/** The schema's kind of place for each kind of gazetteer place. */
export const KIND: Readonly<Record<GazetteerKind, PlaceKind>> = {
  continent: 'region',
  region: 'region',
  country: 'country',
  admin1: 'region',
  admin2: 'region',
  city: 'city',
};
/** How precisely a gazetteer place of each kind locates what the article reports. */
export const PRECISION: Readonly<Record<GazetteerKind, Precision>> = {
  continent: 'region',
  region: 'region',
  country: 'region',
  admin1: 'region',
  admin2: 'area',
  city: 'exact',
};
/** Smaller first: an event belongs to the most specific place its sentence names. */
const SPECIFICITY: Readonly<Record<GazetteerKind, number>> = {
  city: 0,
  admin2: 1,
  admin1: 2,
  country: 3,
  region: 4,
  continent: 5,
};

/**
 * @example
 * const { meta, places } = draftStory({ text, gazetteer, published: '2024-09-30',
 *   outlet: 'NPR', url: 'https://…' });
 */
export function draftStory(options: DraftOptions): Draft {
  const { text, gazetteer, published, outlet, url, countryAt } = options;
  const parse = geoparse(text, gazetteer);
  const warnings = parse.unplaced.map((name) => unplacedWarning(name, gazetteer));
  const groups = groupMentions(parse.mentions);
  if (groups.length === 0) throw new Error('the text names no place the gazetteer knows');

  const ids = new Set<string>();
  const features: PlaceFeature[] = groups.map((group) => {
    const best = group.mentions[0] as ResolvedName;
    const chosen = best.candidates[0] as Candidate;
    const placeId = uniqueId(slugify(placeName(best), Infinity) || 'place', ids);
    ids.add(placeId);
    const matches = best.candidates.length;
    if (matches > MANY_MATCHES) {
      warnings.push(
        `"${best.text}" matches ${matches} places; chose ${chosen.place.name} (${chosen.place.country}): check it`,
      );
    }
    const lngLat = insideCountry(best, countryAt);
    const country =
      chosen.place.country && (!countryAt || countryAt(lngLat) === chosen.place.country)
        ? chosen.place.country
        : undefined;
    // A part's point is the gazetteer's own where it found one in the shape, else the place's.
    const source = sourceOfRef(
      chosen.place.ref,
      best.part && chosen.place.parts?.[best.part] ? best.part : undefined,
    );
    const review: PlaceReview = {
      status: 'waiting',
      mentions: group.mentions.map((m) => ({
        start: m.start,
        end: m.end,
        text: m.text,
        sentence: m.sentence,
      })),
      confidence: best.confidence,
      chosen: reviewCandidate(chosen, lngLat),
      alternatives: best.candidates
        .slice(1, 1 + ALTERNATIVES)
        .map((c) => reviewCandidate(c, c.place.lngLat)),
    };
    return {
      type: 'Feature',
      id: placeId,
      geometry: { type: 'Point', coordinates: lngLat },
      properties: {
        name: placeName(best),
        kind: best.part ? 'region' : KIND[chosen.place.kind],
        precision: best.part ? 'region' : PRECISION[chosen.place.kind],
        ...(country ? { country } : {}),
        mention: best.text,
        origin: 'article',
        location: {
          source,
          note: best.part
            ? `Draft: the ${best.part} of ${chosen.place.name}, an approximate area; the point is a label anchor.`
            : 'Draft: chosen by the geoparser, awaiting review.',
        },
        ...(chosen.place.kind === 'country' && !best.part
          ? { shape: { from: 'country' as const, country: chosen.place.country } }
          : {}),
        events: [],
        review,
      },
    };
  });

  addEvents({ parse, groups, features, published, outlet, warnings });
  const distances = statedDistances(parse, groups, features);
  const datelineGroup = groups.findIndex((g) => g.mentions.some((m) => m.dateline));
  const datelinePlace = features[Math.max(0, datelineGroup)] as PlaceFeature;
  // "DUBLIN, Ga." keeps the abbreviation's dot, which the mention leaves out.
  const datelineEnd = Math.max(...parse.mentions.filter((m) => m.dateline).map((m) => m.end));
  const datelineText =
    datelineGroup >= 0
      ? text.slice(0, text[datelineEnd] === '.' ? datelineEnd + 1 : datelineEnd)
      : datelinePlace.properties.name;
  const firstSentence = parse.sentences[0]?.text ?? text.slice(0, 120);
  const meta: StoryMeta = {
    headline: truncate(firstSentence.replace(/^[^—–]*[—–]\s*/, ''), 120),
    outlet,
    ...(url ? { url } : {}),
    published,
    language: 'en',
    dateline: { text: datelineText, place: datelinePlace.id },
    summary: `Draft made from the article's text on its publication day, ${published}: every place awaits review.`,
    credits: [
      { role: 'Article', name: outlet, ...(url ? { url } : {}) },
      { role: 'Place names', name: 'GeoNames', url: 'https://www.geonames.org/' },
    ],
    distances,
    rings: [],
    status: 'draft',
  };
  return { meta, places: { type: 'FeatureCollection', features }, warnings };
}

/** One line for the reviewer about a name the geoparser did not place. */
function unplacedWarning(name: UnplacedName, gazetteer: Gazetteer): string {
  const where = `sentence ${name.sentence + 1}: "${name.text}"`;
  if (name.reason === 'unknown' || !name.likeliest) {
    return `${where} reads as a place the gazetteer does not know: add it by hand if it is one`;
  }
  const { likeliest: place } = name;
  const within = [
    gazetteer.admins.get(`${place.country}-${place.admin1}`)?.name,
    gazetteer.countries.get(place.country)?.name ?? place.country,
  ].filter(Boolean);
  const people =
    place.population > 0 ? `, population ${place.population.toLocaleString('en-US')}` : '';
  const others = name.candidates > 1 ? ` or ${name.candidates - 1} other places` : '';
  return `${where} may be ${place.name} (${within.join(', ')}${people})${others}, and the text says nothing more of where: not placed, add it by hand if it is a place`;
}

interface Group {
  key: string;
  mentions: ResolvedName[];
}

/** Mentions of the same place (and the same part of it) make one place. */
function groupMentions(mentions: readonly ResolvedName[]): Group[] {
  const groups = new Map<string, Group>();
  for (const mention of mentions) {
    const best = mention.candidates[0];
    if (!best) continue;
    const key = `${best.place.ref}|${mention.part ?? ''}`;
    const group = groups.get(key) ?? { key, mentions: [] };
    group.mentions.push(mention);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function placeName(mention: ResolvedName): string {
  const name = mention.candidates[0]?.place.name ?? mention.text;
  if (!mention.part) return name;
  const part = mention.part === 'central' ? 'Central' : capitalise(`${mention.part}ern`);
  return `${part} ${name}`;
}

function reviewCandidate(candidate: Candidate, lngLat: LngLat): PlaceReview['chosen'] {
  const { place } = candidate;
  return {
    name: place.name,
    kind: place.kind,
    ...(place.country ? { country: place.country } : {}),
    coordinates: lngLat,
    ref: place.ref,
    score: Math.round(candidate.score * 100) / 100,
    reasons: candidate.reasons,
  };
}

interface EventContext {
  parse: ReturnType<typeof geoparse>;
  groups: Group[];
  features: PlaceFeature[];
  published: string;
  outlet: string;
  warnings: string[];
}

/**
 * One event per sentence that dates something or says who says so, at the most specific
 * place the sentence names; the sentence's other places are its related places. An
 * attribution by pronoun ("It said") is the last one named before it.
 */
function addEvents({ parse, groups, features, published, outlet, warnings }: EventContext): void {
  const placeOfSentence = new Map<number, number[]>();
  groups.forEach((group, index) => {
    for (const mention of group.mentions) {
      const list = placeOfSentence.get(mention.sentence) ?? [];
      if (!list.includes(index)) list.push(index);
      placeOfSentence.set(mention.sentence, list);
    }
  });
  let lastNamed: string | undefined;
  parse.sentences.forEach((sentence, index) => {
    const attributions = findAttributions(sentence.text).map((a) => {
      const pronoun = /^(?:it|he|she|they)$/i.test(a.by);
      const by = pronoun && lastNamed ? lastNamed : a.by;
      if (!pronoun) lastNamed = a.by;
      return { ...a, by };
    });
    const dates = resolveDates(sentence.text, published);
    const places = placeOfSentence.get(index);
    if (!places || (attributions.length === 0 && dates.length === 0)) return;
    // The most specific place; of two as specific, the one the sentence names first.
    const ordered = [...places].sort(
      (a, b) =>
        specificity(groups[a] as Group, index) - specificity(groups[b] as Group, index) ||
        firstIn(groups[a] as Group, index) - firstIn(groups[b] as Group, index),
    );
    const feature = features[ordered[0] as number] as PlaceFeature;
    const event = eventOf(sentence.text, index, dates, attributions, published, outlet, warnings);
    const related = ordered.slice(1).map((i) => (features[i] as PlaceFeature).id);
    feature.properties.events.push({
      ...event,
      id: `${feature.id}-${index + 1}`,
      ...(related.length > 0 ? { related } : {}),
    });
  });
}

/** Lower is more specific; "southern Lebanon" before Lebanon, "Israeli" after Israel. */
function specificity(group: Group, sentence: number): number {
  const here = group.mentions.filter((m) => m.sentence === sentence);
  const best = here[0] ?? group.mentions[0];
  const kind = best?.candidates[0]?.place.kind ?? 'continent';
  const demonymOnly = here.every((m) => m.candidates[0]?.via === 'demonym');
  return SPECIFICITY[kind] - (best?.part ? 0.5 : 0) + (demonymOnly ? 3 : 0);
}

/** Where the sentence first names the group's place. */
function firstIn(group: Group, sentence: number): number {
  return Math.min(...group.mentions.filter((m) => m.sentence === sentence).map((m) => m.start));
}

/**
 * The mention's point, or where that falls outside the country it names (a label point on a
 * border), the first of the place's part points inside it.
 */
function insideCountry(mention: ResolvedName, countryAt: DraftOptions['countryAt']): LngLat {
  const place = mention.candidates[0]?.place;
  if (!place?.country || !countryAt || countryAt(mention.lngLat) === place.country) {
    return mention.lngLat;
  }
  const parts = place.parts ?? {};
  const inside = [parts.central, ...Object.values(parts)].find(
    (p) => p && countryAt(p) === place.country,
  );
  return inside ?? mention.lngLat;
}

function eventOf(
  sentence: string,
  index: number,
  dates: ResolvedDate[],
  attributions: Attribution[],
  published: string,
  outlet: string,
  warnings: string[],
): Omit<StoryEvent, 'id'> {
  const date = dates.find((d) => !d.afterPublication) ?? dates[0];
  const claims = attributions.length
    ? attributions.map((a) => ({ by: a.to ? `${a.by}, told ${a.to}` : a.by, says: sentence }))
    : [{ by: `${outlet} (the article)`, says: sentence }];
  if (date?.afterPublication) {
    warnings.push(
      `sentence ${index + 1}: "${date.text}" is after publication (${date.date} > ${published}); dated at publication for review`,
    );
  }
  const dated = date && !date.afterPublication;
  return {
    date: dated ? date.date : published,
    ...(dated && date.dateEnd ? { dateEnd: date.dateEnd } : {}),
    datePrecision: dated ? date.precision : 'day',
    dateText: date ? date.text : 'not dated in the article (publication day)',
    what: sentence,
    quote: sentence,
    claims,
  };
}

/**
 * The distances a sentence states, each between the places it sits between: "Haifa, about
 * 25 miles south of Tyre" from the place named last before it to the first after it (or,
 * with none after, "1,000 miles away to Yemen" from the sentence's first to the one before).
 * Only places named as such: "the Israeli military" is no end of a distance.
 */
function statedDistances(
  parse: ReturnType<typeof geoparse>,
  groups: Group[],
  features: PlaceFeature[],
): DistanceAnnotation[] {
  const distances: DistanceAnnotation[] = [];
  const ids = new Set<string>();
  parse.sentences.forEach((sentence, index) => {
    const stated = findDistances(sentence.text);
    if (stated.length === 0) return;
    const named = groups
      .flatMap((group, g) =>
        group.mentions
          .filter((m) => m.sentence === index && m.candidates[0]?.via !== 'demonym')
          .map((m) => ({ g, start: m.start - sentence.start })),
      )
      .sort((a, b) => a.start - b.start);
    for (const { start, end, ...length } of stated) {
      const before = named.filter((m) => m.start < start);
      const after = named.filter((m) => m.start >= end);
      const [from, to] = after[0]
        ? [before[before.length - 1] ?? named[0], after[0]]
        : [named[0], before[before.length - 1]];
      if (!from || !to || from.g === to.g) continue;
      const fromId = (features[from.g] as PlaceFeature).id;
      const toId = (features[to.g] as PlaceFeature).id;
      const id = uniqueId(`${fromId}-to-${toId}`, ids);
      ids.add(id);
      distances.push({
        id,
        from: fromId,
        fromPart: 'point',
        to: toId,
        stated: length,
        quote: sentence.text,
      });
    }
  });
  return distances;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}
