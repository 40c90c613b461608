/**
 * What the measuring tool holds, shared by its panel (MeasurePanel.svelte) and its layer on
 * the map (MeasureLayer.svelte): the two ends, the ring, the city it is all carried to, and
 * the geometry derived from them, computed once for both.
 */
import { distanceText } from '../text/format.ts';
import type * as MeasureGeometry from '../geo/measure.ts';
import type { MovedRing } from '../geo/measure.ts';
import type { MeasureDrawing, MeasureEnd } from '../map/measure-layers.ts';
import { strings } from '../i18n/index.ts';

export class MeasureState {
  /**
   * The geometry (rings need turf), loaded when the tool first opens so that it costs the
   * first view nothing; until then nothing is measured or drawn.
   */
  geometry = $state.raw<typeof MeasureGeometry | null>(null);
  /** True while the next clicks on the map set A, then B (and select no place). */
  picking = $state(false);
  a = $state<MeasureEnd | null>(null);
  b = $state<MeasureEnd | null>(null);
  /** The place the ring is drawn round, or null for no ring. */
  ringAround = $state<MeasureEnd | null>(null);
  ringRadiusKm = $state(1609.344);
  /** The city the ring and the line are carried to ("the same distance from home"). */
  home = $state<MeasureEnd | null>(null);

  measured = $derived(
    this.geometry && this.a && this.b
      ? this.geometry.measureBetween(this.a.lngLat, this.b.lngLat)
      : null,
  );
  ring = $derived(
    this.ringAround ? ringOrNull(this.geometry, this.ringAround, this.ringRadiusKm) : null,
  );
  movedRing = $derived(
    this.ringAround && this.home ? ringOrNull(this.geometry, this.home, this.ringRadiusKm) : null,
  );
  /** Why the ring cannot be drawn, when it cannot. */
  ringProblem = $derived(
    this.geometry && this.ringAround && !this.ring ? strings.measure.ringTooWide : null,
  );
  movedLine = $derived(
    this.geometry && this.a && this.b && this.home
      ? this.geometry.moveLine([this.a.lngLat, this.b.lngLat], this.home.lngLat)
      : null,
  );
  /** Loads the geometry, once. */
  async load(): Promise<void> {
    this.geometry ??= await import('../geo/measure.ts');
  }

  drawing: MeasureDrawing = $derived({
    a: this.a,
    b: this.b,
    measured: this.measured,
    ring: this.ring,
    home: this.home,
    movedRing: this.movedRing,
    movedLine: this.movedLine,
    label: this.measured ? distanceText(this.measured.km, 'both') : '',
  });
}

function ringOrNull(
  geometry: typeof MeasureGeometry | null,
  center: MeasureEnd,
  radiusKm: number,
): MovedRing | null {
  if (!geometry || !(radiusKm > 0)) return null;
  try {
    return geometry.moveRing(center.lngLat, radiusKm);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}
