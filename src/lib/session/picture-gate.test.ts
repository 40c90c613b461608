import { describe, expect, it } from 'vitest';
import { pictureGate } from './picture-gate.ts';

/** A clock the test moves by hand: `later` only records what it is asked to run. */
function manualClock() {
  const due: { run: () => void; at: number }[] = [];
  let now = 0;
  return {
    later: (run: () => void, ms: number) => due.push({ run, at: now + ms }),
    advance(ms: number) {
      now += ms;
      for (const timer of due.filter((item) => item.at <= now)) timer.run();
    },
  };
}

/** Whether the gate is open after the microtasks that follow `act` have run. */
async function openAfter(gate: { open: Promise<void> }, act: () => void): Promise<boolean> {
  let opened = false;
  void gate.open.then(() => (opened = true));
  act();
  await Promise.resolve();
  await Promise.resolve();
  return opened;
}

describe('pictureGate', () => {
  it.each([
    { case: 'the picture is done before the wait is over', done: true, waited: 100, open: true },
    { case: 'the wait is over without a picture', done: false, waited: 300, open: true },
    { case: 'neither yet', done: false, waited: 299, open: false },
  ])('opens when $case: $open', async ({ done, waited, open }) => {
    const clock = manualClock();
    const gate = pictureGate(300, clock.later);
    const opened = await openAfter(gate, () => {
      clock.advance(waited);
      if (done) gate.done();
    });
    expect(opened).toBe(open);
  });

  it('stays open when the picture is done after the wait, and done twice is harmless', async () => {
    const clock = manualClock();
    const gate = pictureGate(300, clock.later);
    clock.advance(300);
    gate.done();
    gate.done();
    await expect(gate.open).resolves.toBeUndefined();
  });
});
