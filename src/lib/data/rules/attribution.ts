/**
 * Who says so, in the lines a reader reads first: the summary, the steps, the rings' labels
 * and notes, and each event's lead line (`what`). A count of the killed, wounded or displaced
 * in any of them names who gave it; a lead line that restates what a party told the article
 * names the party, as the article does. What the article states in its own voice needs no
 * attribution; its own claims are those whose `by` is the outlet ("NPR", "NPR (the article)").
 *
 * These catch the mechanical cases; `npm run review` shows every line with its parties for a
 * person to read.
 */
import { findAttributions } from '../attribution.ts';
import type { Problem } from '../problems.ts';
import type { Claim, StoryEvent } from '../schema.ts';
import type { Rule, RuleContext } from './context.ts';

/** A line a reader sees, and where it sits in the files. */
export interface ReaderLine {
  file: string;
  feature?: string;
  field: string;
  text: string;
  /** The event the line leads, for a `what`. */
  event?: StoryEvent;
}

/** Every line of the story a reader sees as the map's own words, in file order. */
export function readerLines({
  meta,
  features,
  storyFile,
  placesFile,
}: Pick<RuleContext, 'meta' | 'features' | 'storyFile' | 'placesFile'>): ReaderLine[] {
  const lines: ReaderLine[] = [];
  if (meta) {
    lines.push({ file: storyFile, field: 'summary', text: meta.summary });
    meta.steps?.forEach((step, i) => {
      lines.push({ file: storyFile, field: `steps[${i}].title`, text: step.title });
      lines.push({ file: storyFile, field: `steps[${i}].text`, text: step.text });
    });
    meta.rings.forEach((ring, i) => {
      lines.push({ file: storyFile, field: `rings[${i}].label`, text: ring.label });
      if (ring.note) lines.push({ file: storyFile, field: `rings[${i}].note`, text: ring.note });
    });
  }
  for (const { feature } of features) {
    feature.properties.events.forEach((event, i) => {
      lines.push({
        file: placesFile,
        feature: feature.id,
        field: `properties.events[${i}].what`,
        text: event.what,
        event,
      });
    });
  }
  return lines;
}

/**
 * A count of people killed, wounded, displaced or sent ("more than 1,000 people", "at least
 * four people were killed", "dozens wounded", "a few thousand more troops") names who gives
 * it in the same sentence. When the count is a figure the story records (an event's
 * `casualties`), the sentence names that figure's `reportedBy` (every word of it: "Lebanon"
 * alone is not "Lebanon's Health Ministry"), unless the article gives the figure in its own
 * voice; any other count needs an attribution ("according to …", "… said").
 */
export const countsNameTheirSource: Rule = (context) => {
  const problems: Problem[] = [];
  const outlet = context.meta?.outlet;
  const figures = context.features.flatMap(({ feature }) =>
    feature.properties.events.flatMap((event) => event.casualties ?? []),
  );
  for (const line of readerLines(context)) {
    for (const sentence of sentencesOf(line.text)) {
      const count = peopleCount(sentence);
      if (!count) continue;
      const recorded = figures.filter((figure) => sentence.includes(figure.figure));
      const named =
        recorded.length > 0
          ? recorded.every(
              (figure) =>
                isArticleVoice(figure.reportedBy, outlet) || mentions(sentence, figure.reportedBy),
            )
          : namesAParty(sentence);
      if (named) continue;
      const source = recorded.find((figure) => !isArticleVoice(figure.reportedBy, outlet));
      problems.push({
        file: line.file,
        ...(line.feature ? { feature: line.feature } : {}),
        field: line.field,
        message: source
          ? `gives "${source.figure}" without its source: the story records it as reported by ${source.reportedBy}; name them in the same sentence`
          : `states a count ("${count}") without saying who gives it: name the source in the same sentence ("according to …", "… said")`,
      });
    }
  }
  return problems;
};

/** Whether `sentence` names `party`: every word of three letters or more, parentheses aside. */
export function mentions(sentence: string, party: string): boolean {
  const words = contentWords(sentence);
  const needed = [...contentWords(party.replace(/\([^)]*\)/g, ''))];
  return needed.length > 0 && needed.every((word) => words.has(word));
}

/**
 * An event's lead line restating a claim the article attributes (its quote says "said",
 * "told", "according to") names the party: each sentence of `what` is matched to the claim
 * it shares most words with, and when that claim is not the article's own, the sentence
 * must attribute it.
 */
export const leadLinesNameTheirParty: Rule = (context) => {
  const problems: Problem[] = [];
  const outlet = context.meta?.outlet;
  for (const line of readerLines(context)) {
    const event = line.event;
    if (!event?.quote || !namesAParty(event.quote)) continue;
    for (const sentence of sentencesOf(line.text)) {
      const claim = closestClaim(sentence, event.claims);
      if (!claim || isArticleVoice(claim.by, outlet) || namesAParty(sentence)) continue;
      problems.push({
        file: line.file,
        ...(line.feature ? { feature: line.feature } : {}),
        field: line.field,
        message: `states as fact what the article attributes to ${claim.by}: say who says so ("${sentence.slice(0, 60)}${sentence.length > 60 ? '…' : ''}")`,
      });
    }
  }
  return problems;
};

/**
 * Whether a claim's party is the article itself: the outlet, "<outlet> (the article)" or
 * "the article". A party the article reports ("Israel's military, in the article") is not.
 */
export function isArticleVoice(by: string, outlet: string | undefined): boolean {
  const party = by.trim().toLowerCase();
  if (party === 'the article') return true;
  if (outlet === undefined) return false;
  const own = outlet.trim().toLowerCase();
  return party === own || party === `${own} (the article)`;
}

/** Whether a sentence attributes what it says: "the military said", "according to …". */
export function namesAParty(sentence: string): boolean {
  return (
    findAttributions(sentence).length > 0 ||
    /\b(?:according to|saying|citing|called|calls)\b/i.test(sentence)
  );
}

const NUMBER = String.raw`(?:(?:a\s+)?(?:few|several)\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a hundred|hundreds|thousands?|dozens?|scores|millions?)`;
const PEOPLE = String.raw`(?:people|persons|civilians|soldiers|troops|fighters|militants|residents|children|women|men|workers|engineers|dead|killed|wounded|injured|displaced|casualties|hostages|refugees)`;
/** A number, then within three words a word for people: "1,000 people", "few thousand” more troops". */
const COUNT_THEN_PEOPLE = new RegExp(
  String.raw`\b${NUMBER}\b(?:[\s”"’']+[\p{L}.’'-]+){0,3}?[\s”"’']+${PEOPLE}\b`,
  'iu',
);
/** A casualty verb, then within three words a number: "killed more than 1,000". */
const CASUALTY_THEN_COUNT = new RegExp(
  String.raw`\b(?:killed|wounded|injured|displaced)\b(?:\s+[\p{L}.’'-]+){0,3}?\s+${NUMBER}\b`,
  'iu',
);

/** The words of a count of people in `sentence`, if it has one. */
export function peopleCount(sentence: string): string | undefined {
  return (COUNT_THEN_PEOPLE.exec(sentence) ?? CASUALTY_THEN_COUNT.exec(sentence))?.[0];
}

/**
 * Sentences: split after ". ", "! " or "? " before a capital or a quotation mark, so that
 * "U.S. troops" and "Oct. 7" stay whole.
 */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?][”"’)]?)\s+(?=[\p{Lu}“"])/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

const STOPWORDS = new Set(
  'the and that this with from into were was are for its his her their they them has have had been which who what when where than then also but not over after before about said says told more less most away'.split(
    ' ',
  ),
);

/** The words that carry meaning: three letters or more, not the commonest. */
export function contentWords(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/[\p{L}\d]+/gu) ?? []).filter(
      (word) => word.length >= 3 && !STOPWORDS.has(word),
    ),
  );
}

/** The claim that shares the most words with `sentence` (the first on a tie), if any does. */
export function closestClaim(sentence: string, claims: readonly Claim[]): Claim | undefined {
  const words = contentWords(sentence);
  let best: { claim: Claim; shared: number } | undefined;
  for (const claim of claims) {
    let shared = 0;
    for (const word of contentWords(claim.says)) if (words.has(word)) shared++;
    if (shared > 0 && (!best || shared > best.shared)) best = { claim, shared };
  }
  return best?.claim;
}
