import { describe, expect, it } from 'vitest';
import { findAttributions } from './attribution.ts';

describe('findAttributions', () => {
  it.each([
    {
      sentence: '"It is a threat," the Israeli military said on social media.',
      by: 'the Israeli military',
    },
    {
      sentence: "Strikes killed 1,000 people, according to Lebanon's Health Ministry.",
      by: "Lebanon's Health Ministry",
    },
    {
      sentence: 'The senior U.S. official told NPR that troops will go.',
      by: 'The senior U.S. official',
      to: 'NPR',
    },
    {
      sentence:
        'A Lebanese army official, who asked not to be identified, told NPR this was a redeployment.',
      by: 'A Lebanese army official',
      to: 'NPR',
    },
    {
      sentence: 'Earlier in the day, Hezbollah’s deputy leader, Naim Kassem, said they were ready.',
      by: 'Naim Kassem',
    },
    {
      sentence: 'Israeli security analysts said the campaign was a message.',
      by: 'Israeli security analysts',
    },
    { sentence: '“Everything is on the table,” the official said.', by: 'the official' },
  ])('$by', ({ sentence, by, to }) => {
    const [first] = findAttributions(sentence);
    expect(first?.by).toBe(by);
    expect(first?.to).toBe(to);
    expect(sentence.slice(first?.start, first?.end)).toBe(first?.text);
  });

  it('finds none where nobody is said to say anything', () => {
    expect(findAttributions('The tank moved north of the border.')).toEqual([]);
  });
});
