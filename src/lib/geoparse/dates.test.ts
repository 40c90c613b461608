import { describe, expect, it } from 'vitest';
import { resolveDates } from './dates.ts';

describe('resolveDates against publication on Monday 30 Sep 2024', () => {
  it.each([
    { text: 'On Saturday, the Houthis launched a missile.', date: '2024-09-28', precision: 'day' },
    { text: 'On Sunday, jets flew.', date: '2024-09-29', precision: 'day' },
    {
      text: 'the military said late Monday.',
      date: '2024-09-30',
      precision: 'day',
      words: 'late Monday',
    },
    { text: 'after the Oct. 7 assault', date: '2023-10-07', precision: 'day' },
    { text: 'on March 16 the council met', date: '2024-03-16', precision: 'day' },
    {
      text: 'attacks in recent weeks',
      date: '2024-09-10',
      dateEnd: '2024-09-30',
      precision: 'week',
    },
    {
      text: 'killed 1,000 in less than two weeks',
      date: '2024-09-17',
      dateEnd: '2024-09-30',
      precision: 'week',
    },
    { text: 'Earlier in the day, he spoke.', date: '2024-09-30', precision: 'day' },
  ])('$text → $date', ({ text, words, ...expected }) => {
    const [first] = resolveDates(text, '2024-09-30');
    expect(first).toMatchObject({ ...expected, afterPublication: false });
    if (words) expect(first?.text).toBe(words);
    expect(text.slice(first?.start, first?.end)).toBe(first?.text);
  });

  it.each([
    {
      text: 'Israel said it would widen the operation on 5 October.',
      date: '2024-10-05',
      after: true,
    },
    { text: 'The council will vote on Saturday.', date: '2024-10-05', after: true },
    { text: 'They plan to meet on Monday.', date: '2024-09-30', after: false },
    // The future is another clause's: the date is the Sunday past.
    { text: 'The army, which will look into it, said on Sunday', date: '2024-09-29', after: false },
    {
      text: 'Israel said on Saturday it would widen the operation',
      date: '2024-09-28',
      after: false,
    },
    { text: 'since the Oct. 7 attack, which will be remembered', date: '2023-10-07', after: false },
  ])('$text → $date (a clause about the future)', ({ text, date, after }) => {
    expect(resolveDates(text, '2024-09-30')[0]).toMatchObject({ date, afterPublication: after });
  });

  it('flags "next Tuesday" as after publication', () => {
    expect(resolveDates('They will meet next Tuesday.', '2024-09-30')[0]).toMatchObject({
      date: '2024-10-08',
      afterPublication: true,
    });
  });

  it('says when the publication date is not a date', () => {
    expect(() => resolveDates('On Monday.', 'yesterday')).toThrow('"yesterday" is not a date');
  });
});
