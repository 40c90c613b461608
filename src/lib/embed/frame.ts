/**
 * The embed's side of the conversation with its host page: reports the document's height
 * whenever it changes and the reader's selections, and hands on the host's requests. Only
 * the parent window is listened to; heights and place ids are not secrets, so they are
 * posted to any origin (a sandboxed host's origin reads as "null").
 */
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

  let lastHeight = -1;
  const reportHeight = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight) return;
    post({ type: 'dateline:height', height: (lastHeight = height) });
    post(ampEmbedSize(height));
  };
  const observer = new ResizeObserver(reportHeight);
  observer.observe(document.documentElement);
  reportHeight();

  const receive = (event: MessageEvent) => {
    if (event.source !== window.parent) return;
    const message = parseHostMessage(event.data);
    if (message) onMessage(message);
  };
  window.addEventListener('message', receive);

  return {
    select: (place) => post({ type: 'dateline:select', place }),
    close: () => {
      observer.disconnect();
      window.removeEventListener('message', receive);
    },
  };
}
