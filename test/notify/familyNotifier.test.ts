import type { Mailer } from '../../src/mail/mailer';
import { createMailCatcher } from '../../src/mail/createMailCatcher';
import { createFamilyNotifier } from '../../src/notify/createFamilyNotifier';
import { createMemoryFamilyConversations } from '../../src/notify/createMemoryFamilyConversations';
import { createMemoryWebChatOutbox } from '../../src/notify/createMemoryWebChatOutbox';
import type { ProactiveSender } from '../../src/notify/proactiveSender';

const REFERENCE = 'CRE-2026-000009';
const mail = { to: 'camille.martin@exemple.fr', subject: 'Proposition de place (CRE-2026-000009)', text: 't', html: '<p>t</p>', reference: REFERENCE, kind: 'offer' };
const message = { id: `offer:${REFERENCE}:1`, reference: REFERENCE, kind: 'offer', chatText: 'Une place vous est proposée.', mail };
const kept = (channelId: string) => ({ channelId, serviceUrl: 'https://smba.example/', conversationId: `${channelId}-conv`, botId: 'bot', keptAt: '2026-11-27T09:00:00.000Z' });

describe('the family notifier', () => {
  test('reports one outcome per channel, and one channel failing does not stop the others', async () => {
    const conversations = createMemoryFamilyConversations();
    await conversations.save(REFERENCE, kept('msteams'));
    await conversations.save(REFERENCE, kept('webchat'));
    const failingMailer: Mailer = { kind: 'smtp', send: async () => ({ ok: false, errorName: 'SmtpRejected', permanent: true }), close: async () => {} };
    const teamsSent: string[] = [];
    const teams: ProactiveSender = { send: async (c, m) => (teamsSent.push(`${c.conversationId}:${m.id}`), { ok: true }) };
    const webchat: ProactiveSender = { send: async () => ({ ok: false, errorName: 'ConversationGone' }) };
    const outbox = createMemoryWebChatOutbox();
    const notifier = createFamilyNotifier({ mailer: failingMailer, conversations, outbox, teams, webchat, now: () => new Date('2026-12-01T08:00:00Z') });

    const outcomes = await notifier.notify(message);

    expect(outcomes).toEqual([
      { channel: 'email', status: 'failed', errorName: 'SmtpRejected', permanent: true, at: '2026-12-01T08:00:00.000Z' },
      { channel: 'teams', status: 'sent', at: '2026-12-01T08:00:00.000Z' },
      { channel: 'webchat', status: 'queued', at: '2026-12-01T08:00:00.000Z' },
    ]);
    expect(teamsSent).toEqual([`msteams-conv:offer:${REFERENCE}:1`]);
    expect(await outbox.pending(REFERENCE)).toEqual([{ id: `offer:${REFERENCE}:1`, kind: 'offer', text: 'Une place vous est proposée.', at: '2026-12-01T08:00:00.000Z' }]);
  });

  test('sending the same message twice keeps one outbox entry; an exception in a channel is a failed outcome', async () => {
    const outbox = createMemoryWebChatOutbox();
    const throwing: ProactiveSender = {
      send: async () => {
        throw new RangeError('boom');
      },
    };
    const conversations = createMemoryFamilyConversations();
    await conversations.save(REFERENCE, kept('msteams'));
    const notifier = createFamilyNotifier({ mailer: createMailCatcher(), conversations, outbox, teams: throwing });
    await notifier.notify(message);
    const again = await notifier.notify(message);
    expect(again.map((o) => `${o.channel}:${o.status}${o.errorName ? `:${o.errorName}` : ''}`)).toEqual(['email:sent', 'teams:failed:RangeError', 'webchat:queued']);
    expect(await outbox.pending(REFERENCE)).toHaveLength(1);
  });
});
