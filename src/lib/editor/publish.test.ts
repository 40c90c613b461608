import { describe, expect, it } from 'vitest';
import { validateStory } from '../data/validate.ts';
import { draftFixture } from '../../testing/editor-fixture.ts';
import type { EditorDocument, ReviewStatus } from './document.ts';
import { applyEdit } from './edits.ts';
import { publishStory, readerForm } from './publish.ts';

function reviewed(decisions: Record<string, ReviewStatus>): EditorDocument {
  return Object.entries(decisions).reduce(
    (doc, [place, status]) => applyEdit(doc, { type: 'review', place, status }),
    draftFixture(),
  );
}

describe('readerForm', () => {
  it.each<{
    name: string;
    decisions: Record<string, ReviewStatus>;
    places: string[];
    related: string[] | undefined;
    distances: number;
    rings: number;
    problems: number;
  }>([
    {
      name: 'everything accepted',
      decisions: { beirut: 'accepted', 'tel-aviv': 'accepted', lebanon: 'accepted' },
      places: ['beirut', 'tel-aviv', 'lebanon'],
      related: ['tel-aviv'],
      distances: 1,
      rings: 1,
      problems: 0,
    },
    {
      name: 'a rejected place and what names it go',
      decisions: { lebanon: 'rejected' },
      places: ['beirut', 'tel-aviv'],
      related: ['tel-aviv'],
      distances: 0,
      rings: 1,
      problems: 0,
    },
    {
      name: 'a rejected place named by an event',
      decisions: { 'tel-aviv': 'rejected' },
      places: ['beirut', 'lebanon'],
      related: undefined,
      distances: 0,
      rings: 1,
      problems: 1,
    },
    {
      name: 'a rejected place with a ring',
      decisions: { beirut: 'rejected' },
      places: ['tel-aviv', 'lebanon'],
      related: undefined,
      distances: 1,
      rings: 0,
      problems: 0,
    },
  ])('$name', ({ decisions, places, related, distances, rings, problems }) => {
    const form = readerForm(reviewed(decisions));
    expect(form.places.features.map((p) => p.id)).toEqual(places);
    expect(
      form.places.features.find((p) => p.id === 'beirut')?.properties.events[0]?.related,
    ).toEqual(related);
    expect(form.meta.distances).toHaveLength(distances);
    expect(form.meta.rings).toHaveLength(rings);
    expect(form.problems).toHaveLength(problems);
    expect(form.places.features.every((p) => p.properties.review === undefined)).toBe(true);
    expect(form.meta.status).toBeUndefined();
  });
});

describe('publishStory', () => {
  it.each<{ name: string; decisions: Record<string, ReviewStatus>; reason: RegExp }>([
    {
      name: 'places still waiting',
      decisions: { beirut: 'accepted' },
      reason: /2 places await review: Tel Aviv, Lebanon/,
    },
    {
      name: 'the dateline rejected',
      decisions: { beirut: 'accepted', 'tel-aviv': 'rejected', lebanon: 'accepted' },
      reason: /dateline names "tel-aviv"/,
    },
  ])('refuses with $name', ({ decisions, reason }) => {
    const result = publishStory(reviewed(decisions));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reasons.join('\n')).toMatch(reason);
  });

  it('refuses a story the validator rejects, saying where', () => {
    let doc = reviewed({ beirut: 'accepted', 'tel-aviv': 'accepted', lebanon: 'accepted' });
    doc = applyEdit(doc, {
      type: 'set-event',
      place: 'beirut',
      index: 0,
      patch: { date: '2030-01-01' },
    });
    const result = publishStory(doc);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.reasons[0]).toMatch(
        /properties\.events\[0\]\.date: 2030-01-01 is after the story was published/,
      );
  });

  it('publishes a reviewed draft as a story that validates, with no trace of the review', () => {
    const result = publishStory(
      reviewed({ beirut: 'accepted', 'tel-aviv': 'accepted', lebanon: 'rejected' }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(validateStory({ storyId: 'test-story', files: result.files }).ok).toBe(true);
    expect(result.files['places.geojson']).not.toContain('"review"');
    expect(result.files['story.json']).not.toContain('"status"');
  });
});
