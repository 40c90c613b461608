/**
 * The seed story passes its own standards sheet (`npm run review`): no validator errors, and
 * every flag explained by a note in the data. A data check, since reviewing compiles the
 * story, rings and all, which takes seconds.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../scripts/review.ts';

const SEED = 'geodata/stories/npr-2024-09-30-israel-lebanon-ground-offensive';

function run(...args: string[]): { status: number; output: string } {
  const printed: string[] = [];
  const status = main(args, (text) => printed.push(text));
  return { status, output: printed.join('\n') };
}

describe('the seed story’s standards sheet', { timeout: 180_000 }, () => {
  it('passes the seed story: no errors, and every flag explained by a note in the data', () => {
    const { status, output } = run(SEED);
    expect(status).toBe(0);
    expect(output).toMatch(
      /\*\*Errors \(the validator\): 0\. To look at: \d+ \(.*not explained: 0\)\.\*\*/,
    );
    // What the sheet is for: each line with who says so, each point with its source and the
    // gazetteer's match of its name, each ring membership with its margin.
    expect(output).toContain('- Who says so: Lebanon’s Health Ministry; Israel’s military');
    expect(output).toMatch(
      /\| Port of Hodeidah \| 42\.9301, 14\.8411 \| near \| .* \| Al Ḩudaydah \(GeoNames 79415\), 5\.5 km \|/,
    );
    expect(output).toMatch(
      /\| Yemen \| shape \| partly \(the north-west\) \| 1582\.2 \| 2760\.0 \| \+27\.1 \/ −1150\.7 \|/,
    );
    expect(output).toMatch(/\| Ras Kathib power station \| point \| beyond \| 1802\.8 \|/);
  });
});
