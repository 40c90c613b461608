/**
 * The interface's words for the reader. Only English exists so far; a story in another
 * language gets its catalogue once one is added to `CATALOGUES`, and English until then.
 */
import { en, type Strings } from './en.ts';

export type { Strings };

/** Catalogues by primary language subtag (BCP 47: "en", "ar", "he"). */
const CATALOGUES: Readonly<Record<string, Strings>> = { en };

/**
 * The catalogue for a story's `language` ("en", "en-GB"): its primary subtag's if there is
 * one among `catalogues` (default: the ones that exist), else English.
 */
export function catalogueFor(
  language: string,
  { catalogues = CATALOGUES }: { catalogues?: Readonly<Record<string, Strings>> } = {},
): Strings {
  const primary = language.split('-')[0]?.toLowerCase() ?? '';
  return Object.hasOwn(catalogues, primary) ? (catalogues[primary] as Strings) : en;
}

/**
 * The active catalogue. English for every story today, as `catalogueFor` would choose for
 * each of them; when a second catalogue arrives, the app chooses it from the story's language.
 */
export const strings: Strings = en;

/** Scripts written right to left, so the browser and the map lay their names out correctly. */
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'yi']);

/** The direction of text in a language (BCP 47 tag), for a `dir` attribute. */
export function textDirection(language: string): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.has(language.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
}
