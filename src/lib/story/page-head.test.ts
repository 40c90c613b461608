import { describe, expect, it } from 'vitest';
import { sampleStory } from '../../testing/sample-story.ts';
import { oembedResponse } from '../embed/oembed.ts';
import { titleLines } from '../map/picture/social-card.ts';
import { newsArticleJsonLd } from './json-ld.ts';
import { storyHeadHtml, storyUrls } from './page-head.ts';
import type { CompiledStory, StoryIndexEntry } from './types.ts';

const SITE = 'https://maps.example.org/dateline/';

function developing(): CompiledStory {
  const story = sampleStory();
  story.meta.changes = [
    { type: 'correction', date: '2024-10-01T14:05:00Z', text: 'Moved the port.' },
    { type: 'update', date: '2024-10-02T09:20:00Z', text: 'Added a place.' },
  ];
  return story;
}
const entry = (story: CompiledStory, versions?: StoryIndexEntry['versions']): StoryIndexEntry => ({
  id: story.id,
  ...story.meta,
  bounds: story.bounds,
  padding: { top: 24, right: 24, bottom: 24, left: 24 },
  ...(versions ? { versions } : {}),
});

describe('newsArticleJsonLd', () => {
  const urls = storyUrls(SITE, 'sample');
  it.each([
    {
      name: 'a story with versions: first and latest versions’ moments',
      versions: [
        { version: 1, published: '2024-10-01T12:00:00Z' },
        { version: 2, published: '2024-10-02T09:30:00Z' },
      ],
      expected: { datePublished: '2024-10-01T12:00:00Z', dateModified: '2024-10-02T09:30:00Z' },
    },
    {
      name: 'a story without: the article’s day and the last entry’s moment',
      versions: undefined,
      expected: { datePublished: '2024-09-30', dateModified: '2024-10-02T09:20:00Z' },
    },
  ])('$name', ({ versions, expected }) => {
    const jsonLd = newsArticleJsonLd({
      story: developing(),
      versions,
      pageUrl: urls.page,
      imageUrl: urls.socialPicture,
    });
    expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', ...expected, url: urls.page });
  });

  it('lists only corrections as CorrectionComments, and none when there are none', () => {
    const options = { pageUrl: urls.page, imageUrl: urls.socialPicture };
    expect(newsArticleJsonLd({ story: developing(), ...options })).toMatchObject({
      correction: [
        {
          '@type': 'CorrectionComment',
          text: 'Moved the port.',
          datePublished: '2024-10-01T14:05:00Z',
        },
      ],
    });
    expect(newsArticleJsonLd({ story: sampleStory(), ...options })).not.toHaveProperty(
      'correction',
    );
  });
});

describe('storyHeadHtml', () => {
  const story = developing();
  story.meta.headline = 'A "quoted" </script> headline';
  const html = storyHeadHtml({ story, entry: entry(story), site: SITE });

  it('names the page, the social picture and the oEmbed response, absolute', () => {
    expect(html).toContain(
      '<link rel="canonical" href="https://maps.example.org/dateline/sample.html" />',
    );
    expect(html).toContain(
      '<meta property="og:image" content="https://maps.example.org/dateline/data/sample/social.png" />',
    );
    expect(html).toContain(
      'type="application/json+oembed" href="https://maps.example.org/dateline/data/sample/oembed.json"',
    );
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
    // The rest of X's card comes from the Open Graph tags, not written twice.
    expect(html).not.toMatch(/twitter:(title|description|image")/);
  });

  it('escapes the data in attributes, and keeps the JSON-LD inert', () => {
    expect(html).toContain('content="A &quot;quoted&quot; &lt;/script&gt; headline"');
    const script = html.split('\n').find((line) => line.startsWith('<script'))!;
    expect(script.match(/<\/script>/g)).toHaveLength(1);
    const json = script
      .replace(/^<script type="application\/ld\+json">/, '')
      .replace(/<\/script>$/, '');
    expect(JSON.parse(json).headline).toBe('A "quoted" </script> headline');
  });
});

describe('oembedResponse', () => {
  it('is a rich response whose html is the share dialog’s snippet for the latest version', () => {
    const response = oembedResponse({
      base: SITE,
      story: { id: 'sample', headline: 'A story', outlet: 'Outlet', url: 'https://example.org/a' },
      thumbnail: { url: `${SITE}data/sample/social.png`, width: 1200, height: 630 },
    });
    expect(response).toMatchObject({ type: 'rich', version: '1.0', width: 640, height: 560 });
    expect(response.html).toContain(
      'src="https://maps.example.org/dateline/embed.html?story=sample"',
    );
    expect(response.html).not.toContain('version=');
    expect(response.html).toContain(
      '<script src="https://maps.example.org/dateline/embed.js" defer>',
    );
  });
});

describe('titleLines', () => {
  it.each([
    { headline: 'Short', lines: 1 },
    { headline: 'Israel launches a limited ground offensive in southern Lebanon', lines: 2 },
    { headline: 'word '.repeat(60).trim(), lines: 2 },
  ])('wraps "$headline" to at most two lines', ({ headline, lines }) => {
    const wrapped = titleLines(headline);
    expect(wrapped).toHaveLength(lines);
    if (headline.length > 200) expect(wrapped.at(-1)).toMatch(/…$/);
  });
});
