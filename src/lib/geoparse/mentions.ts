/**
 * Finding the names of places in an article: the longest run of words the gazetteer knows,
 * starting at a capital, kept only where the words around it read as a place rather than a
 * person, an organisation or a plain English word.
 */
import {
  nameKey,
  type CompassPart,
  type Gazetteer,
  type GazetteerPlace,
  type NameMatch,
} from './gazetteer.ts';
import { sentences, tokenize, type Sentence, type Token } from './text.ts';

/** A name in the text and every gazetteer place it may stand for. */
export interface FoundName {
  start: number;
  end: number;
  text: string;
  /** Index of its sentence in {@link FoundNames.sentences}. */
  sentence: number;
  matches: NameMatch[];
  /** "southern Lebanon": the part of the named place the text means. */
  part?: CompassPart;
  /** Words before it that say a place follows ("in", "near", "outside"). */
  locationCue: boolean;
  /**
   * The words could as well be a person's (a lone first name the text gives someone): a place
   * only where the rest of the text supports one of its readings.
   */
  weak?: boolean;
  /** The name is followed by ", <place>" ("Dublin, Ga."): the key of what follows. */
  qualifier?: NameMatch[];
  /** It opens the article as a dateline ("TEL AVIV, Israel —"). */
  dateline: boolean;
}

export interface FoundNames {
  sentences: Sentence[];
  tokens: Token[];
  names: FoundName[];
  /** Names the text puts somewhere ("in Kelleyland") that the gazetteer does not know. */
  unknown: UnknownName[];
}

/** A name that reads as a place's but matches no place of the gazetteer. */
export interface UnknownName {
  start: number;
  end: number;
  text: string;
  sentence: number;
}

/** Words after which a capitalised name is a place ("in Paris", "near the Gaza border"). */
const LOCATION_CUES = new Set([
  'in',
  'at',
  'from',
  'near',
  'to',
  'into',
  'outside',
  'across',
  'toward',
  'towards',
  'throughout',
  'around',
  'across',
  'via',
  'of',
  'between',
  'inside',
  'within',
  'north',
  'south',
  'east',
  'west',
  'border',
  'visit',
  'visited',
  // "metro Atlanta", "downtown Chicago", "suburban Detroit": said of a city alone.
  'metro',
  'downtown',
  'suburban',
]);

/** Words after a name that make it a street's: "Memphis Street" is no town. */
const STREET_WORDS = new Set([
  'street',
  'st',
  'road',
  'rd',
  'avenue',
  'ave',
  'boulevard',
  'blvd',
  'drive',
  'dr',
  'lane',
  'ln',
  'highway',
  'hwy',
  'parkway',
  'pkwy',
  'pike',
  'court',
  'ct',
]);

/** Titles before a person's name: "Gov. Jackson" is no place. */
const PERSON_TITLES = new Set(
  [
    'mr',
    'mrs',
    'ms',
    'miss',
    'dr',
    'prof',
    'sen',
    'senator',
    'rep',
    'gov',
    'governor',
    'president',
    'gen',
    'general',
    'lt',
    'col',
    'sgt',
    'capt',
    'officer',
    'deputy',
    'sheriff',
    'judge',
    'justice',
    'mayor',
    'coach',
    'pastor',
    'rev',
    'father',
    'sister',
    'brother',
    'king',
    'queen',
    'prince',
    'princess',
    'lord',
    'lady',
    'sir',
    'saint',
    'st',
    'pope',
    'minister',
    'secretary',
    'chief',
    'detective',
    'trooper',
    'attorney',
    // Roles world news puts before a name ("Hezbollah leader Hassan Nasrallah").
    'leader',
    'commander',
    'spokesman',
    'spokeswoman',
    'spokesperson',
    'ayatollah',
    'rabbi',
    'cleric',
  ].map(nameKey),
);

/**
 * Directions that make a relative region of the place after them ("southern Lebanon"), by
 * their {@link nameKey} ("north-western" is looked up as "north western").
 */
const PART_WORDS: Readonly<Record<string, CompassPart>> = keyedByName({
  north: 'north',
  south: 'south',
  east: 'east',
  west: 'west',
  northeast: 'northeast',
  northwest: 'northwest',
  southeast: 'southeast',
  southwest: 'southwest',
  northern: 'north',
  southern: 'south',
  eastern: 'east',
  western: 'west',
  northeastern: 'northeast',
  northwestern: 'northwest',
  southeastern: 'southeast',
  southwestern: 'southwest',
  central: 'central',
  'north-eastern': 'northeast',
  'north-western': 'northwest',
  'south-eastern': 'southeast',
  'south-western': 'southwest',
});

function keyedByName<T>(byWord: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.fromEntries(Object.entries(byWord).map(([word, value]) => [nameKey(word), value]));
}

/** Lowercase words a multi-word name may hold inside ("Gulf of Mexico", "Trinidad and Tobago"). */
const INNER_WORDS = new Set([
  'of',
  'and',
  'the',
  'de',
  'del',
  'la',
  'le',
  'upon',
  'on',
  'am',
  'es',
  'al',
  'el',
]);

/**
 * Every gazetteer name in the text that reads as a place, longest first and not overlapping.
 *
 * @example findNames('Fighting in southern Lebanon.', gazetteer).names[0]
 * // { text: 'southern Lebanon', part: 'south', matches: [{ place: Lebanon, via: 'name' }], ... }
 */
export function findNames(text: string, gazetteer: Gazetteer): FoundNames {
  const { commonWords, words, givenNames, byKey } = gazetteer;
  const sentenceList = sentences(text);
  const tokens = tokenize(text, sentenceList);
  const sentenceOf = sentenceIndexer(sentenceList);
  const lowercaseWords = new Set(tokens.filter((t) => !t.capitalised).map((t) => nameKey(t.text)));
  const { surnames, firstNames } = personNames(text, tokens, gazetteer, lowercaseWords);
  const counties = countyLists(text, tokens, gazetteer);
  const names: FoundName[] = [];

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const relative = relativeRegion(text, tokens, i, gazetteer);
    if (!token.capitalised && !relative) continue;
    const match = relative ?? counties.get(i) ?? longestMatch(text, tokens, i, gazetteer);
    if (!match) continue;
    const { last } = match;
    let { matches } = match;
    const nameStart = relative ? i + 1 : i;
    const nameToken = tokens[nameStart] as Token;
    const end = (tokens[last] as Token).end;
    const previous = tokens[i - 1];
    const next = tokens[last + 1];
    const adjacentBefore =
      previous !== undefined && /^[ \t]$/.test(text.slice(previous.end, token.start));
    const adjacentAfter = next !== undefined && /^[ \t]$/.test(text.slice(end, next.start));
    const previousKey = previous ? nameKey(previous.text) : '';
    const single = last === nameStart;
    const key = nameKey(text.slice(nameToken.start, end));
    const allCaps = /^[\p{Lu}\P{L}]+$/u.test(text.slice(token.start, end));

    // ", Ga." after it says it is a place, whatever else the words around it suggest.
    const qualifier = counties.has(last + 1)
      ? undefined
      : qualifierAfter(text, tokens, last, gazetteer);
    // A county of a list ("Madison and Barrow counties") is as sure as one followed by its state.
    const unqualified = qualifier === undefined && !counties.has(i);
    // A person's title before it ("Gov. Jackson"), or a given name ("Raquel Henry"): part of
    // a person's name. A plain word or a place before it ("Metropolitan Atlanta", "Air
    // France", "Greece Italy") leaves it a place; another name leaves it a country or state.
    const afterTitle = previous && /^\.?[ \t]$/.test(text.slice(previous.end, token.start));
    if (afterTitle && PERSON_TITLES.has(previousKey)) matches = matches.filter(isDemonym);
    if (
      adjacentBefore &&
      previous?.capitalised &&
      !previous.sentenceStart &&
      !allCaps &&
      !relative
    ) {
      if (givenNames.has(previousKey) && !byKey.has(previousKey)) {
        matches = matches.filter(isDemonym);
      } else if (!words.has(previousKey) && !byKey.has(previousKey)) {
        matches = matches.filter((m) => isDemonym(m) || isBroad(m.place));
      }
    }
    // Calendar words ("March", "August") are places only where a state follows them; plain
    // English words ("Mobile", "Reading") where the text says so; and so is a town that
    // shares a person's name.
    const locationCue = isLocationCue(tokens, relative ? i - 1 : i - 1);
    if (unqualified && single && CALENDAR.has(key)) matches = [];
    if (
      unqualified &&
      single &&
      commonWords.has(key) &&
      (token.sentenceStart || lowercaseWords.has(key) || !locationCue)
    ) {
      matches = matches.filter((m) => isBroad(m.place));
    }
    // A person's surname ("Washington said"), unless it names a country, a state or a
    // capital (the government: "Washington said").
    if (unqualified && single && surnames.has(key)) {
      matches = matches.filter((m) => isBroad(m.place) || m.place.featureCode === 'PPLC');
    }
    // "PA", "II", "SOL": short capitals stand for countries and states only ("US", "UK"),
    // unless the country or state follows ("TYRE, Lebanon —", "ROME, Ga.").
    if (single && unqualified && /^\p{Lu}{1,4}$/u.test(nameToken.text)) {
      matches = matches.filter((m) => isBroad(m.place));
    }
    // Before a capitalised word that is no place and no plain word, a given name is a
    // person's ("Jordan Spieth"); any other name stays a town, whose institutions and shops
    // bear its name ("Paris Public Library", "Dubai Police", "the Paris Walmart").
    const nextKey = next ? nameKey(next.text) : '';
    if (
      unqualified &&
      single &&
      adjacentAfter &&
      next?.capitalised &&
      !allCaps &&
      !byKey.has(nextKey) &&
      !words.has(nextKey) &&
      !/^\p{Lu}{2,}$/u.test(next.text)
    ) {
      if (givenNames.has(key)) matches = matches.filter((m) => isBroad(m.place));
    }
    // "W.Va. 61", "U.S. 287": a highway, not the state.
    if (next && /^\d+$/.test(next.text) && /^ $/.test(text.slice(end, next.start))) {
      matches = matches.filter((m) => m.place.kind !== 'admin1' && m.place.kind !== 'country');
    }
    // "the White House", "the Old Town": plain words after "the" describe, they do not name.
    if (
      !single &&
      previousKey === 'the' &&
      key.split(' ').every((word) => words.has(word) || commonWords.has(word))
    ) {
      matches = matches.filter((m) => m.place.kind !== 'city');
    }
    // A lone given name ("David", "Alexandria") may be a person's: weak, unless the text puts
    // it somewhere; and a first name the text gives a person ("Mary Ann Wade ... Mary") is
    // that person's, after "to" or "at" too ("talked to Roy"): only a word that a place alone
    // can follow ("in", "near") makes it a town.
    const weak = unqualified && single && givenNames.has(key) && !locationCue;
    const placeOnlyCue = PLACE_CUES.has(previousKey) && previousKey !== 'from';
    if (unqualified && single && firstNames.has(key) && !placeOnlyCue) {
      matches = matches.filter((m) => isBroad(m.place) || m.place.population >= 100_000);
    }
    // "Memphis Street", "Green Oaks Boulevard": a street, not the town.
    if (next && adjacentAfter && STREET_WORDS.has(nextKey)) matches = [];
    // A plain word that ends a longer name ("Detention Centre", "Fire Island") or opens an
    // institution's ("University of Alberta", "Summit of the Americas") is that name's, not a
    // place of its own (the region of Cameroon, Iceland's "Island"); a country or US state by
    // its own name stays. Before another plain word ("Central Mental Hospital") a small town
    // gives way too.
    if (unqualified && single && (words.has(key) || commonWords.has(key))) {
      // (Not after a sentence's first word that is lowercase elsewhere: "In Nice", "The Hague".)
      const endsName =
        adjacentBefore &&
        previous?.capitalised &&
        !(
          previous.sentenceStart &&
          (lowercaseWords.has(previousKey) ||
            LOCATION_CUES.has(previousKey) ||
            previousKey === 'the')
        );
      const after = tokens[last + 2];
      const named = after && nameKey(after.text) === 'the' ? tokens[last + 3] : after;
      const opensInstitution = nextKey === 'of' && adjacentAfter && named?.capitalised === true;
      if (endsName || opensInstitution) {
        matches = matches.filter((m) => isDemonym(m) || isOwnBroadName(m, key));
      } else if (adjacentAfter && next?.capitalised && words.has(nextKey)) {
        matches = matches.filter((m) => isBroad(m.place) || m.place.population >= 100_000);
      }
    }
    if (matches.length === 0) continue;

    names.push({
      start: token.start,
      end,
      text: text.slice(token.start, end),
      sentence: sentenceOf(token.start),
      matches,
      ...(relative ? { part: relative.part } : {}),
      locationCue: locationCue || counties.has(i),
      ...(weak ? { weak } : {}),
      ...(qualifier ? { qualifier: qualifier.matches } : {}),
      dateline: false,
    });
    if (qualifier) {
      names.push({
        start: qualifier.start,
        end: qualifier.end,
        text: text.slice(qualifier.start, qualifier.end),
        sentence: sentenceOf(qualifier.start),
        matches: qualifier.matches,
        locationCue: true,
        dateline: false,
      });
      i = qualifier.last;
    } else {
      i = last;
    }
  }
  markDateline(text, names);
  const unknown = unknownNames(text, tokens, names, gazetteer).map((name) => ({
    ...name,
    sentence: sentenceOf(name.start),
  }));
  return { sentences: sentenceList, tokens, names, unknown };
}

/**
 * "Madison, Oglethorpe and Barrow counties": names listed before "counties" (or "parishes",
 * "boroughs") are counties, by the token each starts at.
 */
function countyLists(
  text: string,
  tokens: readonly Token[],
  gazetteer: Gazetteer,
): Map<number, { last: number; matches: NameMatch[] }> {
  const lists = new Map<number, { last: number; matches: NameMatch[] }>();
  tokens.forEach((token, end) => {
    const word = COUNTY_PLURALS[token.text.toLowerCase()];
    if (!word) return;
    let last = end - 1;
    while (last >= 0) {
      let first = last;
      while (
        first > 0 &&
        last - first < 2 &&
        (tokens[first - 1] as Token).capitalised &&
        text.slice((tokens[first - 1] as Token).end, (tokens[first] as Token).start) === ' '
      ) {
        first -= 1;
      }
      if (!(tokens[first] as Token).capitalised) break;
      const name = text.slice((tokens[first] as Token).start, (tokens[last] as Token).end);
      const matches = gazetteer.byKey.get(`${nameKey(name)} ${word}`);
      if (!matches) break;
      lists.set(first, { last, matches: [...matches] });
      const before = tokens[first - 1];
      const gap = before ? text.slice(before.end, (tokens[first] as Token).start) : '';
      // Back over "and" (", and") or a comma to the name before.
      if (before?.text === 'and' && gap === ' ') last = first - 2;
      else if (before && gap.trim() === ',') last = first - 1;
      else break;
    }
  });
  return lists;
}

const COUNTY_PLURALS: Readonly<Record<string, string>> = {
  counties: 'county',
  parishes: 'parish',
  boroughs: 'borough',
};

/** Words after which a capitalised name can only be a place ("in", "near"; not "at", "to"). */
const PLACE_CUES = new Set([
  'in',
  'near',
  'outside',
  'from',
  'across',
  'throughout',
  'around',
  'toward',
  'towards',
  'via',
  'inside',
  'within',
]);

/**
 * Runs of capitalised words after a word that says a place follows ("in Kelleyland", and past
 * a direction: "in eastern Ghouta") that the gazetteer does not know, and that are no plain
 * word, calendar word, given name or acronym.
 */
function unknownNames(
  text: string,
  tokens: readonly Token[],
  names: readonly FoundName[],
  gazetteer: Gazetteer,
): { start: number; end: number; text: string }[] {
  const { words, givenNames } = gazetteer;
  const found = names.map((name) => [name.start, name.end] as const);
  const named = (token: Token) =>
    found.some(([start, end]) => token.start < end && token.end > start);
  const unknown: { start: number; end: number; text: string }[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const cue = tokens[i - 1] as Token;
    if (!PLACE_CUES.has(cue.text.toLowerCase()) || cue.capitalised) continue;
    const direction = tokens[i] as Token;
    if (!direction.capitalised && PART_WORDS[nameKey(direction.text)]) i++;
    let last = i - 1;
    for (let j = i; j < tokens.length; j++) {
      const token = tokens[j] as Token;
      const gap = text.slice((tokens[j - 1] as Token).end, token.start);
      if (!token.capitalised || gap !== ' ') break;
      last = j;
    }
    if (last < i) continue;
    const run = tokens.slice(i, last + 1);
    const first = nameKey((run[0] as Token).text);
    if (run.some(named) || /^\p{Lu}{2,}$/u.test((run[0] as Token).text)) continue;
    if (run.length === 1 && (words.has(first) || CALENDAR.has(first) || givenNames.has(first))) {
      continue;
    }
    if (run.some((t) => /\d/.test(t.text))) continue;
    const start = (run[0] as Token).start;
    const end = (run[run.length - 1] as Token).end;
    unknown.push({ start, end, text: text.slice(start, end) });
    i = last;
  }
  return unknown;
}

/** A country or US state named by its own name ("Turkey", "Georgia"), not by another. */
function isOwnBroadName({ place, via }: NameMatch, key: string): boolean {
  const broad = place.kind === 'country' || (place.kind === 'admin1' && place.country === 'US');
  return broad && via === 'name' && nameKey(place.name) === key;
}

/**
 * Places a person's or a plain word's name never hides: countries, continents, US states and
 * the larger provinces ("Georgia", "Turkey", "Europe", "Ontario"; not Turkmenistan's Mary).
 */
function isBroad(place: GazetteerPlace): boolean {
  if (place.kind === 'admin1') return place.country === 'US' || place.population >= 1_000_000;
  return place.kind === 'country' || place.kind === 'continent' || place.kind === 'region';
}

const CALENDAR = new Set(
  [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
    'Monday',
    'Tuesday',
    'Wednesday',
    'Thursday',
    'Friday',
    'Saturday',
    'Sunday',
    'Christmas',
    'Easter',
  ].map(nameKey),
);

function isDemonym(match: NameMatch): boolean {
  return match.via === 'demonym';
}

/** Whether the words before token `i` (exclusive of it) say a place follows. */
function isLocationCue(tokens: readonly Token[], before: number): boolean {
  const key = nameKey(tokens[before]?.text ?? '');
  if (LOCATION_CUES.has(key)) return true;
  return key === 'the' && LOCATION_CUES.has(nameKey(tokens[before - 1]?.text ?? ''));
}

/**
 * "southern Lebanon", "Northeast Georgia": a direction word before a country or state that
 * is not itself part of a longer name ("South Africa", "West Virginia").
 */
function relativeRegion(
  text: string,
  tokens: readonly Token[],
  i: number,
  gazetteer: Gazetteer,
): { last: number; matches: NameMatch[]; part: CompassPart } | undefined {
  const token = tokens[i] as Token;
  const part = PART_WORDS[nameKey(token.text)];
  const next = tokens[i + 1];
  if (!part || !next?.capitalised || !/^[ \t]$/.test(text.slice(token.end, next.start))) {
    return undefined;
  }
  if (token.capitalised) {
    const whole = longestMatch(text, tokens, i, gazetteer);
    if (whole && whole.last > i) return undefined;
  }
  const named = longestMatch(text, tokens, i + 1, gazetteer);
  if (!named) return undefined;
  const matches = named.matches.filter((m) => m.via === 'name' && m.place.parts?.[part]);
  return matches.length > 0 ? { last: named.last, matches, part } : undefined;
}

/** The longest gazetteer name starting at token `i`, in capitals or with inner small words. */
function longestMatch(
  text: string,
  tokens: readonly Token[],
  i: number,
  gazetteer: Gazetteer,
): { last: number; matches: NameMatch[] } | undefined {
  let best: { last: number; matches: NameMatch[] } | undefined;
  let key = '';
  for (let j = i; j < tokens.length && j < i + gazetteer.maxTokens; j++) {
    const token = tokens[j] as Token;
    if (j > i) {
      const gap = text.slice((tokens[j - 1] as Token).end, token.start);
      if (!/^[ \t]?$|^[-‑–]$/.test(gap)) break;
      if (!token.capitalised && !INNER_WORDS.has(token.text)) break;
    }
    key = key === '' ? nameKey(token.text) : `${key} ${nameKey(token.text)}`;
    const matches = gazetteer.byKey.get(key);
    if (!matches || !token.capitalised) continue;
    const start = (tokens[i] as Token).start;
    const spelled = matches.filter((m) => !m.exact || spells(text, start, m.exact));
    if (spelled.length > 0) best = { last: j, matches: spelled };
  }
  return best;
}

/** Whether the text at `start` spells an abbreviation with its dots ("Ga.", not "GA" or "I'll"). */
function spells(text: string, start: number, exact: string): boolean {
  return text.slice(start, start + exact.length).toLowerCase() === exact.toLowerCase();
}

/** ", Ga." or ", Israel" right after a name: the place that holds it, as the text says. */
function qualifierAfter(
  text: string,
  tokens: readonly Token[],
  last: number,
  gazetteer: Gazetteer,
): { start: number; end: number; last: number; matches: NameMatch[] } | undefined {
  const next = tokens[last + 1];
  if (!next || !next.capitalised) return undefined;
  if (!/^, ?$/.test(text.slice((tokens[last] as Token).end, next.start))) return undefined;
  const match = longestMatch(text, tokens, last + 1, gazetteer);
  if (!match) return undefined;
  const holders = match.matches.filter(
    (m) => m.via === 'name' && ['country', 'admin1', 'admin2'].includes(m.place.kind),
  );
  if (holders.length === 0) return undefined;
  const end = (tokens[match.last] as Token).end;
  return { start: next.start, end, last: match.last, matches: holders };
}

/**
 * The names of the people the text names, so that a later lone "Henry" or "Dyer" is read as
 * the person: a run of capitalised words, middle initials allowed, that opens with a given
 * name ("Jordan Dyer", "Keith D. Johnson") or a title ("Gov. Jackson"), or that is no place at
 * all ("Chiquita Raquel Henry"), and holds no plain word ("Alexandria Police"); and a name
 * that says or tells ("Dyer said"). Their surnames, and their first names.
 */
function personNames(
  text: string,
  tokens: readonly Token[],
  gazetteer: Gazetteer,
  lowercaseWords: ReadonlySet<string>,
): { surnames: Set<string>; firstNames: Set<string> } {
  const { byKey, givenNames, words } = gazetteer;
  const surnames = new Set<string>();
  const firstNames = new Set<string>();
  const isBroadName = (key: string) => (byKey.get(key) ?? []).some((m) => isBroad(m.place));
  let run: Token[] = [];
  const close = (before: Token | undefined) => {
    let names = run.filter((t) => !INITIAL.test(t.text));
    run = [];
    // A capitalised title opens the run itself: "The Rev. Roy Jones", "Gov. Jackson".
    const titleInRun = names.length > 1 && PERSON_TITLES.has(nameKey(names[0]?.text ?? ''));
    if (titleInRun) names = names.slice(1);
    const keys = names.map((t) => nameKey(t.text));
    const lastKey = keys[keys.length - 1] ?? '';
    if (keys.length === 0 || isBroadName(lastKey)) return;
    const titled = titleInRun || (before !== undefined && PERSON_TITLES.has(nameKey(before.text)));
    if (keys.length > 4 || (keys.length === 1 && !titled)) return;
    if (keys.slice(1).some((key) => words.has(key))) return;
    const given = givenNames.has(keys[0] ?? '') && keys.length >= 2;
    const noPlace =
      keys.length >= 2 &&
      !words.has(keys[0] ?? '') &&
      !byKey.has(keys.join(' ')) &&
      !byKey.has(keys[0] ?? '') &&
      names.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text));
    if (titled || given || noPlace) surnames.add(lastKey);
    if (given) firstNames.add(keys[0] ?? '');
  };
  let before: Token | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const previous = tokens[i - 1];
    const joined =
      previous !== undefined &&
      run.length > 0 &&
      /^\.? $/.test(text.slice(previous.end, token.start));
    const name = token.capitalised && !/^\p{Lu}{2,}$/u.test(token.text);
    if (!joined) {
      close(before);
      before = previous;
    }
    // A word that opens a sentence and is lowercase elsewhere is no name: "In Beijing".
    if (name && (!token.sentenceStart || !lowercaseWords.has(nameKey(token.text)))) {
      run.push(token);
    } else if (joined) {
      close(before);
      before = token;
    }
    const after = tokens[i + 1];
    // "Dyer said" is a person; "police in Atlanta said" is not.
    const placeBefore = previous !== undefined && PLACE_CUES.has(nameKey(previous.text));
    if (
      name &&
      after &&
      !placeBefore &&
      SAYS.test(after.text) &&
      text.slice(token.end, after.start) === ' '
    ) {
      const key = nameKey(token.text);
      if (!isBroadName(key)) surnames.add(key);
    }
  }
  close(before);
  return { surnames, firstNames };
}

/** A middle initial: "D.", "G.B.". */
const INITIAL = /^(?:\p{Lu}\.)+$/u;

/** Verbs of saying after a name make it a person's ("Dyer said", "Johnson told"). */
const SAYS = /^(?:said|says|told|added|explained|recalled|wrote|testified)$/;

/**
 * "TEL AVIV, Israel —" or "CHARLESTON, W.Va. (AP) —" at the start of the article: the dateline,
 * where the story was filed.
 */
function markDateline(text: string, names: FoundName[]): void {
  const first = names[0];
  if (!first || first.start > 2) return;
  const head = text.slice(0, 120);
  const dash = /^[^\n]{0,80}?(?:\([^)]*\)\s*)?[—–-]{1,2}\s/u.exec(head);
  if (!dash) return;
  for (const name of names) {
    if (name.end > dash[0].length) break;
    name.dateline = true;
    // Where the story was filed is a place, whoever else bears the name ("ATLANTA —").
    delete name.weak;
  }
}

function sentenceIndexer(list: readonly Sentence[]): (offset: number) => number {
  return (offset) => {
    let low = 0;
    let high = list.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((list[mid] as Sentence).start <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };
}
