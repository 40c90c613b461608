/**
 * The story schema: the one source of truth for what a story's data may hold.
 *
 * A story is a folder `geodata/stories/<story-id>/` with two files:
 * - `story.json`: the article's metadata and the distances and rings it relates;
 * - `places.geojson`: an RFC 7946 FeatureCollection of the places it names, with events.
 *
 * Types are inferred from the valibot schemas, so the runtime check and the static type
 * cannot drift apart. Checks that need more than one field (references between places,
 * dates against the publication date, points inside their country) live in `validate.ts`.
 */
import * as v from 'valibot';
import { crossingEdges, distinctCorners } from '../geo/outline.ts';
import type { LngLat } from '../geo/types.ts';

/** The two files of a story folder. */
export const STORY_FILE = 'story.json';
export const PLACES_FILE = 'places.geojson';

/** A calendar date `YYYY-MM-DD` that exists (no 30 February). */
export const IsoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
  v.check(isRealDate, 'is not a date that exists'),
);

function isRealDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * A moment with its offset from UTC, as ISO 8601 writes it: `2024-10-01T14:05:00Z`,
 * `2024-10-01T10:05-04:00`. The offset is required: "14:05" alone says nothing to a reader
 * in another time zone.
 */
export const IsoDateTime = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/,
    'must be a date and time with its offset from UTC, like 2024-10-01T14:05:00Z',
  ),
  v.check(
    (text) => isRealDate(text.slice(0, 10)) && Number.isFinite(Date.parse(text)),
    'is not a moment that exists',
  ),
);

/** Only http(s) links: a `javascript:` URL in data must never become a link. */
export const HttpUrl = v.pipe(
  v.string(),
  v.url('must be a URL'),
  v.regex(/^https?:\/\//, 'must start with http:// or https://'),
);

const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));

/**
 * Every id (of a story, place, event, distance, ring or step) is a lowercase slug, so that it
 * can sit in a URL (`?place=hodeidah-port`) and a file name as it is.
 */
export const PlaceId = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "hodeidah-port"'),
);

/** Whether `text` is an id of the {@link PlaceId} form. */
export function isSlug(text: string): boolean {
  return v.is(PlaceId, text);
}

/** ISO 3166-1 alpha-2, as used by country-coder for the inside-its-country check. */
export const CountryCode = v.pipe(
  v.string(),
  v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code like "LB"'),
);

/** Where a fact came from: a named public source, with a link where there is one. */
export const Source = v.strictObject({
  name: Text,
  url: v.optional(HttpUrl),
});
export type Source = v.InferOutput<typeof Source>;

/** How precisely a place is known, in the manner of ACLED's geo_precision. */
export const PRECISIONS = ['exact', 'near', 'area', 'region'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const PLACE_KINDS = [
  'city',
  'town',
  'port',
  'power-plant',
  'airport',
  'venue',
  'zone',
  'region',
  'territory',
  'country',
  'border',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/**
 * Where a place or an event stands as the story develops: `reported` as the article reports
 * it (the default), `confirmed` by a later source, `disputed` by a party or a source, or
 * `withdrawn`: no longer stood behind, yet kept and shown as withdrawn, never deleted.
 */
export const STATUSES = ['reported', 'confirmed', 'disputed', 'withdrawn'] as const;
export type Status = (typeof STATUSES)[number];

/** Absent means `reported`: what the article reports, as it reports it. */
const StatusField = v.optional(v.picklist(STATUSES));

/** A place's or an event's status, `reported` when the data gives none. */
export function statusOf(item: { status?: Status }): Status {
  return item.status ?? 'reported';
}

export const DATE_PRECISIONS = ['day', 'week', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Who says what. Where parties disagree an event carries one claim per party. */
export const Claim = v.strictObject({
  by: Text,
  says: Text,
});
export type Claim = v.InferOutput<typeof Claim>;

export const QUALIFIERS = ['exactly', 'about', 'at-least', 'more-than', 'less-than'] as const;

export const CASUALTY_TYPES = ['killed', 'wounded', 'displaced'] as const;

/** A casualty figure is only ever stored with who reported it. */
export const Casualties = v.strictObject({
  type: v.picklist(CASUALTY_TYPES),
  /** The figure as reported, in words: "more than 1,000", "dozens". */
  figure: Text,
  /** The number, where the report gives one. */
  count: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  qualifier: v.optional(v.picklist(QUALIFIERS)),
  reportedBy: Text,
});
export type Casualties = v.InferOutput<typeof Casualties>;

/** An event's fields, before the check that its dates are in order (see `StoryEvent`). */
export const StoryEventFields = v.strictObject({
  id: PlaceId,
  /** First day of the event (or of the period it spans). */
  date: IsoDate,
  /** Last day, for events that span a period ("in less than two weeks"). */
  dateEnd: v.optional(IsoDate),
  datePrecision: v.picklist(DATE_PRECISIONS),
  /** The date as the article gives it: "Sunday", "late Monday", "in less than two weeks". */
  dateText: Text,
  /** What happened, in plain words. */
  what: Text,
  /** The article's own sentence, verbatim. */
  quote: v.optional(Text),
  claims: v.pipe(v.array(Claim), v.minLength(1, 'needs at least one claim saying who says so')),
  casualties: v.optional(v.array(Casualties)),
  /** Other places the event involves (the launch site of a missile, the target). */
  related: v.optional(v.array(PlaceId)),
  status: StatusField,
});

export const StoryEvent = v.pipe(
  StoryEventFields,
  v.forward(
    v.check((event) => !event.dateEnd || event.dateEnd >= event.date, 'ends before it starts'),
    ['dateEnd'],
  ),
);
export type StoryEvent = v.InferOutput<typeof StoryEvent>;

const Longitude = v.pipe(
  v.number(),
  v.minValue(-180, 'longitude below -180'),
  v.maxValue(180, 'longitude above 180'),
);
const Latitude = v.pipe(
  v.number(),
  v.minValue(-90, 'latitude below -90'),
  v.maxValue(90, 'latitude above 90'),
);
/** `[lng, lat]`, as RFC 7946 orders them. */
export const Position = v.tuple([Longitude, Latitude]);

/** `[west, south, east, north]` in degrees; `east` may pass 180 for a view across it. */
export const ViewBounds = v.pipe(
  v.tuple([
    v.pipe(v.number(), v.minValue(-360), v.maxValue(360)),
    Latitude,
    v.pipe(v.number(), v.minValue(-360), v.maxValue(360)),
    Latitude,
  ]),
  v.check(([w, s, e, n]) => w < e && s < n, 'must be [west, south, east, north], west < east'),
);

/** A shape drawn from the basemap's Natural Earth data rather than stored by hand. */
export const Shape = v.variant('from', [
  /** The country's territory, as Natural Earth draws it. */
  v.strictObject({ from: v.literal('country'), country: CountryCode }),
  /** The land boundary shared by two countries. */
  v.strictObject({ from: v.literal('border'), countries: v.tuple([CountryCode, CountryCode]) }),
  /** A band of `side`'s territory within `widthKm` of its border with the other country. */
  v.strictObject({
    from: v.literal('border-band'),
    countries: v.tuple([CountryCode, CountryCode]),
    side: CountryCode,
    widthKm: v.pipe(v.number(), v.minValue(0.1), v.maxValue(500)),
    /**
     * Only the stretch of the border inside this box, `[west, south, east, north]`: for a
     * band along part of a border (Israel's border with Gaza, not with the West Bank, which
     * Natural Earth draws as one Palestine).
     */
    along: v.optional(ViewBounds),
  }),
  /**
   * An area drawn by hand (in the editor, or typed), for a place no Natural Earth line
   * bounds: its outline's corners in order, the last joined to the first, each edge the
   * short way round the globe. Where the outline comes from is the place's location source.
   */
  v.strictObject({
    from: v.literal('drawn'),
    corners: v.pipe(
      v.array(Position),
      v.maxLength(500, 'has more than 500 corners: simplify it'),
      v.check(
        (corners) => distinctCorners(corners as LngLat[]) >= 3,
        'needs at least 3 different corners to enclose an area',
      ),
      v.check(
        (corners) => crossingEdges(corners as LngLat[]) === null,
        'crosses itself: move the corners so that no edge crosses another',
      ),
    ),
  }),
]);
export type Shape = v.InferOutput<typeof Shape>;

/**
 * Drafts only: what the geoparser found for a place, awaiting a person's review (`npm run
 * draft` writes it; the editor reads and updates it; a published story has none).
 */
const ReviewCandidate = v.strictObject({
  name: Text,
  kind: Text,
  country: v.optional(CountryCode),
  /** `[lng, lat]`. */
  coordinates: v.tuple([v.number(), v.number()]),
  /** The gazetteer's source for the point: "geonames:293397", "world-countries:IL". */
  ref: Text,
  score: v.number(),
  /** Why it ranks where it does: "population 432,892", "Israel named elsewhere in the text". */
  reasons: v.array(Text),
});

export const PlaceReview = v.strictObject({
  status: v.picklist(['waiting', 'accepted', 'rejected']),
  /** Every span of the article naming the place: UTF-16 offsets and the sentence's index. */
  mentions: v.array(
    v.strictObject({
      start: v.pipe(v.number(), v.integer(), v.minValue(0)),
      end: v.pipe(v.number(), v.integer(), v.minValue(0)),
      text: Text,
      sentence: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
  ),
  /** 0-1: how clearly the chosen match stands above the others. */
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  chosen: ReviewCandidate,
  alternatives: v.array(ReviewCandidate),
});
export type PlaceReview = v.InferOutput<typeof PlaceReview>;

/** A place's fields, before the check that a context place says why (see `PlaceProperties`). */
export const PlacePropertiesFields = v.strictObject({
  name: Text,
  /** The place's name in other languages and scripts, keyed by BCP 47 tag ("ar", "he"). */
  names: v.optional(v.record(v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/)), Text)),
  kind: v.picklist(PLACE_KINDS),
  precision: v.picklist(PRECISIONS),
  /** The country the point lies in; checked against a local country lookup. */
  country: v.optional(CountryCode),
  /** The article's own words for the place ("villages close to the border"). */
  mention: v.optional(Text),
  /**
   * Whom the article is reporting when its words for the place are part of an attributed
   * statement ("it said it bombed … a seaport used by the Houthis to import oil"): the
   * reader sees the words as that party's, not as the article's own description.
   */
  mentionBy: v.optional(Text),
  /** `article`: the article names or clearly implies it; `context`: added from outside. */
  origin: v.picklist(['article', 'context']),
  /** Why a context place is here and who says so; required when origin is context. */
  context: v.optional(v.strictObject({ why: Text, source: Source })),
  /** Where the coordinates came from, and what they stand for. */
  location: v.strictObject({ source: Source, note: v.optional(Text) }),
  shape: v.optional(Shape),
  /** Label priority on the map: 1 shows first. */
  rank: v.optional(v.picklist([1, 2, 3])),
  events: v.array(StoryEvent),
  /** Where the place itself stands: its identification and location (see `STATUSES`). */
  status: StatusField,
  review: v.optional(PlaceReview),
});

export const PlaceProperties = v.pipe(
  PlacePropertiesFields,
  v.forward(
    v.check(
      (place) => place.origin !== 'context' || place.context !== undefined,
      'is required for a place added from outside the article',
    ),
    ['context'],
  ),
);
export type PlaceProperties = v.InferOutput<typeof PlaceProperties>;

export const PointGeometry = v.strictObject({ type: v.literal('Point'), coordinates: Position });

/**
 * A place is a Point: the spot the story refers to, or for areas the point its label
 * stands on. Areas and lines come from `shape`, built from Natural Earth at build time.
 */
export const PlaceFeature = v.strictObject({
  type: v.literal('Feature'),
  id: PlaceId,
  geometry: PointGeometry,
  properties: PlaceProperties,
});
export type PlaceFeature = v.InferOutput<typeof PlaceFeature>;

export const PlaceCollection = v.strictObject({
  type: v.literal('FeatureCollection'),
  features: v.pipe(v.array(PlaceFeature), v.minLength(1, 'a story needs at least one place')),
});
export type PlaceCollection = v.InferOutput<typeof PlaceCollection>;

export const Length = v.strictObject({
  value: v.pipe(v.number(), v.gtValue(0, 'must be positive')),
  unit: v.picklist(['km', 'mi']),
});
export type Length = v.InferOutput<typeof Length>;

/** A figure the article states, kept beside what we measure. */
export const StatedLength = v.strictObject({
  ...Length.entries,
  qualifier: v.picklist(QUALIFIERS),
  /** The article's words: "more than 1,000 miles". */
  text: Text,
});
export type StatedLength = v.InferOutput<typeof StatedLength>;

/**
 * Where a measurement starts on a place: its point, or the nearest edge of its shape
 * (the distance from a country's nearest territory, not from its middle).
 */
export const MeasureFrom = v.picklist(['point', 'shape']);

export const DistanceAnnotation = v.strictObject({
  id: PlaceId,
  from: PlaceId,
  fromPart: v.optional(MeasureFrom, 'point'),
  to: PlaceId,
  stated: v.optional(StatedLength),
  /** The article's sentence the figure comes from. */
  quote: v.optional(Text),
});
export type DistanceAnnotation = v.InferOutput<typeof DistanceAnnotation>;

export const RangeRing = v.strictObject({
  id: PlaceId,
  around: PlaceId,
  aroundPart: v.optional(MeasureFrom, 'point'),
  radius: Length,
  label: Text,
  /** Why the ring is drawn: whose reasoning it illustrates. */
  note: v.optional(Text),
});
export type RangeRing = v.InferOutput<typeof RangeRing>;

export const Credit = v.strictObject({ role: Text, name: Text, url: v.optional(HttpUrl) });

/**
 * One step of the story told in order, for a class or a reader walking through it: what
 * to say, which places to highlight and, optionally, the view (else the step's places).
 */
export const StoryStep = v.strictObject({
  id: PlaceId,
  title: Text,
  /** A short text in plain words, attributing claims as the article does. */
  text: Text,
  /** The places the step highlights. */
  places: v.array(PlaceId),
  view: v.optional(v.strictObject({ bounds: ViewBounds })),
});
export type StoryStep = v.InferOutput<typeof StoryStep>;

/** The kinds of change a newsroom notes for its readers. */
export const CHANGE_TYPES = ['update', 'correction', 'clarification'] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

/**
 * One entry of the story's change log, as readers see it: what kind of change, when it was
 * made, in words, and which places and events it touches. The log only grows: a published
 * entry is never edited or removed (`rules/versions.ts`).
 */
export const ChangeEntry = v.strictObject({
  type: v.picklist(CHANGE_TYPES),
  /** When the change was made public. */
  date: IsoDateTime,
  /** What changed and why: "An earlier version placed the strike in Hodeidah city; it hit the port." */
  text: Text,
  /** The places it touches, by id. */
  places: v.optional(v.array(PlaceId)),
  /** The events it touches, by id. */
  events: v.optional(v.array(PlaceId)),
});
export type ChangeEntry = v.InferOutput<typeof ChangeEntry>;

export const StoryMeta = v.strictObject({
  headline: Text,
  outlet: Text,
  /** The article's address: a draft may not have it yet, a published story must (a rule). */
  url: v.optional(HttpUrl),
  published: IsoDate,
  language: v.pipe(
    v.string(),
    v.regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'must be a BCP 47 tag like "en"'),
  ),
  /** The dateline as printed ("TEL AVIV, Israel") and the place it names. */
  dateline: v.strictObject({ text: Text, place: PlaceId }),
  /** One or two plain sentences saying what the story is about. */
  summary: Text,
  credits: v.array(Credit),
  distances: v.optional(v.array(DistanceAnnotation), []),
  rings: v.optional(v.array(RangeRing), []),
  /** The story told in order, step by step (optional). */
  steps: v.optional(v.array(StoryStep)),
  /** `draft`: made by `npm run draft` and awaiting review (see `PlaceReview`). */
  status: v.optional(v.picklist(['draft'])),
  /** Updates, corrections and clarifications since the story was first published, oldest first. */
  changes: v.optional(v.array(ChangeEntry)),
});
export type StoryMeta = v.InferOutput<typeof StoryMeta>;

/**
 * The day a story speaks as of: its publication, or its latest change-log entry's day, when
 * an update reports what happened since (`YYYY-MM-DD`, the entry's own calendar day).
 */
export function asOfDay(meta: Pick<StoryMeta, 'published' | 'changes'>): string {
  const last = meta.changes?.at(-1)?.date.slice(0, 10);
  return last && last > meta.published ? last : meta.published;
}

/** Where a story folder keeps its published versions: `versions/<N>/`. */
export const VERSIONS_DIR = 'versions';
/** The file beside a version's `story.json` and `places.geojson` that says what it is. */
export const VERSION_FILE = 'version.json';

/** `versions/<N>/version.json`: which version, when it was published, by whom and why. */
export const VersionInfo = v.strictObject({
  /** 1, 2, 3…: the folder's name. */
  version: v.pipe(v.number(), v.integer(), v.minValue(1, 'must be 1 or more')),
  /** When it was published. */
  published: IsoDateTime,
  /** Who published it, where known. */
  by: v.optional(Text),
  /** The publisher's note, for the newsroom ("moved the strike to the port"). */
  note: v.optional(Text),
});
export type VersionInfo = v.InferOutput<typeof VersionInfo>;
