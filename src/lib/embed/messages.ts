/**
 * The message protocol between an embedded map and the page around it (docs/embedding.md).
 * Messages are plain objects whose `type` starts with `dateline:`; anything else is ignored.
 */
import { isSlug } from '../data/schema.ts';
import type { Units } from '../geo/types.ts';

/** From the host page to the map. */
export type HostMessage =
  | { type: 'dateline:focus'; place: string }
  | { type: 'dateline:reset' }
  | { type: 'dateline:units'; units: Units };

/** From the map to the host page. */
export type FrameMessage =
  { type: 'dateline:height'; height: number } | { type: 'dateline:select'; place: string | null };

/**
 * What AMP's `<amp-iframe resizable>` listens for to size its frame: the embed sends it with
 * its height, so an AMP page sizes the map as `embed.js` does elsewhere (AMP may defer the
 * change while the frame is on screen, and answers `embed-size-changed` or `-denied`).
 *
 * @see https://amp.dev/documentation/components/amp-iframe (resizable iframes)
 */
export interface AmpEmbedSize {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

export function ampEmbedSize(height: number): AmpEmbedSize {
  return { sentinel: 'amp', type: 'embed-size', height };
}

/** The host's message if it is one of ours and well formed, else null. */
export function parseHostMessage(data: unknown): HostMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  switch (message.type) {
    case 'dateline:focus':
      return typeof message.place === 'string' && isSlug(message.place)
        ? { type: 'dateline:focus', place: message.place }
        : null;
    case 'dateline:reset':
      return { type: 'dateline:reset' };
    case 'dateline:units':
      return message.units === 'mi' || message.units === 'km'
        ? { type: 'dateline:units', units: message.units }
        : null;
    default:
      return null;
  }
}
