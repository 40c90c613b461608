/**
 * Dateline host script: sizes the article's Dateline maps and links the article's text to
 * them (docs/embedding.md). Plain JS, no build step, no dependencies; load it once with
 * `<script src=".../embed.js" defer></script>` or at the end of `<body>`.
 *
 * - `<iframe data-dateline src=".../embed.html?story=...">` marks a map. Maps may be added
 *   at any time: each message is matched to its frame when it arrives.
 * - `data-dateline-place="<place id>"` on any element (usually `<a href="#map">`) makes it
 *   select that place on the map; `data-dateline-target="<iframe id>"` picks the map, else
 *   the page's first one. Elements that are not links or buttons become focusable buttons.
 * - Each map fires a bubbling `dateline:select` CustomEvent on its iframe, `detail.place`
 *   being the place id the reader selected or null, and linked text for the selected place
 *   gets a `data-dateline-selected` attribute (for styling).
 * - `window.Dateline.focus(place, iframe?)`, `.reset(iframe?)`, `.units('mi' | 'km', iframe?)`,
 *   where `iframe` is an element or its id.
 */
(() => {
  if (window.Dateline) return;

  const FRAMES = 'iframe[data-dateline]';
  const LINKED = '[data-dateline-place]';
  const isPlace = (place) => typeof place === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(place);
  /** Frames that have spoken: their map listens, so messages to them are not lost. */
  const spoke = new WeakSet();
  /** What was asked of a frame before it spoke, by message type; sent again when it does. */
  const pending = new WeakMap();

  const frames = () => [...document.querySelectorAll(FRAMES)];

  /** The map an element or id names, or the page's first map. */
  const frameOf = (target) => {
    if (target == null) return frames()[0] || null;
    const frame = typeof target === 'string' ? document.getElementById(target) : target;
    return frame instanceof HTMLIFrameElement && frame.matches(FRAMES) ? frame : null;
  };

  /**
   * Where a message to the frame may go: its document's origin. A frame sandboxed without
   * allow-same-origin, or one without an http(s) URL, has an opaque origin ("null"), which
   * only "*" reaches; the map's messages carry nothing secret.
   */
  const originOf = (frame) => {
    const opaque = frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin');
    const origin = new URL(frame.src, location.href).origin;
    return opaque || origin === 'null' ? '*' : origin;
  };

  const post = (frame, message) => frame.contentWindow?.postMessage(message, originOf(frame));

  /**
   * Whether the frame holds its page yet rather than the first about:blank (posting to that
   * would be dropped with a console error). Another origin's page cannot be read: null.
   */
  const loaded = (frame) => {
    const doc = frame.contentDocument;
    return !doc || doc.URL !== 'about:blank';
  };

  const send = (frame, message) => {
    if (!frame) return;
    if (spoke.has(frame)) return post(frame, message);
    // The map may still be starting: keep the request until it speaks (its first height).
    if (!pending.has(frame)) pending.set(frame, new Map());
    pending.get(frame).set(message.type, message);
    if (loaded(frame)) post(frame, message);
  };

  /**
   * Scrolls the map into view unless it is all on screen: the map is a figure no taller than
   * a screen, and the place's card may sit at its foot.
   */
  const reveal = (frame) => {
    const box = frame.getBoundingClientRect();
    if (box.top >= 0 && box.bottom <= innerHeight) return;
    frame.scrollIntoView({
      behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
      block: box.height > innerHeight ? 'start' : 'nearest',
    });
  };

  const linkedTo = (frame) =>
    [...document.querySelectorAll(LINKED)].filter((element) => {
      const id = element.getAttribute('data-dateline-target');
      return id ? id === frame.id : frame === frames()[0];
    });

  addEventListener('message', (event) => {
    const frame = frames().find((candidate) => candidate.contentWindow === event.source);
    const data = event.data;
    if (!frame || !data || !/^dateline:/.test(data.type)) return;
    if (!spoke.has(frame)) {
      spoke.add(frame);
      for (const message of pending.get(frame)?.values() ?? []) post(frame, message);
      pending.delete(frame);
    }
    if (data.type === 'dateline:height') {
      const height = data.height;
      if (typeof height === 'number' && height >= 0 && height < 1e5) {
        frame.style.height = `${Math.ceil(height)}px`;
      }
    } else if (data.type === 'dateline:select') {
      const place = data.place;
      if (place !== null && !isPlace(place)) return;
      for (const element of linkedTo(frame)) {
        element.toggleAttribute(
          'data-dateline-selected',
          element.getAttribute('data-dateline-place') === place,
        );
      }
      frame.dispatchEvent(new CustomEvent('dateline:select', { detail: { place }, bubbles: true }));
    }
  });

  const isNative = (element) => element.matches('a[href], area[href], button, input, summary');

  const activate = (event, element) => {
    const place = element.getAttribute('data-dateline-place');
    const frame = frameOf(element.getAttribute('data-dateline-target'));
    if (!frame || !isPlace(place)) return;
    event.preventDefault();
    send(frame, { type: 'dateline:focus', place });
    reveal(frame);
  };

  addEventListener('click', (event) => {
    const element = event.target instanceof Element && event.target.closest(LINKED);
    // A click with a modifier key or another button keeps its usual meaning (new tab, …).
    const modified =
      event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (element && !modified && !event.defaultPrevented) activate(event, element);
  });

  addEventListener('keydown', (event) => {
    const element = event.target instanceof Element && event.target.closest(LINKED);
    if (!element || isNative(element) || event.defaultPrevented) return;
    if (event.key === 'Enter' || event.key === ' ') activate(event, element);
  });

  /** Linked text that is not a link or a button is made reachable by keyboard. */
  const upgrade = (root) => {
    const found = root.matches(LINKED) ? [root] : [];
    for (const element of [...found, ...root.querySelectorAll(LINKED)]) {
      if (isNative(element)) continue;
      if (!element.hasAttribute('tabindex')) element.tabIndex = 0;
      if (!element.hasAttribute('role')) element.setAttribute('role', 'button');
    }
  };
  const start = () => {
    upgrade(document.documentElement);
    new MutationObserver((changes) => {
      for (const change of changes) {
        for (const node of change.addedNodes) if (node instanceof Element) upgrade(node);
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();

  const to = (iframe, message) => {
    const frame = frameOf(iframe);
    if (!frame)
      throw new Error(`Dateline: no map iframe[data-dateline] ${iframe ?? 'on the page'}`);
    send(frame, message);
  };
  window.Dateline = Object.freeze({
    focus(place, iframe) {
      if (!isPlace(place)) throw new TypeError(`Dateline.focus: "${place}" is not a place id`);
      to(iframe, { type: 'dateline:focus', place });
    },
    reset: (iframe) => to(iframe, { type: 'dateline:reset' }),
    units(units, iframe) {
      if (units !== 'mi' && units !== 'km') throw new TypeError('Dateline.units: "mi" or "km"');
      to(iframe, { type: 'dateline:units', units });
    },
  });
})();
