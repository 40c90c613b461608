/**
 * Shorter SVG path data for the still picture. d3 writes every vertex as an absolute
 * `Lx,y`; written as the step from the vertex before, with one `l` for a whole run, the
 * picture's coastlines and borders take about a third fewer bytes, and the picture is on the
 * first view's critical path.
 */

/**
 * `d` with its line-tos relative. Path data holding anything but M, L and Z with whole-number
 * coordinates (what d3 writes with `digits(0)`) comes back unchanged: steps between fractions
 * would carry rounding errors.
 */
export function relativePathData(d: string): string {
  if (/[^MLZ\d\s,-]/.test(d)) return d;
  let out = '';
  let letter = '';
  const write = (command: string, numbers: number[]) => {
    if (command !== letter || command !== 'l') out += command;
    letter = command;
    for (const value of numbers) {
      // A minus sign separates a number from the one before it; else a space does.
      if (/\d$/.test(out) && value >= 0) out += ' ';
      out += String(value);
    }
  };
  let [x, y, startX, startY] = [0, 0, 0, 0];
  for (const [, command, body] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    const numbers = (body!.match(/-?\d+/g) ?? []).map(Number);
    if (command === 'Z') {
      if (numbers.length > 0) return d;
      write('z', []);
      [x, y] = [startX, startY];
      continue;
    }
    if (numbers.length === 0 || numbers.length % 2 !== 0) return d;
    for (let i = 0; i < numbers.length; i += 2) {
      const [nextX, nextY] = [numbers[i]!, numbers[i + 1]!];
      if (command === 'M' && i === 0) {
        write('M', [nextX, nextY]);
        [startX, startY] = [nextX, nextY];
      } else {
        write('l', [nextX - x, nextY - y]);
      }
      [x, y] = [nextX, nextY];
    }
  }
  return out;
}
