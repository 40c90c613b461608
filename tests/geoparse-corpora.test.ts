/**
 * The geoparser on real text from ../shared: a quick sanity floor on the development corpora
 * (the full measurement is `npm run eval:geoparse`) and the seed article's draft against the
 * curated seed story. Skips, saying why, where ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryAt } from '../src/lib/data/country-lookup.ts';
import { draftStory } from '../src/lib/draft/draft-story.ts';
import { haversineKm } from '../src/lib/geoparse/haversine.ts';
import { geoparse, mentionRecord } from '../src/lib/geoparse/index.ts';
import { scoreDocuments } from '../src/lib/geoparse/score.ts';
import { loadGazetteer } from '../scripts/geoparse-gazetteer.ts';

const CORPORA = ['../shared/corpora/lgl.jsonl', '../shared/corpora/geowebnews-dev.jsonl'];
const ARTICLE = '../shared/articles/npr-2024-09-30-israel-lebanon-ground-offensive.txt';
const SEED = 'geodata/stories/npr-2024-09-30-israel-lebanon-ground-offensive/places.geojson';
const present = CORPORA.every(existsSync) && existsSync(ARTICLE);
if (!present)
  console.warn('geoparse corpora tests skipped: ../shared/corpora or ../shared/articles is absent');

/** Tolerance by the curated place's precision: a city point, or a region's label anchor. */
const TOLERANCE_KM = { exact: 10, near: 25, area: 60, region: 150 } as const;

describe.skipIf(!present)('the geoparser on ../shared', () => {
  const gazetteer = loadGazetteer();

  it('stays above a sanity floor on the first 60 documents of each corpus', () => {
    for (const file of CORPORA) {
      const docs = readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .slice(0, 60)
        .map((l) => JSON.parse(l));
      const score = scoreDocuments(
        docs.map((d) => ({
          corpus: d.corpus,
          gold: d.toponyms,
          predicted: geoparse(d.text, gazetteer).mentions.map(mentionRecord),
        })),
        countryAt,
      );
      expect(score.f1, file).toBeGreaterThan(0.75);
      expect(score.accuracy161, file).toBeGreaterThan(0.85);
    }
  });

  it('drafts the seed article with the curated places, its days and attributions', () => {
    const text = readFileSync(ARTICLE, 'utf8');
    const draft = draftStory({
      text,
      gazetteer,
      published: '2024-09-30',
      outlet: 'NPR',
      url: 'https://www.npr.org/',
      countryAt,
    });
    const seed = JSON.parse(readFileSync(SEED, 'utf8')) as {
      features: {
        id: string;
        geometry: { coordinates: [number, number] };
        properties: { precision: keyof typeof TOLERANCE_KM };
      }[];
    };
    const expected = [
      'tel-aviv',
      'israel',
      'lebanon',
      'southern-lebanon',
      'northern-israel',
      'central-israel',
      'gaza',
      'new-york',
      'yemen',
      'iran',
      'iraq',
      'syria',
      'middle-east',
    ];
    for (const id of expected) {
      const curated = seed.features.find((f) => f.id === id);
      expect(curated, id).toBeDefined();
      const tolerance = TOLERANCE_KM[curated!.properties.precision];
      const near = draft.places.features.some(
        (f) => haversineKm(f.geometry.coordinates, curated!.geometry.coordinates) <= tolerance,
      );
      expect(near, `${id} within ${tolerance} km`).toBe(true);
    }
    const events = draft.places.features.flatMap((f) => f.properties.events);
    const dated = (words: string) => events.find((e) => e.dateText === words)?.date;
    expect(dated('On Saturday')).toBe('2024-09-28');
    expect(dated('On Sunday')).toBe('2024-09-29');
    const claimants = events.flatMap((e) => e.claims.map((c) => c.by));
    for (const by of [
      'the Israeli military',
      "Lebanon's Health Ministry",
      'The senior U.S. official, told NPR',
      'Israeli security analysts',
    ]) {
      expect(claimants, by).toContain(by);
    }
    expect(draft.meta.distances[0]?.stated).toMatchObject({
      value: 1000,
      unit: 'mi',
      qualifier: 'more-than',
    });
  });
});
