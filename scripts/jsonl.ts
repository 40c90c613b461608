/** Reading JSON Lines files with errors that name the file and the line. */
import { existsSync } from 'node:fs';

/** Every non-empty line of a JSON Lines file, parsed; throws naming the line that is not JSON. */
export function readJsonLines(
  file: string,
  read: (path: string, encoding: 'utf8') => string,
): { line: number; value: unknown }[] {
  if (!existsSync(file)) throw new Error(`${file}: no such file`);
  const rows: { line: number; value: unknown }[] = [];
  read(file, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      if (text.trim() === '') return;
      try {
        rows.push({ line: i + 1, value: JSON.parse(text) });
      } catch {
        throw new Error(`${file}:${i + 1}: is not a JSON document`);
      }
    });
  return rows;
}
