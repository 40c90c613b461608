import { describe, expect, it } from 'vitest';
import { ARTICLE, draftFixture } from '../../testing/editor-fixture.ts';
import { applyEdit } from './edits.ts';
import { markMentions, mentionsOf, sentenceAround } from './mentions.ts';

describe('markMentions', () => {
  it('cuts the text into plain runs and mentions with their review state, covering it whole', () => {
    const doc = applyEdit(draftFixture(), { type: 'review', place: 'beirut', status: 'accepted' });
    const { runs, mismatched } = markMentions(ARTICLE, doc.places.features);
    expect(runs.map((run) => run.text).join('')).toBe(ARTICLE);
    expect(
      runs
        .filter((run) => run.kind === 'mention')
        .map((run) => [run.text, run.kind === 'mention' && run.status]),
    ).toEqual([
      ['TEL AVIV', 'waiting'],
      ['Beirut', 'accepted'],
      ['Lebanon', 'waiting'],
    ]);
    expect(mismatched).toBe(0);
  });

  it.each([
    { name: 'another version of the text', text: `Updated: ${ARTICLE}`, mismatched: 3 },
    { name: 'an empty text', text: '', mismatched: 3 },
  ])('counts the spans that do not match $name', ({ text, mismatched }) => {
    const marked = markMentions(text, draftFixture().places.features);
    expect(marked.mismatched).toBe(mismatched);
    expect(marked.runs.map((run) => run.text).join('')).toBe(text);
  });
});

describe('sentenceAround', () => {
  const text = 'First one. The strike hit Tyre, officials said. Then "quiet." Last\nline here';
  it.each([
    { word: 'Tyre', expected: 'The strike hit Tyre, officials said.' },
    { word: 'First', expected: 'First one.' },
    { word: 'quiet', expected: 'Then "quiet."' },
    { word: 'line', expected: 'line here' },
  ])('around "$word"', ({ word, expected }) => {
    const start = text.indexOf(word);
    expect(sentenceAround(text, start, start + word.length)).toBe(expected);
  });
});

describe('mentionsOf', () => {
  it.each([
    { name: 'Tyre', text: 'Tyre and Tyre', expected: [0, 9] },
    { name: 'Tyre', text: 'No such city', expected: [] },
    { name: 'Tyre', text: 'tyre, in lower case', expected: [] },
    {
      name: 'Tyre',
      text: 'Tyre '.repeat(25),
      expected: Array.from({ length: 20 }, (_, i) => i * 5),
    },
  ])('finds "$name" in "$text" at $expected', ({ name, text, expected }) => {
    const mentions = mentionsOf(text, name);
    expect(mentions.map((mention) => mention.start)).toEqual(expected);
    for (const mention of mentions) {
      expect(text.slice(mention.start, mention.end)).toBe(name);
      expect(mention.sentence).toBe(0);
    }
  });
});
