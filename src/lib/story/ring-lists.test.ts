import { describe, expect, it } from 'vitest';
import { sampleStory } from '../../testing/sample-story.ts';
import { ringLists } from './ring-lists.ts';
import type { RingMember } from './types.ts';

function listsFor(members: RingMember[]) {
  const story = sampleStory();
  const ring = { ...story.rings[0]!, members };
  return ringLists(ring, story.places.features);
}

const measured = { nearestKm: 10, farthestKm: 20 };

describe('ringLists', () => {
  it.each([
    {
      name: 'a place wholly within, one on the edge, one beyond',
      members: [
        { place: 'alpha', judgedBy: 'point', standing: 'within', ...measured },
        { place: 'beta', judgedBy: 'point', standing: 'edge', ...measured },
        { place: 'band', judgedBy: 'shape', standing: 'beyond', ...measured },
      ] as RingMember[],
      expected: { within: ['alpha'], edge: ['beta'], beyond: ['band'] },
    },
    {
      name: 'a place cut by the ring, in both lists, with the side its part lies on',
      members: [
        {
          place: 'band',
          judgedBy: 'shape',
          standing: 'partly',
          partWithin: 'north',
          ...measured,
        },
      ] as RingMember[],
      expected: { within: ['northern band'], edge: [], beyond: ['the rest of band'] },
    },
    {
      name: 'a place cut mostly within: no side to name',
      members: [
        { place: 'band', judgedBy: 'shape', standing: 'partly', ...measured },
      ] as RingMember[],
      expected: { within: ['part of band'], edge: [], beyond: ['the rest of band'] },
    },
    {
      name: 'a label point: in no list',
      members: [{ place: 'alpha', judgedBy: 'label' }] as RingMember[],
      expected: { within: [], edge: [], beyond: [] },
    },
  ])('$name', ({ members, expected }) => {
    expect(listsFor(members)).toEqual(expected);
  });
});
