/**
 * Who says so: the attribution a news sentence gives ("the Israeli military said", "according
 * to Lebanon's Health Ministry", "told NPR"). English news attributes in a few set shapes;
 * these patterns read them, and the subject is the words before the verb back to a clause edge.
 */

export interface Attribution {
  /** UTF-16 offsets of the whole attribution in the text given. */
  start: number;
  end: number;
  text: string;
  /** Who says so, as the text names them: "the Israeli military", "Lebanon's Health Ministry". */
  by: string;
  /** The outlet or audience told, for "told NPR" and "told reporters". */
  to?: string;
}

const VERBS =
  'said|says|say|told|tells|reported|announced|claimed|stated|added|confirmed|warned|wrote';

/** An attribution verb, and for "told" whom: "told NPR", "told reporters". */
const VERB = new RegExp(
  `\\b(${VERBS})\\b(?:\\s+(NPR|reporters|[\\p{Lu}][\\p{L}.]+(?: [\\p{Lu}][\\p{L}.]+)*))?`,
  'gu',
);

/** "according to Lebanon's Health Ministry". */
const ACCORDING_TO =
  /\baccording to ((?:the )?[^,.;:"“”]{2,80}?)(?=[,.;:"“”]|$| on | in (?!the [A-Z])| at )/giu;

/** "said the official", "said Tamir Hayman". */
const VERB_SUBJECT =
  /\b(said|says)\s+((?:the |an? )?(?:[\p{Lu}][\p{L}'’.-]*|official|officials|spokesman|spokeswoman)(?: [\p{Lu}][\p{L}'’.-]*)*)/gu;

/**
 * The subject of an attribution verb at `verbAt`: the words before it back to a clause edge,
 * or, past a relative clause or an apposition set off by commas ("A Lebanese army official,
 * who asked not to be identified, told NPR"), the noun phrase the commas enclose.
 */
function subjectBefore(
  sentence: string,
  verbAt: number,
): { start: number; text: string } | undefined {
  const before = sentence.slice(0, verbAt).replace(/\s+$/, '');
  const segments: { start: number; text: string }[] = [];
  let start = 0;
  for (const m of before.matchAll(/,\s*|[;:—–"“”]\s*/g)) {
    segments.push({ start, text: before.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  segments.push({ start, text: before.slice(start) });
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i] as { start: number; text: string };
    if (segment.text.trim() === '') continue;
    if (/^(?:who|which|whose|speaking|citing|as|because|although)\b/i.test(segment.text)) continue;
    const edge = CLAUSE_EDGE.exec(segment.text);
    const cut = edge ? edge.index + edge[0].length : 0;
    const text = segment.text
      .slice(cut)
      .replace(/^(?:but|and|so|yet)\s+/i, '')
      .trim();
    if (text === '') return undefined;
    const words = text.split(/\s+/).length;
    const namesSomeone =
      /^(?:it|he|she|they|we)$/i.test(text) ||
      (/\p{Lu}|official|analyst|spokes|military|army|police|ministry|government|leader/u.test(
        text,
      ) &&
        words <= 8);
    if (!namesSomeone) return undefined;
    return { start: segment.start + segment.text.indexOf(text), text };
  }
  return undefined;
}

/** Pronouns and words that start a clause: an attribution's subject does not reach past them. */
const CLAUSE_EDGE =
  /(?:^|[,;:—–"“”]\s*|\b(?:that|who|which|and|but|as|when|while|because|after|before|where|than)\s+)(?!.*(?:[,;:—–"“”]|\b(?:that|who|which|and|but|as|when|while|because|after|before|where|than)\b))/u;

/**
 * Every attribution in a sentence.
 *
 * @example findAttributions("Strikes killed 1,000, according to Lebanon's Health Ministry.")
 * // [{ by: "Lebanon's Health Ministry", text: "according to Lebanon's Health Ministry", ... }]
 */
export function findAttributions(sentence: string): Attribution[] {
  const found: Attribution[] = [];
  for (const m of sentence.matchAll(ACCORDING_TO)) {
    const by = (m[1] ?? '').trim();
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], by });
  }
  for (const m of sentence.matchAll(VERB)) {
    const by = subjectBefore(sentence, m.index);
    if (!by) continue;
    const to = /^t(?:old|ell)/.test(m[1] ?? '') ? m[2] : undefined;
    const end = m.index + (to ? m[0].length : (m[1] ?? '').length);
    found.push({
      start: by.start,
      end,
      text: sentence.slice(by.start, end),
      by: by.text,
      ...(to ? { to } : {}),
    });
  }
  for (const m of sentence.matchAll(VERB_SUBJECT)) {
    const by = m[2] ?? '';
    if (found.some((a) => m.index < a.end && m.index + m[0].length > a.start)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], by });
  }
  return found.sort((a, b) => a.start - b.start);
}
