import { describe, expect, it } from 'vitest';
import { gazetteerRow as place } from '../../testing/gazetteer-row.ts';
import { parseGazetteer, writeGazetteerAsset } from './gazetteer.ts';
import { geoparse, mentionRecord } from './index.ts';

/** A tiny world: made-up populations, rough points; enough to exercise each rule. */
const gazetteer = parseGazetteer(
  writeGazetteerAsset(
    [
      place({
        kind: 'country',
        name: 'Lebanon',
        country: 'LB',
        lngLat: [35.8, 33.8],
        demonyms: ['Lebanese'],
        parts: { south: [35.5, 33.4], northeast: [36.2, 34.2] },
      }),
      place({
        kind: 'country',
        name: 'Israel',
        country: 'IL',
        lngLat: [34.8, 31.5],
        demonyms: ['Israeli', 'Israelis'],
      }),
      place({
        kind: 'country',
        name: 'Georgia',
        country: 'GE',
        lngLat: [43.5, 42],
        population: 2_000_000,
      }),
      place({
        kind: 'admin1',
        name: 'Georgia',
        country: 'US',
        admin1: 'GA',
        lngLat: [-83.4, 32.6],
        aliases: ['Ga.'],
        population: 4_000_000,
      }),
      place({
        kind: 'admin1',
        name: 'Texas',
        country: 'US',
        admin1: 'TX',
        lngLat: [-99, 31],
        population: 20_000_000,
      }),
      place({
        kind: 'city',
        name: 'Lebanon',
        country: 'US',
        admin1: 'TN',
        lngLat: [-86.3, 36.2],
        population: 30_000,
      }),
      place({
        kind: 'city',
        name: 'Paris',
        country: 'FR',
        admin1: '11',
        featureCode: 'PPLC',
        lngLat: [2.35, 48.86],
        population: 2_100_000,
      }),
      place({
        kind: 'city',
        name: 'Paris',
        country: 'US',
        admin1: 'TX',
        lngLat: [-95.56, 33.66],
        population: 25_000,
      }),
      place({
        kind: 'city',
        name: 'Dublin',
        country: 'IE',
        featureCode: 'PPLC',
        lngLat: [-6.26, 53.35],
        population: 1_000_000,
      }),
      place({
        kind: 'city',
        name: 'Dublin',
        country: 'US',
        admin1: 'GA',
        lngLat: [-82.9, 32.54],
        population: 16_000,
      }),
      place({
        kind: 'city',
        name: 'Henry',
        country: 'US',
        admin1: 'IL',
        lngLat: [-89.36, 41.11],
        population: 2_400,
      }),
      place({
        kind: 'city',
        name: 'Mobile',
        country: 'US',
        admin1: 'AL',
        lngLat: [-88.04, 30.69],
        population: 190_000,
      }),
      place({
        kind: 'admin1',
        name: 'Illinois',
        country: 'US',
        admin1: 'IL',
        lngLat: [-89.2, 40],
        aliases: ['Ill.'],
        population: 12_000_000,
      }),
      place({
        kind: 'admin2',
        name: 'Henry County',
        country: 'US',
        admin1: 'TN',
        lngLat: [-88.3, 36.33],
      }),
      place({
        kind: 'admin2',
        name: 'Paris County',
        country: 'US',
        admin1: 'TX',
        lngLat: [-95.5, 33.6],
      }),
      place({
        kind: 'city',
        name: 'Roy',
        country: 'US',
        admin1: 'UT',
        lngLat: [-112.03, 41.16],
        population: 36_000,
      }),
      place({
        kind: 'city',
        name: 'Austin',
        country: 'US',
        admin1: 'TX',
        lngLat: [-97.74, 30.27],
        population: 960_000,
      }),
      place({
        kind: 'city',
        name: 'Memphis',
        country: 'US',
        admin1: 'TN',
        lngLat: [-90.05, 35.15],
        population: 630_000,
      }),
      place({
        kind: 'city',
        name: 'Tel Aviv',
        country: 'IL',
        lngLat: [34.78, 32.08],
        population: 430_000,
      }),
    ],
    {
      sources: ['test'],
      commonWords: ['mobile'],
      words: ['public', 'library', 'police'],
      givenNames: ['austin', 'chiquita', 'raquel', 'roy'],
    },
  ),
);

const found = (text: string) =>
  geoparse(text, gazetteer).mentions.map((m) => [m.text, m.candidates[0]?.place.country ?? '']);

describe('finding place names', () => {
  it.each([
    { text: 'Fighting went on in Lebanon.', expected: [['Lebanon', 'LB']] },
    {
      text: 'Israeli jets struck southern Lebanon.',
      expected: [
        ['Israeli', 'IL'],
        ['southern Lebanon', 'LB'],
      ],
    },
    { text: "Israel's army moved.", expected: [['Israel', 'IL']] },
    { text: 'Chiquita Raquel Henry, 19, was arrested. Henry was charged.', expected: [] },
    { text: 'Gov. Paris spoke.', expected: [] },
    { text: 'The militia said its leader Paris Nasrallah was killed.', expected: [] },
    { text: 'A spokesman visited Memphis on Monday.', expected: [['Memphis', 'US']] },
    { text: 'Mobile phones were sold.', expected: [] },
    { text: 'He moved to Mobile last year.', expected: [['Mobile', 'US']] },
    {
      text: 'The town of Dublin, Ga. is small.',
      expected: [
        ['Dublin', 'US'],
        ['Ga', 'US'],
      ],
    },
    { text: 'Nothing here names a place.', expected: [] },
    { text: 'Austin Rivers scored twice.', expected: [] },
    // A place, not a person, though the name is a given name or comes before "said".
    { text: 'Police in Austin said the road was shut.', expected: [['Austin', 'US']] },
    { text: 'AUSTIN — The road was shut.', expected: [['AUSTIN', 'US']] },
    { text: 'Rain fell across metro Austin.', expected: [['Austin', 'US']] },
    // A first name the text gives a person stays the person's after "to", not after "in".
    { text: 'A sermon by the Rev. Roy Jones. "I talked to Roy today," he said.', expected: [] },
    { text: 'A sermon by the Rev. Roy Jones, who was born in Roy.', expected: [['Roy', 'US']] },
    { text: 'The Memphis Public Library opened.', expected: [['Memphis', 'US']] },
    { text: 'The Memphis Grizzlies won.', expected: [['Memphis', 'US']] },
    { text: 'A crash closed Texas 19 overnight.', expected: [] },
    { text: "I'll drive to Springfield, Ill. today.", expected: [['Ill', 'US']] },
    { text: 'Her house on Memphis Street burned.', expected: [] },
    { text: 'The White House said so.', expected: [] },
    { text: 'Officials met in March and in August.', expected: [] },
    {
      text: 'Voters in Paris and Henry counties went to the polls.',
      expected: [
        ['Paris', 'US'],
        ['Henry', 'US'],
      ],
    },
  ])('$text', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });

  it('keeps UTF-16 offsets exact after astral characters', () => {
    const text = '😀 News from Tel Aviv.';
    const [mention] = geoparse(text, gazetteer).mentions;
    expect(text.slice(mention?.start, mention?.end)).toBe('Tel Aviv');
  });

  it('lists names the gazetteer lacks and small towns the text gives no support', () => {
    const { unplaced } = geoparse(
      'Deputies searched near Kelleyland. He was born in Henry.',
      gazetteer,
    );
    expect(unplaced.map(({ text, reason, candidates }) => ({ text, reason, candidates }))).toEqual([
      { text: 'Kelleyland', reason: 'unknown', candidates: 0 },
      { text: 'Henry', reason: 'ambiguous', candidates: 1 },
    ]);
  });

  it.each([
    { text: 'Troops pressed on in eastern Ghouta.', unknown: ['Ghouta'] },
    { text: 'Rain fell across north-western Kelleyland.', unknown: ['Kelleyland'] },
    // A direction and no name, or the direction of a place the gazetteer knows: nothing.
    { text: 'Troops pressed on in northern areas.', unknown: [] },
    { text: 'Raids inside southern Lebanon.', unknown: [] },
  ])('lists an unknown name past a direction: $text', ({ text, unknown }) => {
    const { unplaced } = geoparse(text, gazetteer);
    expect(unplaced.map((name) => name.text)).toEqual(unknown);
  });

  it('marks the dateline', () => {
    const [first] = geoparse('TEL AVIV, Israel — Fighting.', gazetteer).mentions;
    expect(first).toMatchObject({ text: 'TEL AVIV', dateline: true });
  });
});

describe('choosing among candidates', () => {
  it.each([
    { text: 'He flew to Paris.', name: 'Paris', country: 'FR', reason: 'a national capital' },
    {
      text: 'Paris, Texas is hot. Texas heat.',
      name: 'Paris',
      country: 'US',
      reason: 'followed by its state',
    },
    {
      text: 'He lives in Dublin, Georgia.',
      name: 'Dublin',
      country: 'US',
      reason: 'followed by its state',
    },
    {
      text: 'Lebanon and Israel traded fire.',
      name: 'Lebanon',
      country: 'LB',
      reason: 'a country',
    },
  ])('$text → $name in $country', ({ text, name, country, reason }) => {
    const mention = geoparse(text, gazetteer).mentions.find((m) => m.text === name);
    expect(mention?.candidates[0]?.place.country).toBe(country);
    expect(mention?.candidates[0]?.reasons).toContain(reason);
  });

  it.each([
    {
      text: 'Paris police and Texas troopers met.',
      country: 'US',
      reason: 'fits the other names',
    },
    { text: 'Paris police met. Paris, Paris.', country: 'FR', reason: 'a national capital' },
  ])('$text → Paris in $country: a name is never its own evidence', ({ text, country, reason }) => {
    const paris = geoparse(text, gazetteer).mentions.find((m) => m.text === 'Paris');
    expect(paris?.candidates[0]?.place.country).toBe(country);
    expect(paris?.candidates[0]?.reasons).toContain(reason);
  });

  it.each(['north-eastern', 'North-Eastern', 'northeastern'])(
    'reads "%s Lebanon" as its north-east, hyphen or none',
    (direction) => {
      const [mention] = geoparse(`Shelling in ${direction} Lebanon.`, gazetteer).mentions;
      expect(mention).toMatchObject({ text: `${direction} Lebanon`, part: 'northeast' });
      expect(mention?.lngLat).toEqual([36.2, 34.2]);
    },
  );

  it('puts "southern Lebanon" at the south of Lebanon, as a region', () => {
    const [mention] = geoparse('Raids inside southern Lebanon.', gazetteer).mentions;
    expect(mention?.lngLat).toEqual([35.5, 33.4]);
    // The output line names the toponym's own point, and the part the text means.
    expect(mention && mentionRecord(mention)).toMatchObject({
      kind: 'region',
      country: 'LB',
      part: 'south',
      lat: 33.8,
      lon: 35.8,
    });
  });
});
