import type { Activity } from 'botbuilder';
import { request } from 'undici';
import { startTestApp, type TestApp } from '../support/startTestApp';

/** A Web Chat-like channel talking to `/api/messages` with `deliveryMode: expectReplies` (auth disabled, loopback). */
describe('POST /api/messages with expectReplies, sessions in a real Redis', () => {
  let t: TestApp;
  let base: string;
  let n = 0;
  beforeAll(async () => {
    t = await startTestApp({ redis: true });
    base = `http://127.0.0.1:${await t.app.start(0, '127.0.0.1')}`;
  });
  afterAll(async () => {
    await t.stop();
    await t.cleanup();
  });

  const post = async (conversation: string, message: { text?: string; value?: unknown }) => {
    n += 1;
    const activity = {
      type: 'message',
      id: `m${n}`,
      channelId: 'directline',
      serviceUrl: 'http://127.0.0.1:9/unused',
      deliveryMode: 'expectReplies',
      conversation: { id: conversation },
      from: { id: 'parent-1', role: 'user' },
      recipient: { id: 'berceau', role: 'bot' },
      locale: 'fr-FR',
      ...message,
    };
    const response = await request(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    const body = (await response.body.json()) as { activities: Activity[] };
    return { status: response.statusCode, activities: body.activities };
  };

  test('answers "bonjour" with the welcome, the first question and its Adaptive Card', async () => {
    const { status, activities } = await post('http-1', { text: 'bonjour' });
    expect(status).toBe(200);
    expect(activities[0]?.text).toContain('Je vous aide à demander une place en crèche');
    expect(activities[0]?.text).toContain('dpo-petite-enfance@demo.berceau.example');
    const question = activities[activities.length - 1];
    expect(question?.channelData).toEqual({ step: 'parent' });
    expect(question?.attachments?.[0]).toMatchObject({ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', version: '1.5' } });
  });

  test('carries a whole enrolment by card values to its reference', async () => {
    const values = [
      { step: 'parent', givenName: 'Amina', familyName: 'Diallo', email: 'amina@exemple.fr', phone: '+33 7 11 22 33 44' },
      { step: 'child', status: 'born', givenName: 'Sacha', birthDate: '2026-06-02' },
      { step: 'care', startDate: '2027-01-04', kind: 'occasional' },
      { step: 'facilities', choice1: 'assistantes-belleville' },
      { step: 'consent', accept: false },
      { step: 'resources', annualResourcesEuros: '0', dependentChildren: '1', aeehChildren: '0' },
      { step: 'tax', accept: false },
    ];
    await post('http-2', { text: 'bonjour' });
    for (const value of values) {
      const { activities } = await post('http-2', { value });
      expect(activities[activities.length - 1]?.channelData).not.toEqual({ step: value.step });
    }
    const { activities } = await post('http-2', { value: { step: 'summary', submit: true } });
    const receipt = activities[activities.length - 1];
    expect(receipt?.channelData).toMatchObject({ step: 'submitted', enrolment: { reference: expect.stringMatching(/^CRE-2026-\d{6}$/), feeBasis: 'declared', monthlyEstimate: null } });
    expect(JSON.stringify(receipt?.attachments)).toMatch(/Tarif estimé\u202f: 0,42\s€ de l’heure, facturé selon les heures réalisées/);
  });

  test('refuses a body that is not an activity with 400, without running a turn', async () => {
    const response = await request(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ hello: 'world' }) });
    expect(response.statusCode).toBe(400);
    await response.body.dump();
  });

  test('reports liveness and readiness with the store and its persistence', async () => {
    const health = await request(`${base}/healthz`);
    expect(health.statusCode).toBe(200);
    await health.body.dump();
    const ready = await request(`${base}/readyz`);
    expect(ready.statusCode).toBe(200);
    const body = (await ready.body.json()) as { store: string; persistence: string; warnings: string[] };
    expect(body.store).toBe('redis');
    expect(['aof', 'rdb', 'none', 'unknown']).toContain(body.persistence);
    if (body.persistence === 'none') expect(body.warnings[0]).toContain('appendonly');
  });
});
