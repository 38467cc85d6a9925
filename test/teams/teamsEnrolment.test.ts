import { useTeamsTestApp } from '../support/startTeamsTestApp';
import type { StubConnector } from '../support/stubConnector';
import type { TestApp } from '../support/startTestApp';
import { TEST_TENANT_ID, teamsActivity } from './teamsActivity';

/** A whole enrolment from Teams: authenticated /api/messages, the real bot, replies to a stub connector. */
describe('an enrolment in Microsoft Teams', () => {
  const useTeams = useTeamsTestApp();
  let teams: ReturnType<typeof useTeams>;
  let connector: StubConnector;
  let t: TestApp;
  beforeAll(() => {
    teams = useTeams();
    ({ connector, t } = teams);
  });

  const post = (activity: Record<string, unknown>) => teams.post(activity);

  test('completes with a reference, from text with mentions and HTML and from card submits, replying to each activity', async () => {
    const conversation = teamsActivity(connector.serviceUrl).conversation as { id: string };
    const say = async (message: Record<string, unknown>) => {
      const before = connector.delivered().length;
      const activity = teamsActivity(connector.serviceUrl, { conversation: { ...conversation, conversationType: 'personal', tenantId: TEST_TENANT_ID }, ...message });
      expect(await post(activity)).toBe(200);
      const replies = connector.delivered().slice(before);
      for (const reply of replies) expect(reply.replyToId).toBe(activity.id);
      return replies.map((r) => r.activity) as Array<{ text?: string; channelData?: { step?: string; enrolment?: { reference: string } } }>;
    };
    expect(await post(teamsActivity(connector.serviceUrl, { type: 'conversationUpdate', text: undefined, conversation: { ...conversation, conversationType: 'personal' }, membersAdded: [{ id: '28:berceau-test-bot' }] }))).toBe(200);
    expect(connector.delivered().some((p) => String(p.activity.text).includes('Je vous aide à demander une place en crèche'))).toBe(true);
    expect((await say({ text: '<at>Berceau</at> <p>Marie Dupont, marie.dupont@exemple.fr, 06&nbsp;12&nbsp;34&nbsp;56&nbsp;78</p>' })).at(-1)?.channelData?.step).toBe('child');
    expect((await say({ text: '', value: { step: 'child', status: 'expected', expectedDate: '2027-03-15' } })).at(-1)?.channelData?.step).toBe('care');
    expect((await say({ text: 'à partir du 1er septembre 2027, du lundi au jeudi de 8h30 à 17h' })).at(-1)?.channelData?.step).toBe('facilities');
    expect((await say({ text: '', value: { step: 'facilities', choice1: 'maison-bleue' } })).at(-1)?.channelData?.step).toBe('consent');
    expect((await say({ text: 'non merci' })).at(-1)?.channelData?.step).toBe('resources');
    expect((await say({ text: '', value: { step: 'resources', annualResourcesEuros: 52000, dependentChildren: 3, aeehChildren: 1 } })).at(-1)?.channelData?.step).toBe('tax');
    expect((await say({ text: 'non' })).at(-1)?.channelData?.step).toBe('summary');
    const receipt = (await say({ text: '', value: { step: 'summary', submit: true } })).at(-1);
    expect(receipt?.channelData?.enrolment?.reference).toMatch(/^CRE-2026-\d{6}$/);
    const stored = await t.app.enrolments.get(receipt?.channelData?.enrolment?.reference ?? '');
    expect(JSON.stringify(stored)).not.toContain('0f4c6f1e-8d3b-4c1e-9a50-6b1f0e7a2c11');
  });

  test('answers a group chat with a pointer to a private chat and asks nothing', async () => {
    const before = connector.delivered().length;
    expect(await post(teamsActivity(connector.serviceUrl, { conversationType: 'groupChat', text: '<at>Berceau</at> bonjour' }))).toBe(200);
    const replies = connector.delivered().slice(before);
    expect(replies).toHaveLength(1);
    expect(String(replies[0]?.activity.text)).toContain('écrivez-moi en privé');
  });

  test('backs off and retries when the connector answers 429, and the reply arrives', async () => {
    connector.refuseNext(1, 429, { 'Retry-After': '1' });
    const before = connector.delivered().length;
    expect(await post(teamsActivity(connector.serviceUrl, { text: 'bonjour' }))).toBe(200);
    expect(connector.delivered().length).toBeGreaterThan(before);
  });

  test('never runs a turn without a valid token', async () => {
    const before = connector.posts.length;
    const response = await fetch(`${teams.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(teamsActivity(connector.serviceUrl)) });
    expect(response.status).toBe(401);
    expect(connector.posts.length).toBe(before);
  });
});
