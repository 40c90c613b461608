/**
 * The still picture paints first. MapLibre (most of the download), the basemap and the
 * story's work wait at this gate, which opens once the picture is on screen, or after a
 * moment if it is not coming (a slow or failed picture must not hold the live map back).
 */
export interface PictureGate {
  /** Resolves once the picture has painted or the wait is over, whichever comes first. */
  readonly open: Promise<void>;
  /** The picture has painted. */
  painted(): void;
}

/** How long the live map waits for the still picture before it starts anyway. */
export const PICTURE_WAIT_MS = 300;

export function pictureGate(
  waitMs: number = PICTURE_WAIT_MS,
  later: (run: () => void, ms: number) => unknown = setTimeout,
): PictureGate {
  let painted: () => void = () => {};
  const open = new Promise<void>((resolve) => {
    painted = resolve;
    later(resolve, waitMs);
  });
  return { open, painted: () => painted() };
}
