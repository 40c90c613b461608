import { describe, expect, it } from 'vitest';
import { sampleStory } from '../../testing/sample-story.ts';
import type { HostMessage } from '../embed/messages.ts';
import { readParams } from '../story/params.ts';
import { ReadingSession } from './session.svelte.ts';

/** A session with the sample story loaded, as `load` leaves it. */
function loadedSession(): ReadingSession {
  const session = new ReadingSession(readParams(''));
  session.story = sampleStory();
  return session;
}

describe('ReadingSession.hear: what the host page asks of an embed', () => {
  it.each<{ message: HostMessage; selected: string | null; units: string; resets: number }>([
    {
      message: { type: 'dateline:focus', place: 'alpha' },
      selected: 'alpha',
      units: 'mi',
      resets: 0,
    },
    {
      message: { type: 'dateline:focus', place: 'nowhere' },
      selected: null,
      units: 'mi',
      resets: 0,
    },
    { message: { type: 'dateline:units', units: 'km' }, selected: null, units: 'km', resets: 0 },
    { message: { type: 'dateline:reset' }, selected: null, units: 'mi', resets: 1 },
  ])('$message.type', ({ message, selected, units, resets }) => {
    const session = loadedSession();
    session.hear(message);
    expect({ selected: session.selected, units: session.units, resets: session.resets }).toEqual({
      selected,
      units,
      resets,
    });
  });

  it('a reset closes the card the host had opened', () => {
    const session = loadedSession();
    session.hear({ type: 'dateline:focus', place: 'alpha' });
    session.hear({ type: 'dateline:reset' });
    expect([session.selected, session.announcement]).toEqual([null, '']);
  });
});

describe('ReadingSession.placeNames', () => {
  it('names the loaded places in order, and nothing before the story', () => {
    const session = new ReadingSession(readParams(''));
    expect(session.placeNames).toBe('');
    session.story = sampleStory();
    expect(session.placeNames).toBe(
      sampleStory()
        .places.features.map((place) => place.properties.name)
        .join(', '),
    );
  });
});
