/**
 * The story's lists (the distances the article states, the rings, the steps) as the editor
 * changes them: a new item made from the story's places, one item changed, one moved.
 */
import type { MetaInput } from './document.ts';

export type DistanceInput = NonNullable<MetaInput['distances']>[number];
export type RingInput = NonNullable<MetaInput['rings']>[number];
export type StepInput = NonNullable<MetaInput['steps']>[number];
export type Unit = RingInput['radius']['unit'];

/** The units of a stated figure or a radius, in the order the editor offers them. */
export const UNITS = ['mi', 'km'] as const satisfies readonly Unit[];

/**
 * A new stated distance from the story's first place to its last, for the person to correct;
 * null when the story has no place to measure from.
 *
 * @example newDistance('distance-1', ['gaza', 'tel-aviv'])?.to // 'tel-aviv'
 */
export function newDistance(id: string, places: readonly string[]): DistanceInput | null {
  const [first] = places;
  if (first === undefined) return null;
  return {
    id,
    from: first,
    fromPart: 'point',
    to: places.at(-1) ?? first,
    stated: { value: 1, unit: 'mi', qualifier: 'about', text: '' },
  };
}

/** A new ring of 100 km round the story's first place; null when the story has no place. */
export function newRing(id: string, places: readonly string[]): RingInput | null {
  const [first] = places;
  if (first === undefined) return null;
  return {
    id,
    around: first,
    aroundPart: 'point',
    radius: { value: 100, unit: 'km' },
    label: '100 km',
  };
}

/** A new step, empty: its title, text and places are the person's to write. */
export function newStep(id: string): StepInput {
  return { id, title: '', text: '', places: [] };
}

/** The list with the item at `index` changed by `patch`; the others as they were. */
export function patchAt<Item>(items: readonly Item[], index: number, patch: Partial<Item>): Item[] {
  return items.map((item, i) => (i === index ? { ...item, ...patch } : item));
}

/** The list with the item at `index` one place earlier (the first stays first). */
export function movedEarlier<Item>(items: readonly Item[], index: number): Item[] {
  const order = [...items];
  if (index < 1 || index >= order.length) return order;
  [order[index - 1], order[index]] = [order[index] as Item, order[index - 1] as Item];
  return order;
}

/** `ids` with `id` among them (added last) or not, as `member` says; the rest in order. */
export function withMember(ids: readonly string[], id: string, member: boolean): string[] {
  if (!member) return ids.filter((other) => other !== id);
  return ids.includes(id) ? [...ids] : [...ids, id];
}
