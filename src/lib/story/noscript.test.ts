import { describe, expect, it } from 'vitest';
import { sampleStory } from '../../testing/sample-story.ts';
import { noscriptHtml } from './noscript.ts';

describe('noscriptHtml', () => {
  const story = sampleStory();
  story.meta.headline = 'Strikes <script>alert(1)</script> & "more"';
  story.places.features[0]!.properties.events = [
    {
      id: 'e',
      date: '2024-09-29',
      datePrecision: 'day',
      dateText: 'Sunday',
      what: 'A strike <b>here</b>.',
      claims: [{ by: 'X', says: 'Y' }],
    },
  ];
  const html = noscriptHtml(story, { dataUrl: 'data/', picture: { width: 960, height: 600 } });

  it('shows the picture with the places in its text alternative', () => {
    expect(html).toContain('<img src="data/sample/picture.svg"');
    expect(html).toMatch(/alt="Map of the places in [^"]*: alpha, beta, band"/);
  });

  it('lists what happened where, as text', () => {
    expect(html).toContain(
      '<li><strong>alpha</strong>: Sunday: A strike &lt;b&gt;here&lt;/b&gt;.</li>',
    );
  });

  it('never lets story text become markup', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('Strikes &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;');
  });
});
