import type { TurnContext } from 'botbuilder';
import { startStubConnector, type StubConnector } from '../support/stubConnector';
import { startMessagesHarness } from './messagesHarness';
import { teamsActivity } from './teamsActivity';

let connector: StubConnector;

beforeEach(async () => {
  connector = await startStubConnector();
});

afterEach(async () => {
  await connector.close();
});

describe('replies sent to the Teams connector', () => {
  it('waits for the Retry-After delay and sends the reply again when the connector answers 429', async () => {
    const harness = await startMessagesHarness({});
    // The connector pipeline's wait runs on fake timers (and a fake Date, which the stub stamps posts with); sockets stay real.
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'queueMicrotask'] });
    try {
      connector.refuseNext(1, 429, { 'Retry-After': '1' });

      let settled = false;
      const posted = harness.post(teamsActivity(connector.serviceUrl, { text: 'bonjour' })).finally(() => {
        settled = true;
      });
      while (connector.posts.length < 1) await new Promise((resolve) => setImmediate(resolve));
      for (let waited = 0; waited < 1_500 && connector.posts.length < 2; waited += 50) {
        await jest.advanceTimersByTimeAsync(50);
        for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setImmediate(resolve));
      }
      while (!settled) await new Promise((resolve) => setImmediate(resolve));
      const response = await posted;

      expect(response.status).toBe(200);
      expect(connector.posts.map((p) => p.status)).toEqual([429, 200]);
      const [refused, accepted] = connector.posts;
      expect(accepted!.receivedAt - refused!.receivedAt).toBeGreaterThanOrEqual(1_000);
      expect(connector.delivered()[0]?.activity).toMatchObject({ text: 'reçu : bonjour' });
    } finally {
      jest.useRealTimers();
      await harness.close();
    }
  });

  it('backs off and retries on 412 and on a 429 without Retry-After, which the HTTP pipeline does not retry', async () => {
    const harness = await startMessagesHarness({}, { overrides: { retry: { attempts: 3, baseDelayMs: 20 } } });
    try {
      connector.refuseNext(1, 412);
      connector.refuseNext(1, 429);

      const response = await harness.post(teamsActivity(connector.serviceUrl));

      expect(response.status).toBe(200);
      expect(connector.posts.map((p) => p.status)).toEqual([412, 429, 200]);
      expect(harness.logger.lines.filter((l) => l.event === 'teams.send.retry').map((l) => l.fields.status)).toEqual([412, 429]);
    } finally {
      await harness.close();
    }
  });

  it('tells the person about the incident when a reply still cannot be delivered after the retries', async () => {
    const harness = await startMessagesHarness({}, { overrides: { retry: { attempts: 2, baseDelayMs: 10 } } });
    try {
      connector.refuseNext(3, 412);

      const response = await harness.post(teamsActivity(connector.serviceUrl));

      expect(response.status).toBe(200);
      expect(connector.posts.map((p) => p.status)).toEqual([412, 412, 412, 200]);
      expect(connector.delivered()[0]?.activity.text).toMatch(/problème technique/);
      expect(harness.logger.lines).toContainEqual(expect.objectContaining({ level: 'error', event: 'turn.failed' }));
    } finally {
      await harness.close();
    }
  });

  it('paces a burst of ten replies under Teams limits of 7 per second and 8 per two seconds in one conversation', async () => {
    const burst = {
      async run(context: TurnContext) {
        await context.sendActivities(Array.from({ length: 10 }, (_, i) => ({ type: 'message', text: `réponse ${i + 1}` })));
      },
    };
    const harness = await startMessagesHarness({}, { bot: burst });
    try {
      const response = await harness.post(teamsActivity(connector.serviceUrl));

      expect(response.status).toBe(200);
      const times = connector.delivered().map((p) => p.receivedAt);
      expect(connector.delivered().map((p) => p.activity.text)).toEqual(Array.from({ length: 10 }, (_, i) => `réponse ${i + 1}`));
      expect(maxInWindow(times, 1_000)).toBeLessThanOrEqual(7);
      expect(maxInWindow(times, 2_000)).toBeLessThanOrEqual(8);
    } finally {
      await harness.close();
    }
  });
});

function maxInWindow(times: number[], windowMs: number): number {
  return Math.max(...times.map((start) => times.filter((t) => t >= start && t < start + windowMs).length));
}
