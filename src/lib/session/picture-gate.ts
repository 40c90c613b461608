/**
 * The still picture paints first. The basemap and the story's work wait at this gate, which
 * opens once the picture is done (painted, failed, or not shown at all) or once MapLibre's
 * chunk has come, whichever is sooner (MapArea.svelte): work before the first paint would
 * hold it up, but once the live map can be built, holding anything back only keeps the
 * reader waiting for it. A wait opens the gate anyway where the browser never says (a frame
 * the host keeps off screen is not painted).
 */
export interface PictureGate {
  /** Resolves once the picture is done or the wait is over, whichever comes first. */
  readonly open: Promise<void>;
  /** The picture is done (on screen, failed, or not to be shown), or no longer waited for. */
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
