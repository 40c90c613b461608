/**
 * The geoparser on the real gazetteer, for what a made-up one cannot show.
 *
 * Where it puts a part of a country ("northwestern Syria"): near a city that GeoNames files
 * in that part (the city's point is the gazetteer's own, so no coordinate is typed in here).
 * Each bound is about twice today's distance; the points before corners took their ninth
 * (compassParts) were 93–1,143 km off.
 */
import { describe, expect, it } from 'vitest';
import { countryAt } from '../src/lib/data/country-lookup.ts';
import { draftStory } from '../src/lib/draft/draft-story.ts';
import { haversineKm } from '../src/lib/geoparse/haversine.ts';
import { geoparse } from '../src/lib/geoparse/index.ts';
import { loadGazetteer } from '../scripts/geoparse-gazetteer.ts';

describe('a country’s parts in the gazetteer', () => {
  const gazetteer = loadGazetteer({ tail: false });
  const pointOf = (text: string) => geoparse(text, gazetteer).mentions[0]?.lngLat;

  it.each([
    // phrase, a city in that part, at most km (today's distance; before)
    ['northwestern Syria', 'Aleppo', 50], // 6; 93
    ['northeastern Syria', 'Al-Hasakah', 60], // 22; 84
    ['northeastern Nigeria', 'Maiduguri', 80], // 29; 239
    ['northwestern Iran', 'Tabriz', 250], // 139; 405
    ['northeastern Afghanistan', 'Fayzabad', 100], // 49; 166
    ['northeastern India', 'Guwahati', 500], // 355; 693
    ['northeastern Brazil', 'Fortaleza', 800], // 532; 1,143
    ['southeastern Australia', 'Melbourne', 600], // 452; 712
    ['southern Lebanon', 'Nabatieh', 30], // 13; 13 (a side: its third, as before)
  ] as const)('%s lies near %s (within %i km)', (phrase, city, km) => {
    const part = pointOf(`Fighting in ${phrase} went on.`);
    const near = pointOf(`They went to ${city} today.`);
    if (!part || !near) throw new Error(`no point for "${phrase}" or "${city}"`);
    expect(haversineKm(part, near)).toBeLessThanOrEqual(km);
  });

  it('drafts a part at its point, citing the shape it was found in', () => {
    const text = 'BEIRUT — Shelling in northwestern Syria went on, residents said on Monday.';
    const { places } = draftStory({
      text,
      gazetteer,
      published: '2024-09-30',
      outlet: 'Test',
      countryAt,
    });
    const part = places.features.find((f) => f.properties.mention === 'northwestern Syria');
    expect(part?.geometry.coordinates).toEqual(pointOf(text.slice(text.indexOf('Shelling'))));
    expect(part?.properties).toMatchObject({ kind: 'region', precision: 'region', country: 'SY' });
    expect(part?.properties.location.source.name).toMatch(
      /Natural Earth.*SY: a point in the northwest/,
    );
  });
});

describe('namesakes in the real gazetteer, core and tail', () => {
  const gazetteer = loadGazetteer();
  const chosen = (text: string, name: string) =>
    geoparse(text, gazetteer).mentions.find((m) => m.text === name)?.candidates[0]?.place;

  it.each([
    // GeoNames files Harare under its colonial name too; the English city bears it as its own.
    ['Britain accused Russia over the poisoning of a spy in Salisbury.', 'Salisbury', 'GB'],
    // Washington, D.C. bears "Washington" as its own name, before the small Washingtons.
    ['Officials in Washington and Moscow traded words.', 'Washington, D.C.', 'US'],
  ])('%s → %s (%s)', (text, name, country) => {
    const place = chosen(text, name.split(',')[0] ?? name);
    expect([place?.name, place?.country]).toEqual([name, country]);
  });

  // The Census spells it "De Soto"; with the parish named, its seat is Mansfield, Louisiana.
  it('reads "DeSoto Parish" as the Census’s De Soto Parish, Louisiana', () => {
    const text = 'In Mansfield, a member of the DeSoto Parish jury spoke.';
    const parish = chosen(text, 'DeSoto Parish');
    expect([parish?.name, parish?.admin1]).toEqual(['De Soto Parish', 'LA']);
    expect(chosen(text, 'Mansfield')?.admin1).toBe('LA');
  });
});

describe('plain words inside longer names, in the real gazetteer', () => {
  const gazetteer = loadGazetteer();
  const named = (text: string) =>
    geoparse(text, gazetteer).mentions.map((m) => `${m.text}: ${m.candidates[0]?.place.country}`);

  it.each([
    // An institution's or a place's longer name holds the plain word, not a place of its own.
    ['He was held at the No. 2 Detention Centre in Tianjin.', ['Tianjin: CN']],
    ['The expo opened at the Dubai World Trade Centre.', ['Dubai: AE']],
    ['She studied at the University of Alberta.', ['Alberta: CA']],
    ['A fire broke out on Fire Island.', []],
    ['He was sent to the Central Mental Hospital in Dublin.', ['Dublin: IE']],
    ['Leaders met at the Summit of the Americas in Lima.', ['Lima: PE']],
    // Towns whose names are plain words, named as towns, stay.
    ['Fans at Nice Airport waited.', ['Nice: FR']],
    ['In Nice the sun shone.', ['Nice: FR']],
    ['He moved to Mobile last year.', ['Mobile: US']],
    ['The Turkey Hill plant closed.', ['Turkey: TR']],
    ['Iceland froze.', ['Iceland: IS']],
    // A British spelling is a plain word inside a longer name only: Tyre needs no cue.
    ['The convoy left Tyre at dawn.', ['Tyre: LB']],
  ])('%s → %j', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});

describe('regions war news names, kept in regions.ts', () => {
  const gazetteer = loadGazetteer({ tail: false });
  const places = (text: string) =>
    geoparse(text, gazetteer).mentions.map((m) => m.candidates[0]?.place.name);

  it.each([
    ['Shelling hit the Golan Heights on Monday.', ['Golan Heights']],
    ['Rebels in eastern Ghouta surrendered, near Damascus.', ['Ghouta', 'Damascus']],
    // A surname, not the heights.
    ['Yair Golan said the army was ready.', []],
  ])('%s → %j', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});
