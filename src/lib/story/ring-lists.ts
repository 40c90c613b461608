/**
 * A range ring's lists as a reader reads them: what lies within reach, what lies on the
 * edge (closer to the radius than the ring is drawn), and what lies beyond, with the parts
 * of places the ring cuts ("northern Yemen" within, "the rest of Yemen" beyond). Places
 * whose point only anchors a label are in no list: nothing about them was measured.
 */
import { strings } from '../i18n/index.ts';
import type { MeasuredRing, PlaceOutline } from './types.ts';

export interface RingLists {
  within: string[];
  edge: string[];
  beyond: string[];
}

export function ringLists(ring: MeasuredRing, places: PlaceOutline[]): RingLists {
  const t = strings.distances;
  const nameOf = (id: string) => places.find((place) => place.id === id)?.properties.name ?? id;
  const lists: RingLists = { within: [], edge: [], beyond: [] };
  for (const member of ring.members) {
    if (member.judgedBy === 'label') continue;
    const name = nameOf(member.place);
    switch (member.standing) {
      case 'within':
        lists.within.push(name);
        break;
      case 'edge':
        lists.edge.push(name);
        break;
      case 'beyond':
        lists.beyond.push(name);
        break;
      case 'partly':
        lists.within.push(
          t.partOf(name, member.partWithin ? t.direction[member.partWithin] : undefined),
        );
        lists.beyond.push(t.restOf(name));
    }
  }
  return lists;
}
