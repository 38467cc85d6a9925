import type { Reply } from '../../dialogs/renderReplies';
import { fileRequest } from '../support/fileRequest';
import { useTeamsTestApp } from '../support/startTeamsTestApp';
import type { StubConnector } from '../support/stubConnector';
import type { TestApp } from '../support/startTestApp';
import { TEST_TENANT_ID, teamsActivity } from '../teams/teamsActivity';

/** A request filed from Teams, then an update pushed into the same personal conversation, through the stub connector. */
describe('proactive messages to the parent’s Teams conversation', () => {
  const useTeams = useTeamsTestApp();
  let teams: ReturnType<typeof useTeams>;
  let connector: StubConnector;
  let t: TestApp;
  beforeAll(() => {
    teams = useTeams();
    ({ connector, t } = teams);
  });

  const newConversation = () => ({ ...(teamsActivity('x').conversation as { id: string }), conversationType: 'personal', tenantId: TEST_TENANT_ID });
  let conversation = newConversation();
  beforeEach(() => {
    conversation = newConversation();
  });
  const say = async (value: Record<string, unknown>): Promise<Reply[]> => {
    const before = connector.delivered().length;
    expect(await teams.post(teamsActivity(connector.serviceUrl, { conversation, text: '', value }))).toBe(200);
    const messages = connector.delivered().slice(before).filter((p) => p.activity.type === 'message' && p.activity.channelData);
    return messages.map((p) => {
      const channelData = p.activity.channelData as { step: Reply['step']; enrolment?: Reply['enrolment'] };
      return { text: String(p.activity.text ?? ''), step: channelData.step, ...(channelData.enrolment ? { enrolment: channelData.enrolment } : {}) };
    });
  };

  test('keeps the conversation at filing (without the person’s ids) and posts the update into it', async () => {
    const reference = await fileRequest(say);
    const kept = await t.app.followUp.conversations.list(reference);
    expect(kept).toEqual([{ channelId: 'msteams', serviceUrl: connector.serviceUrl, conversationId: conversation.id, tenantId: TEST_TENANT_ID, botId: '28:berceau-test-bot', keptAt: expect.any(String) }]);
    expect(JSON.stringify(kept)).not.toMatch(/29:1parent|0f4c6f1e|Camille/);

    const before = connector.posts.length;
    const outcomes = await t.app.notifier.notify({ id: `renewal-reminder:${reference}:1`, reference, kind: 'renewal-reminder', chatText: `Votre demande ${reference} doit être renouvelée avant le 15 mars 2027.` });
    expect(outcomes.map((o) => `${o.channel}:${o.status}`)).toEqual(['email:not-applicable', 'teams:sent', 'webchat:queued']);
    const [post] = connector.posts.slice(before);
    expect(post).toMatchObject({ conversationId: conversation.id, status: 200, authorization: 'Bearer outbound' });
    expect(post?.activity).toMatchObject({ type: 'message', text: `Votre demande ${reference} doit être renouvelée avant le 15 mars 2027.`, channelData: { step: 'follow-up', update: { id: `renewal-reminder:${reference}:1`, kind: 'renewal-reminder', reference } } });
  });

  test('a refusal by the connector is reported as failed, and nothing else is posted (no apology)', async () => {
    const reference = await fileRequest(say);
    connector.refuseNext(1, 403);
    const before = connector.posts.length;
    const outcomes = await t.app.notifier.notify({ id: `offer:${reference}:1`, reference, kind: 'offer', chatText: 'Une place vous est proposée.' });
    expect(outcomes.find((o) => o.channel === 'teams')).toMatchObject({ status: 'failed', errorName: expect.any(String) });
    expect(connector.posts.slice(before).map((p) => p.status)).toEqual([403]);
  });
});
