/**
 * JSON.parse that says where a syntax error is, by line and column, in any Node version:
 * V8's messages give a character offset in some versions, a snippet in others, and
 * nothing usable in some, so on failure a small scanner walks the text to the first error.
 */

export type ParsedJson =
  { ok: true; value: unknown } | { ok: false; message: string; line: number; column: number };

/**
 * Parses `text` (a leading byte-order mark is ignored, as editors hide it).
 *
 * @example parseJson('{\n  "a": }') // { ok: false, message: 'expected a value', line: 2, column: 8 }
 * @see https://www.rfc-editor.org/rfc/rfc8259 (the grammar the scanner follows)
 */
export function parseJson(text: string): ParsedJson {
  const source = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (error) {
    const found = firstSyntaxError(source) ?? {
      offset: 0,
      message: error instanceof Error ? error.message : String(error),
    };
    const before = source.slice(0, found.offset).split('\n');
    return {
      ok: false,
      message: found.message,
      line: before.length,
      column: (before.at(-1)?.length ?? 0) + 1,
    };
  }
}

interface SyntaxError {
  offset: number;
  message: string;
}

/** The offset and nature of the first syntax error in `text`, or null if there is none. */
function firstSyntaxError(text: string): SyntaxError | null {
  let i = 0;
  const fail = (message: string, at = i): never => {
    throw { offset: at, message } satisfies SyntaxError;
  };
  const describe = () => (i >= text.length ? 'the end of the file' : JSON.stringify(text[i]));
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(`expected a value, found ${describe()}`);
  };
  const string = () => {
    const start = i;
    i++; // the opening quote
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail('a control character (such as a line break) inside a string');
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('a bad \\u escape');
          i += 5;
          continue;
        }
        if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail('a bad escape in a string');
      }
      i++;
    }
    if (i >= text.length) fail('a string that is never closed', start);
    i++; // the closing quote
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) fail(`expected a value, found ${describe()}`);
    i += (match as RegExpExecArray)[0].length;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    fail(`expected a value, found ${describe()}`);
  };
  const object = () => {
    i++;
    space();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      space();
      if (text[i] !== '"') fail(`expected a "quoted" property name, found ${describe()}`);
      string();
      space();
      if (text[i] !== ':') fail(`expected ':' after the property name, found ${describe()}`);
      i++;
      value();
      space();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      fail(`expected ',' or '}', found ${describe()}`);
    }
  };
  const array = () => {
    i++;
    space();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      value();
      space();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      fail(`expected ',' or ']', found ${describe()}`);
    }
  };

  try {
    value();
    space();
    if (i < text.length) fail(`unexpected ${describe()} after the end of the JSON value`);
    return null;
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'offset' in error)
      return error as SyntaxError;
    throw error;
  }
}
