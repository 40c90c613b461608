/**
 * The embed's side of the conversation with its host page: reports the figure's height (one
 * height, whatever is selected or loading) and the reader's selections, and hands on the
 * host's requests. Only
 * the parent window is listened to; heights and place ids are not secrets, so they are
 * posted to any origin (a sandboxed host's origin reads as "null").
 */
import { FIGURE_HEIGHT_PX } from './figure.ts';
import {
  ampEmbedSize,
  parseHostMessage,
  type AmpEmbedSize,
  type FrameMessage,
  type HostMessage,
} from './messages.ts';

export interface HostConnection {
  /** Tells the host which place the reader selected (null: none). */
  select(place: string | null): void;
  /** Stops listening and reporting. */
  close(): void;
}

export function connectToHost(onMessage: (message: HostMessage) => void): HostConnection | null {
  if (window.parent === window) return null;
  const post = (message: FrameMessage | AmpEmbedSize) => window.parent.postMessage(message, '*');

  // The figure fills whatever height its frame has; it asks for the one it is designed for
  // (old embed code may carry another), once, so the article never shifts.
  post({ type: 'dateline:height', height: FIGURE_HEIGHT_PX });
  // The same for AMP's <amp-iframe resizable>, which sizes its frame from this request.
  post(ampEmbedSize(FIGURE_HEIGHT_PX));

  const receive = (event: MessageEvent) => {
    if (event.source !== window.parent) return;
    const message = parseHostMessage(event.data);
    if (message) onMessage(message);
  };
  window.addEventListener('message', receive);

  return {
    select: (place) => post({ type: 'dateline:select', place }),
    close: () => window.removeEventListener('message', receive),
  };
}
