/**
 * Words and sentences of an article, with their exact UTF-16 offsets into the text (the
 * indices JavaScript strings use), so every span found can be shown and checked in place.
 */

/** A word: letters and digits, with inner dots, apostrophes and hyphens ("U.S.", "O'Hare"). */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Starts with a capital letter (or is a number-free word in capitals). */
  capitalised: boolean;
  /** The first word of its sentence, where a capital says nothing. */
  sentenceStart: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{N}]+(?:[.'’‑-][\p{L}\p{N}]+)*\.?/gu;

/**
 * Abbreviations that end in a dot without ending the sentence: titles, months, AP state
 * abbreviations, "St." and initials.
 */
const NO_STOP =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Maj|Pvt|Cpl|Rev|Sr|Jr|St|Ft|Mt|Ave|Blvd|Rd|No|Vol|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Vt|Va|Wash|Wis|Wyo|Inc|Corp|Co|Ltd|vs|etc|approx)|\b\p{Lu}|(?:\b\p{L}\.)+\p{L})\.$/u;

/**
 * Splits text into sentences: after `.`, `!` or `?` (and any closing quote or bracket) before
 * a capital, a quote or a digit, unless the dot ends an abbreviation; and at every line break.
 *
 * @example sentences('Dr. Who went home. He slept.').map((s) => s.text)
 * // ['Dr. Who went home.', 'He slept.']
 */
export function sentences(text: string): Sentence[] {
  const result: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '') {
      result.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
    }
    start = end;
  };
  const boundary = /[.!?]+["”’')\]]*(?=\s+["“‘(\p{Lu}\p{N}])|\n+/gu;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + match[0].length;
    if (match[0][0] === '.' && !match[0].startsWith('\n')) {
      const before = text.slice(Math.max(start, match.index - 12), match.index + 1);
      if (NO_STOP.test(before)) continue;
    }
    push(end);
  }
  push(text.length);
  return result;
}

/**
 * The words of a text, each marked capitalised or not and whether it opens its sentence.
 * A word's trailing dot is kept only where it belongs to an abbreviation ("U.S.", "W.Va.").
 */
export function tokenize(text: string, sentenceList: Sentence[] = sentences(text)): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let sentenceOpen = true;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    let word = match[0];
    // "Ohio." ends a sentence; "U.S." and "W.Va." keep their dot; "China's" is "China".
    if (word.endsWith('.') && !word.slice(0, -1).includes('.')) word = word.slice(0, -1);
    word = word.replace(/['’]s$/u, '');
    while (
      sentence < sentenceList.length - 1 &&
      start >= (sentenceList[sentence + 1]?.start ?? 0)
    ) {
      sentence += 1;
      sentenceOpen = true;
    }
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      capitalised: /^\p{Lu}/u.test(word),
      sentenceStart: sentenceOpen,
    });
    sentenceOpen = false;
  }
  return tokens;
}
