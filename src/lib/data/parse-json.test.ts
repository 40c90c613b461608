import { describe, expect, it } from 'vitest';
import { parseJson } from './parse-json.ts';

describe('parseJson', () => {
  it.each([
    {
      text: '{"a": [1, 2.5e3, -0, true, false, null, "x\\n\\u00e9"]}',
      value: { a: [1, 2500, -0, true, false, null, 'x\né'] },
    },
    { text: '\uFEFF{"a": 1}', value: { a: 1 } },
    { text: '  []  ', value: [] },
  ])('parses $text', ({ text, value }) => {
    expect(parseJson(text)).toEqual({ ok: true, value });
  });

  it.each([
    { text: '{\n  "a": }', line: 2, column: 8, message: 'expected a value, found "}"' },
    {
      text: '{\n  "a": 1\n  "b": 2\n}',
      line: 3,
      column: 3,
      message: `expected ',' or '}', found "\\""`,
    },
    {
      text: '{\n  "a": 1,\n}',
      line: 3,
      column: 1,
      message: 'expected a "quoted" property name, found "}"',
    },
    {
      text: "{'a': 1}",
      line: 1,
      column: 2,
      message: `expected a "quoted" property name, found "'"`,
    },
    {
      text: '[1, 2',
      line: 1,
      column: 6,
      message: `expected ',' or ']', found the end of the file`,
    },
    { text: '{"a": "b', line: 1, column: 7, message: 'a string that is never closed' },
    {
      text: '{"a": "b\nc"}',
      line: 1,
      column: 9,
      message: 'a control character (such as a line break) inside a string',
    },
    { text: '[01]', line: 1, column: 3, message: `expected ',' or ']', found "1"` },
    {
      text: '{} {}',
      line: 1,
      column: 4,
      message: 'unexpected "{" after the end of the JSON value',
    },
    { text: '', line: 1, column: 1, message: 'expected a value, found the end of the file' },
    { text: '[tru]', line: 1, column: 2, message: 'expected a value, found "t"' },
  ])('finds "$message" at $line:$column in $text', ({ text, line, column, message }) => {
    expect(parseJson(text)).toEqual({ ok: false, line, column, message });
  });
});
