import fc from 'fast-check';
import { TEAMS_SEND_WINDOWS, computeNextSendTime, createConversationPacer, type SendWindow } from '../../src/channels/createConversationPacer';

function respectsWindows(schedule: number[], windows: readonly SendWindow[]): boolean {
  return windows.every((w) => schedule.every((start) => schedule.filter((t) => t >= start && t < start + w.windowMs).length <= w.max));
}

describe('computeNextSendTime', () => {
  const windowsArb = fc.array(fc.record({ windowMs: fc.integer({ min: 10, max: 2_000 }), max: fc.integer({ min: 1, max: 8 }) }), { minLength: 1, maxLength: 4 });
  const gapsArb = fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 80 });

  it('never schedules a send that would exceed a window, and never before it is asked for', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant([...TEAMS_SEND_WINDOWS]), windowsArb), gapsArb, (windows, gaps) => {
        const schedule: number[] = [];
        let now = 0;
        for (const gap of gaps) {
          now += gap;
          const slot = computeNextSendTime(schedule, now, windows);
          if (slot < now || slot < (schedule.at(-1) ?? 0)) return false;
          schedule.push(slot);
        }
        return respectsWindows(schedule, windows);
      }),
    );
  });

  it('delays a send only as long as a window requires', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant([...TEAMS_SEND_WINDOWS]), windowsArb), gapsArb, (windows, gaps) => {
        const schedule: number[] = [];
        let now = 0;
        for (const gap of gaps) {
          now += gap;
          const slot = computeNextSendTime(schedule, now, windows);
          const earliest = Math.max(now, schedule.at(-1) ?? now);
          if (slot > earliest && respectsWindows([...schedule, slot - 1], windows)) return false;
          schedule.push(slot);
        }
        return true;
      }),
    );
  });

  it('stays strictly below each published Teams limit during a long burst in one conversation', () => {
    const published: SendWindow[] = [
      { windowMs: 1_000, max: 7 },
      { windowMs: 2_000, max: 8 },
      { windowMs: 30_000, max: 60 },
      { windowMs: 3_600_000, max: 1_800 },
    ];
    const schedule: number[] = [];
    for (let i = 0; i < 1_900; i += 1) schedule.push(computeNextSendTime(schedule, 0, TEAMS_SEND_WINDOWS));

    expect(respectsWindows(schedule, published.map((w) => ({ ...w, max: w.max - 1 })))).toBe(true);
    expect(schedule.at(-1)).toBeGreaterThanOrEqual(3_600_000);
  });
});

describe('createConversationPacer', () => {
  function fakeClock() {
    let now = 0;
    const waits: number[] = [];
    return {
      now: () => now,
      sleep: async (ms: number) => {
        waits.push(ms);
        now += ms;
      },
      waits,
    };
  }

  it('lets the first six replies of a conversation leave at once and holds the seventh for a second', async () => {
    const clock = fakeClock();
    const pacer = createConversationPacer({ now: clock.now, sleep: clock.sleep });

    for (let i = 0; i < 7; i += 1) await pacer.waitForSlot('a:1conversation');

    expect(clock.waits).toEqual([1_000]);
  });

  it('does not hold a conversation back because another one is busy', async () => {
    const clock = fakeClock();
    const pacer = createConversationPacer({ now: clock.now, sleep: clock.sleep });
    for (let i = 0; i < 6; i += 1) await pacer.waitForSlot('a:1first');

    await pacer.waitForSlot('a:1second');

    expect(clock.waits).toEqual([]);
  });

  it('orders concurrent callers of one conversation by reserving their slots when they ask', async () => {
    const clock = fakeClock();
    const asked: number[] = [];
    const pacer = createConversationPacer({
      windows: [{ windowMs: 100, max: 1 }],
      now: clock.now,
      sleep: async (ms) => {
        asked.push(ms);
      },
    });

    await Promise.all([pacer.waitForSlot('c'), pacer.waitForSlot('c'), pacer.waitForSlot('c')]);

    expect(asked).toEqual([100, 200]);
  });
});
