/**
 * The standards sheet an editor reads before a story is published (`npm run review`): every
 * line a reader will see with who says so, every coordinate with its source, precision and
 * the distance to the gazetteer's match of its name, every ring membership with its margin,
 * and, first, what the validator rejects (errors) and what a person should look at (flags).
 * A flag is explained when the data carries a note on it, which the sheet prints beside it.
 *
 * Pure: it takes the validated story, the compiled story and the gazetteer; the command reads
 * the files (`scripts/review.ts`).
 */
import { findAttributions } from '../data/attribution.ts';
import { formatEventDate } from '../text/format.ts';
import type { LngLat } from '../geo/types.ts';
import { formatProblem, type Problem } from '../data/problems.ts';
import {
  closestClaim,
  contentWords,
  isArticleVoice,
  namesAParty,
  readerLines,
  sentencesOf,
  type ReaderLine,
} from '../data/rules/attribution.ts';
import type { Claim, PlaceFeature, StoryMeta } from '../data/schema.ts';
import { PLACES_FILE, STORY_FILE } from '../data/schema.ts';
import type { CompiledStory, MeasuredRing } from '../story/types.ts';
import { nearestNameMatch, placeWithin, type NameMatch, type NamedPoint } from './name-match.ts';

/** A point farther than this from the gazetteer's match of its name is worth a look. */
export const FAR_FROM_NAME_KM = 25;
/** A facility this close to a city's point may be standing on the city rather than itself. */
export const ON_A_CITY_KM = 0.5;
/** Kinds of place that are one site, not a settlement or an area. */
const FACILITIES = new Set(['port', 'power-plant', 'airport', 'venue']);

export interface Flag {
  /** What the flag is about: a place's name, or a field of `story.json`. */
  about: string;
  message: string;
  /** The data's own note on it, when there is one: the flag is then explained. */
  note?: string;
}

export interface ReviewOptions {
  /** The story folder, for the files' names. */
  dir: string;
  /** The validator's problems (errors); empty when the story is valid. */
  problems: Problem[];
  /** The story, compiled; absent when it did not validate. */
  story?: CompiledStory;
  /** `story.json` as validated, for its distances and rings as written. */
  meta?: StoryMeta;
  gazetteer: readonly NamedPoint[];
}

export interface Review {
  markdown: string;
  errors: number;
  flags: Flag[];
}

export function reviewSheet({ dir, problems, story, meta, gazetteer }: ReviewOptions): Review {
  const out: string[] = [];
  const flags: Flag[] = [];
  out.push(`# Standards sheet: ${story?.meta.headline ?? dir}`, '');
  if (story) out.push(`${story.meta.outlet}, ${story.meta.published}: <${story.meta.url}>`, '');

  const sections: string[] = [];
  if (story && meta) {
    const places = story.places.features;
    const lines = readerLines({
      meta,
      features: places.map((feature, index) => ({ index, feature })),
      storyFile: `${dir}/${STORY_FILE}`,
      placesFile: `${dir}/${PLACES_FILE}`,
    });
    sections.push(...linesSection(lines, story, flags));
    sections.push(...wordsSection(places, story));
    sections.push(...coordinatesSection(places, gazetteer, flags));
    for (const ring of story.rings) sections.push(...ringSection(ring, places, flags));
    sections.push(...distancesSection(story));
  }

  const unexplained = flags.filter((flag) => flag.note === undefined).length;
  out.push(
    `**Errors (the validator): ${problems.length}. To look at: ${flags.length}` +
      ` (explained by a note in the data: ${flags.length - unexplained}; not explained: ${unexplained}).**`,
    '',
  );
  out.push('## Errors', '');
  out.push(...(problems.length ? problems.map((p) => `- ${formatProblem(p)}`) : ['None.']), '');
  out.push('## To look at', '');
  out.push(...(flags.length ? flags.map(formatFlag) : ['Nothing.']), '');
  out.push(...sections);
  return { markdown: `${out.join('\n').trimEnd()}\n`, errors: problems.length, flags };
}

function formatFlag(flag: Flag): string {
  const head = `- ${flag.note === undefined ? '**Not explained**' : 'Explained'}: ${flag.about}: ${flag.message}`;
  return flag.note === undefined ? head : `${head}\n  - The data's note: ${flag.note}`;
}

/** Who a sentence says says so: the parties its attributions name. */
function partiesIn(sentence: string): string[] {
  const parties = findAttributions(sentence).map((found) => found.by);
  return [...new Set(parties)];
}

function whoSaysSo(text: string): string {
  const parties = sentencesOf(text).flatMap(partiesIn);
  return parties.length ? [...new Set(parties)].join('; ') : 'the map, in its own words';
}

/**
 * Every line a reader sees. Summary and steps are also read against the story's claims: a
 * sentence sharing most of its words with a claim the article attributes, while naming no
 * party, is flagged for a person (the validator only catches counts and lead lines).
 */
function linesSection(lines: ReaderLine[], story: CompiledStory, flags: Flag[]): string[] {
  const outlet = story.meta.outlet;
  const attributed: Claim[] = story.places.features
    .flatMap((place) => place.properties.events.flatMap((event) => event.claims))
    .filter((claim) => !isArticleVoice(claim.by, outlet));
  const out = ['## Lines a reader sees', ''];
  for (const line of lines) {
    const where = line.feature ? `${line.feature}: ${line.field}` : line.field;
    if (line.event) {
      const place = story.places.features.find((candidate) => candidate.id === line.feature);
      out.push(
        `### ${place?.properties.name ?? line.feature} · ${formatEventDate(line.event)} (${line.event.dateText})`,
        '',
        `> ${line.text}`,
        '',
        `- Field: \`${where}\``,
        ...line.event.claims.map(
          (claim) =>
            `- ${isArticleVoice(claim.by, outlet) ? 'The article' : `Claim by **${claim.by}**`}: ${claim.says}`,
        ),
        ...(line.event.casualties ?? []).map(
          (figure) =>
            `- Figure: ${figure.figure} ${figure.type}, reported by **${figure.reportedBy}**`,
        ),
        ...(line.event.quote ? [`- The article's sentence: “${line.event.quote}”`] : []),
        '',
      );
      continue;
    }
    out.push(
      `### \`${where}\``,
      '',
      `> ${line.text}`,
      '',
      `- Who says so: ${whoSaysSo(line.text)}`,
      '',
    );
    for (const sentence of sentencesOf(line.text)) {
      if (namesAParty(sentence)) continue;
      const claim = closestClaim(sentence, attributed);
      if (claim && sharesMostOf(sentence, claim.says)) {
        flags.push({
          about: `\`${where}\``,
          message: `“${sentence}” reads like ${claim.by}’s claim (“${claim.says}”) but names no party`,
        });
      }
    }
  }
  return out;
}

/** Whether at least half the words of `sentence` (and four or more) are in `claim`. */
function sharesMostOf(sentence: string, claim: string): boolean {
  const own = contentWords(sentence);
  const theirs = contentWords(claim);
  const shared = [...own].filter((word) => theirs.has(word)).length;
  return shared >= 4 && shared >= own.size / 2;
}

function wordsSection(places: PlaceFeature[], story: CompiledStory): string[] {
  const out = ['## The article’s words for each place', ''];
  for (const place of places) {
    const { mention, mentionBy, origin } = place.properties;
    if (!mention) {
      out.push(
        `- ${place.properties.name}: none (${origin === 'context' ? 'added for context' : 'no words given'})`,
      );
      continue;
    }
    const sentence = story.places.features
      .flatMap((other) =>
        other.properties.events.flatMap((event) => sentencesOf(event.quote ?? '')),
      )
      .find((quote) => quote.includes(mention));
    const parties = sentence ? partiesIn(sentence) : [];
    out.push(
      `- ${place.properties.name}: “${mention}”, shown as ${mentionBy ? `the words of **${mentionBy}**` : 'the article’s own'}` +
        (parties.length ? ` (the sentence attributes: ${parties.join('; ')})` : ''),
    );
  }
  out.push('');
  return out;
}

function coordinatesSection(
  places: PlaceFeature[],
  gazetteer: readonly NamedPoint[],
  flags: Flag[],
): string[] {
  const out = [
    '## Coordinates',
    '',
    '| Place | Point `[lng, lat]` | Precision | Source | Gazetteer match of its name |',
    '| --- | --- | --- | --- | --- |',
  ];
  const notes: string[] = [];
  for (const place of places) {
    const p = place.properties;
    const point = place.geometry.coordinates as LngLat;
    const countries = p.country
      ? [p.country]
      : p.shape && 'countries' in p.shape
        ? [...p.shape.countries]
        : [];
    const match = nearestNameMatch({
      names: [p.name, ...Object.values(p.names ?? {})],
      point,
      countries,
      gazetteer,
    });
    const source = p.location.source.url
      ? `[${p.location.source.name}](${p.location.source.url})`
      : p.location.source.name;
    out.push(
      `| ${p.name} | ${point[0]}, ${point[1]} | ${p.precision}${p.shape ? ` (${p.shape.from})` : ''} | ${cell(source)} | ${matchCell(match)} |`,
    );
    if (p.location.note) notes.push(`- ${p.name}: ${p.location.note}`);
    if (match && match.km > FAR_FROM_NAME_KM) {
      flags.push({
        about: p.name,
        message: `its point is ${match.km.toFixed(1)} km from ${match.place.name} (${match.place.ref}), the gazetteer's nearest match of “${match.words}”`,
        ...(p.location.note ? { note: p.location.note } : {}),
      });
    }
    const city = FACILITIES.has(p.kind) ? placeWithin(point, ON_A_CITY_KM, gazetteer) : undefined;
    if (city) {
      flags.push({
        about: p.name,
        message: `a ${p.kind} whose point is ${city.km.toFixed(2)} km from the city point of ${city.place.name} (${city.place.ref}): is it the site, or the city?`,
        ...(p.location.note ? { note: p.location.note } : {}),
      });
    }
  }
  out.push('', 'What the points stand for (the data’s notes):', '', ...notes, '');
  return out;
}

function matchCell(match: NameMatch | undefined): string {
  if (!match) return 'none';
  return `${match.place.name} (${match.place.ref}), ${match.km.toFixed(1)} km`;
}

/** A table cell: pipes would end it. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function ringSection(ring: MeasuredRing, places: PlaceFeature[], flags: Flag[]): string[] {
  const nameOf = (id: string) => places.find((place) => place.id === id)?.properties.name ?? id;
  const out = [
    `## Ring: ${ring.label}`,
    '',
    `Radius ${ring.radiusKm.toFixed(3)} km from ${ring.aroundPart === 'shape' ? `every point of the territory of ${nameOf(ring.around)}` : nameOf(ring.around)}; drawn within ${ring.toleranceKm.toFixed(3)} km of it, and a place that close to the radius is “on the edge”.`,
    '',
    'Margin: how far inside the radius (+) or beyond it (−) the place lies: its farthest part for a place within, its nearest for one beyond or on the edge, both for one partly within.',
    '',
    '| Place | Judged by | Standing | Nearest part, km | Farthest part, km | Margin, km |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const member of ring.members) {
    if (member.judgedBy === 'label') {
      out.push(`| ${nameOf(member.place)} | its label point only: not judged | | | | |`);
      continue;
    }
    const margin = ring.radiusKm - member.nearestKm;
    const signed = (km: number) => `${km >= 0 ? '+' : '−'}${Math.abs(km).toFixed(1)}`;
    const marginText =
      member.standing === 'within'
        ? signed(ring.radiusKm - member.farthestKm)
        : member.standing === 'partly'
          ? `${signed(margin)} / ${signed(ring.radiusKm - member.farthestKm)}`
          : signed(margin);
    const standing =
      member.standing === 'partly' && member.partWithin
        ? `partly (the ${member.partWithin})`
        : member.standing;
    out.push(
      `| ${nameOf(member.place)} | ${member.judgedBy} | ${standing} | ${member.nearestKm.toFixed(1)} | ${member.farthestKm.toFixed(1)} | ${marginText} |`,
    );
    if (member.standing === 'edge') {
      flags.push({
        about: `${nameOf(member.place)} and the ring “${ring.label}”`,
        message: `on the edge: its nearest part is ${Math.abs(margin).toFixed(2)} km ${margin >= 0 ? 'inside' : 'outside'} the radius, within the ring's ${ring.toleranceKm.toFixed(2)} km drawing tolerance`,
      });
    }
  }
  out.push('');
  return out;
}

function distancesSection(story: CompiledStory): string[] {
  const nameOf = (id: string) =>
    story.places.features.find((place) => place.id === id)?.properties.name ?? id;
  const out = ['## Distances', ''];
  for (const distance of story.distances) {
    out.push(
      `- ${distance.fromPart === 'shape' ? `${nameOf(distance.from)}'s nearest territory` : nameOf(distance.from)} to ${nameOf(distance.to)}: ${distance.measured.km.toFixed(1)} km (${distance.measured.mi.toFixed(1)} mi) on the ellipsoid` +
        (distance.stated ? `; the article: “${distance.stated.text}”` : ''),
    );
  }
  out.push('');
  return out;
}
