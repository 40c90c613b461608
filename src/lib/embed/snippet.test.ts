import { describe, expect, it } from 'vitest';
import { embedCode } from './snippet.ts';

describe('embedCode', () => {
  const code = embedCode({
    base: 'https://maps.example.org/dateline/',
    state: { story: 'npr-story', place: 'hodeidah-port', units: 'km' },
    title: 'Israel "strikes" <Yemen> & more',
  });

  it('links the full page with the same state', () => {
    expect(code.link).toBe(
      'https://maps.example.org/dateline/?story=npr-story&place=hodeidah-port&units=km',
    );
  });

  it.each([
    'src="https://maps.example.org/dateline/embed.html?story=npr-story&amp;place=hodeidah-port&amp;units=km"',
    'title="Map: Israel &quot;strikes&quot; &lt;Yemen&gt; &amp; more"',
    'loading="lazy"',
    'frameborder="0" style="border: 0"',
    'sandbox="allow-scripts allow-same-origin allow-popups"',
    'data-dateline',
    '<script src="https://maps.example.org/dateline/embed.js" defer></script>',
  ])('has %s', (part) => {
    expect(code.html).toContain(part);
  });
});
