/**
 * The still picture paints first. The live map, the basemap and the story's work wait at
 * this gate, which opens once the picture is done: painted, failed, or not shown at all. On
 * a slow machine the first paint can take most of a second, and building the map before it
 * would hold it up further (MapLibre's chunk downloads meanwhile). A wait opens the gate
 * anyway where the browser never says (a frame the host keeps off screen is not painted).
 */
export interface PictureGate {
  /** Resolves once the picture is done or the wait is over, whichever comes first. */
  readonly open: Promise<void>;
  /** The picture is done: on screen, failed, or not to be shown. */
  done(): void;
}

/** How long the live map waits for the still picture at most. */
export const PICTURE_WAIT_MS = 1000;

export function pictureGate(
  waitMs: number = PICTURE_WAIT_MS,
  later: (run: () => void, ms: number) => unknown = setTimeout,
): PictureGate {
  let done: () => void = () => {};
  const open = new Promise<void>((resolve) => {
    done = resolve;
    later(resolve, waitMs);
  });
  return { open, done: () => done() };
}
