import { describe, expect, it } from 'vitest';
import { MAX_UNDO, record, redo, seal, startHistory, undo, type History } from './history.ts';

type Step =
  { op: 'record'; value: string; key?: string } | { op: 'undo' } | { op: 'redo' } | { op: 'seal' };

function run(steps: Step[]): History<string> {
  return steps.reduce<History<string>>((history, step) => {
    if (step.op === 'record') return record(history, step.value, step.key ?? null);
    if (step.op === 'undo') return undo(history);
    if (step.op === 'redo') return redo(history);
    return seal(history);
  }, startHistory('a'));
}

describe('history', () => {
  it.each<{ name: string; steps: Step[]; present: string; past: string[]; future: string[] }>([
    { name: 'nothing done', steps: [], present: 'a', past: [], future: [] },
    {
      name: 'two edits',
      steps: [
        { op: 'record', value: 'b' },
        { op: 'record', value: 'c' },
      ],
      present: 'c',
      past: ['a', 'b'],
      future: [],
    },
    {
      name: 'an undo',
      steps: [{ op: 'record', value: 'b' }, { op: 'undo' }],
      present: 'a',
      past: [],
      future: ['b'],
    },
    {
      name: 'undo then redo',
      steps: [{ op: 'record', value: 'b' }, { op: 'undo' }, { op: 'redo' }],
      present: 'b',
      past: ['a'],
      future: [],
    },
    {
      name: 'an edit after an undo drops the redo',
      steps: [{ op: 'record', value: 'b' }, { op: 'undo' }, { op: 'record', value: 'c' }],
      present: 'c',
      past: ['a'],
      future: [],
    },
    {
      name: 'undo with nothing to undo',
      steps: [{ op: 'undo' }],
      present: 'a',
      past: [],
      future: [],
    },
    {
      name: 'redo with nothing to redo',
      steps: [{ op: 'redo' }],
      present: 'a',
      past: [],
      future: [],
    },
    {
      name: 'typing in one field is one step',
      steps: [
        { op: 'record', value: 'b', key: 'f' },
        { op: 'record', value: 'bc', key: 'f' },
        { op: 'record', value: 'bcd', key: 'f' },
      ],
      present: 'bcd',
      past: ['a'],
      future: [],
    },
    {
      name: 'another field is another step',
      steps: [
        { op: 'record', value: 'b', key: 'f' },
        { op: 'record', value: 'c', key: 'g' },
      ],
      present: 'c',
      past: ['a', 'b'],
      future: [],
    },
    {
      name: 'leaving the field ends the step',
      steps: [
        { op: 'record', value: 'b', key: 'f' },
        { op: 'seal' },
        { op: 'record', value: 'c', key: 'f' },
      ],
      present: 'c',
      past: ['a', 'b'],
      future: [],
    },
    {
      name: 'an undo ends the step too',
      steps: [
        { op: 'record', value: 'b', key: 'f' },
        { op: 'record', value: 'c', key: 'f' },
        { op: 'undo' },
        { op: 'record', value: 'd', key: 'f' },
      ],
      present: 'd',
      past: ['a'],
      future: [],
    },
  ])('$name', ({ steps, present, past, future }) => {
    const history = run(steps);
    expect(history.present).toBe(present);
    expect(history.past).toEqual(past);
    expect(history.future).toEqual(future);
  });

  it('records nothing for an edit that changed nothing', () => {
    const history = startHistory('a');
    expect(record(history, 'a')).toBe(history);
  });

  it(`keeps the last ${MAX_UNDO} steps`, () => {
    let history = startHistory('0');
    for (let i = 1; i <= MAX_UNDO + 10; i++) history = record(history, String(i));
    expect(history.past).toHaveLength(MAX_UNDO);
    expect(history.past[0]).toBe('10');
  });
});
