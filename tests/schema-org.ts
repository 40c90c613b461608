/**
 * The part of the schema.org vocabulary Dateline's JSON-LD uses, written down from the
 * definitions on schema.org (types, the type each extends, and each property's expected
 * values), so a test can check the page's JSON-LD without the network: every type is known,
 * every property is one its type (or a type it extends) has, and every value is of a type the
 * property expects. Properties Dateline requires of itself are listed per type.
 *
 * @see https://schema.org/NewsArticle  (NewsArticle → Article → CreativeWork → Thing)
 * @see https://schema.org/CorrectionComment  (CorrectionComment → Comment → CreativeWork)
 * @see https://schema.org/correction, https://schema.org/isBasedOn, https://schema.org/creditText
 */

/** A value's expected type: a schema.org type, or one of its data types. */
type Range = 'Text' | 'URL' | 'Date' | 'DateTime' | 'Language' | string;

interface TypeDefinition {
  extends?: string;
  /** Properties defined on this type, with the types of value they expect. */
  properties: Record<string, Range[]>;
  /** Properties this project requires on every node of the type. */
  required?: string[];
}

export const VOCABULARY: Record<string, TypeDefinition> = {
  Thing: {
    properties: {
      name: ['Text'],
      description: ['Text', 'TextObject'],
      url: ['URL'],
      image: ['ImageObject', 'URL'],
      mainEntityOfPage: ['CreativeWork', 'URL'],
    },
  },
  CreativeWork: {
    extends: 'Thing',
    properties: {
      headline: ['Text'],
      datePublished: ['Date', 'DateTime'],
      dateModified: ['Date', 'DateTime'],
      inLanguage: ['Language', 'Text'],
      isBasedOn: ['CreativeWork', 'Product', 'URL'],
      creditText: ['Text'],
      correction: ['CorrectionComment', 'Text', 'URL'],
      publisher: ['Organization', 'Person'],
      author: ['Organization', 'Person'],
      text: ['Text'],
    },
  },
  Article: { extends: 'CreativeWork', properties: {} },
  NewsArticle: { extends: 'Article', properties: {} },
  Comment: { extends: 'CreativeWork', properties: {} },
  CorrectionComment: { extends: 'Comment', properties: {}, required: ['text', 'datePublished'] },
  Organization: { extends: 'Thing', properties: {}, required: ['name'] },
};

/** The types a type is, itself first: NewsArticle, Article, CreativeWork, Thing. */
function lineage(type: string): string[] {
  const chain: string[] = [];
  for (let at: string | undefined = type; at; at = VOCABULARY[at]?.extends) chain.push(at);
  return chain;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function fits(value: unknown, range: Range): boolean {
  if (typeof value === 'string') {
    if (range === 'Text' || range === 'Language') return value.trim() !== '';
    if (range === 'URL') return /^https?:\/\//.test(value);
    if (range === 'Date') return ISO_DATE.test(value);
    if (range === 'DateTime') return ISO_DATE_TIME.test(value);
    return false;
  }
  if (typeof value === 'object' && value !== null && '@type' in value) {
    return lineage(String((value as { '@type': unknown })['@type'])).includes(range);
  }
  return false;
}

/**
 * What the page's own article must say, beyond what the vocabulary asks of any node: Google's
 * Article guidance recommends headline, image and both dates; a canonical url, ours.
 */
export const PAGE_ARTICLE_NEEDS = ['headline', 'datePublished', 'dateModified', 'image', 'url'];

/** Every problem with a JSON-LD node against the vocabulary, as `path: what`; [] when none. */
export function schemaProblems(node: unknown, path = '$'): string[] {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) {
    return [`${path}: is not a JSON-LD node`];
  }
  const record = node as Record<string, unknown>;
  const type = record['@type'];
  if (typeof type !== 'string' || !VOCABULARY[type])
    return [`${path}: unknown @type ${String(type)}`];
  const types = lineage(type);
  const problems: string[] = [];
  for (const required of types.flatMap((t) => VOCABULARY[t]?.required ?? [])) {
    if (!(required in record)) problems.push(`${path}: ${type} needs ${required}`);
  }
  for (const [property, value] of Object.entries(record)) {
    if (property.startsWith('@')) continue;
    const ranges = types.flatMap((t) => VOCABULARY[t]?.properties[property] ?? []);
    if (ranges.length === 0) {
      problems.push(`${path}.${property}: not a property of ${type}`);
      continue;
    }
    (Array.isArray(value) ? value : [value]).forEach((item, i) => {
      const at = Array.isArray(value) ? `${path}.${property}[${i}]` : `${path}.${property}`;
      if (!ranges.some((range) => fits(item, range))) {
        problems.push(`${at}: expects ${ranges.join(' or ')}`);
      } else if (typeof item === 'object' && item !== null) {
        problems.push(...schemaProblems(item, at));
      }
    });
  }
  return problems;
}
