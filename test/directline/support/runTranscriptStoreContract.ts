import { randomUUID } from 'node:crypto';
import type { TranscriptEvent, TranscriptStore } from '../../../src/channels/directline/transcriptStore';

export interface StoreUnderTest {
  store: TranscriptStore;
  cleanup: () => Promise<void>;
  /** Brings the store past the TTL of a conversation's keys (a clock moved forward, or the keys' expiry). */
  outliveTtl: (conversationId: string) => Promise<void>;
}

/** The behaviour every TranscriptStore must have; run once per implementation (memory, Redis). */
export function runTranscriptStoreContract(makeStore: (options: { ttlSeconds: number }) => Promise<StoreUnderTest>): void {
  let subject: StoreUnderTest;
  let store: TranscriptStore;
  beforeEach(async () => {
    subject = await makeStore({ ttlSeconds: 60 });
    store = subject.store;
  });
  afterEach(async () => {
    await subject.store.close();
    await subject.cleanup();
  });

  const record = (conversationId = randomUUID()) => ({ conversationId, userId: 'dl_user', locale: 'fr-FR', createdAt: '2026-01-05T10:00:00.000Z' });
  const message = (text: string) => ({ type: 'message', text, from: { id: 'dl_user', name: '', role: 'user' } });
  const waitFor = async (predicate: () => boolean) => {
    for (let i = 0; i < 100 && !predicate(); i += 1) await new Promise((r) => setTimeout(r, 10));
  };

  it('creates a conversation once and loads its record', async () => {
    const conversation = record();
    expect(await store.createConversation(conversation)).toBe(true);
    expect(await store.createConversation({ ...conversation, userId: 'dl_other' })).toBe(false);
    expect(await store.loadConversation(conversation.conversationId)).toEqual(conversation);
  });

  it('knows nothing of a conversation that was never created', async () => {
    const id = randomUUID();
    expect(await store.loadConversation(id)).toBeUndefined();
    expect(await store.append(id, message('bonjour'))).toEqual({ ok: false, error: 'unknown-conversation' });
    expect(await store.readAfter(id, '')).toEqual({ activities: [], watermark: '0' });
  });

  it('numbers activities in order and pages them from a watermark', async () => {
    const { conversationId } = record();
    await store.createConversation(record(conversationId));
    const ids: string[] = [];
    for (const text of ['un', 'deux', 'trois']) {
      const result = await store.append(conversationId, message(text));
      if (result.ok) ids.push(result.id);
    }
    expect(ids).toEqual([1, 2, 3].map((n) => `${conversationId}|000000${n}`));
    const first = await store.readAfter(conversationId, '', 2);
    expect(first.activities.map((a) => [a.id, a.text])).toEqual([[ids[0], 'un'], [ids[1], 'deux']]);
    expect(first.watermark).toBe('2');
    const rest = await store.readAfter(conversationId, first.watermark);
    expect(rest.activities.map((a) => a.text)).toEqual(['trois']);
    expect(await store.readAfter(conversationId, rest.watermark)).toEqual({ activities: [], watermark: '3' });
  });

  it('returns the first id for a repeated client activity id without appending it again', async () => {
    const { conversationId } = record();
    await store.createConversation(record(conversationId));
    const first = await store.append(conversationId, message('bonjour'), { clientActivityId: 'c-1' });
    const again = await store.append(conversationId, message('bonjour'), { clientActivityId: 'c-1' });
    expect(first).toMatchObject({ ok: true, duplicate: false });
    expect(again).toEqual({ ...first, duplicate: true, answered: false });
    expect((await store.readAfter(conversationId, '')).activities).toHaveLength(1);
  });

  it('says whether the turn of a repeated client activity was answered', async () => {
    const { conversationId } = record();
    await store.createConversation(record(conversationId));
    const first = await store.append(conversationId, message('bonjour'), { clientActivityId: 'c-1' });
    await store.markAnswered(conversationId, 'c-1');
    expect(await store.append(conversationId, message('bonjour'), { clientActivityId: 'c-1' })).toEqual({ ...first, duplicate: true, answered: true });
    expect(await store.append(conversationId, message('autre'), { clientActivityId: 'c-2' })).toMatchObject({ duplicate: false, watermark: '2' });
    await store.markAnswered('never-created', 'c-1');
    expect(await store.loadConversation('never-created')).toBeUndefined();
  });

  it('wakes a subscriber on every append and stops after unsubscribing', async () => {
    const { conversationId } = record();
    await store.createConversation(record(conversationId));
    const events: TranscriptEvent[] = [];
    const unsubscribe = await store.subscribe(conversationId, (event) => events.push(event));
    await store.append(conversationId, message('un'));
    await store.append(conversationId, message('deux'));
    await waitFor(() => events.length >= 2);
    expect(events).toEqual([{ kind: 'appended', watermark: '1' }, { kind: 'appended', watermark: '2' }]);
    await unsubscribe();
    await store.append(conversationId, message('trois'));
    const later: TranscriptEvent[] = [];
    const stopLater = await store.subscribe(conversationId, (event) => later.push(event));
    await store.append(conversationId, message('quatre'));
    await waitFor(() => later.length >= 1);
    expect(later).toEqual([{ kind: 'appended', watermark: '4' }]);
    expect(events).toHaveLength(2);
    await stopLater();
  });

  it('pushes ephemeral activities to subscribers without storing them', async () => {
    const { conversationId } = record();
    await store.createConversation(record(conversationId));
    const events: TranscriptEvent[] = [];
    const unsubscribe = await store.subscribe(conversationId, (event) => events.push(event));
    await store.publishEphemeral(conversationId, { type: 'typing', from: { id: 'bot', name: 'Berceau' } });
    await waitFor(() => events.length >= 1);
    expect(events).toEqual([{ kind: 'ephemeral', activity: { type: 'typing', from: { id: 'bot', name: 'Berceau' } } }]);
    expect((await store.readAfter(conversationId, '')).activities).toEqual([]);
    await unsubscribe();
  });

  it('keeps conversations apart', async () => {
    const a = record();
    const b = record();
    await store.createConversation(a);
    await store.createConversation(b);
    const heardByB: TranscriptEvent[] = [];
    const unsubscribe = await store.subscribe(b.conversationId, (event) => heardByB.push(event));
    await store.append(a.conversationId, message('pour A'), { clientActivityId: 'same' });
    const inB = await store.append(b.conversationId, message('pour B'), { clientActivityId: 'same' });
    expect(inB).toMatchObject({ ok: true, duplicate: false, watermark: '1' });
    await waitFor(() => heardByB.length >= 1);
    expect(heardByB).toEqual([{ kind: 'appended', watermark: '1' }]);
    expect((await store.readAfter(b.conversationId, '')).activities.map((x) => x.text)).toEqual(['pour B']);
    await unsubscribe();
  });

  it('stores activities as plain JSON, empty arrays and nested values included', async () => {
    const { conversationId } = record();
    await store.createConversation(record(conversationId));
    const activity = { type: 'message', attachments: [], value: { step: 'care', days: { mon: { from: '08:00', to: '17:00' } } }, entities: [] };
    await store.append(conversationId, activity);
    const [stored] = (await store.readAfter(conversationId, '')).activities;
    expect(stored).toEqual({ ...activity, id: `${conversationId}|0000001` });
  });

  it('forgets a conversation after its time to live', async () => {
    const conversation = record();
    await store.createConversation(conversation);
    await store.append(conversation.conversationId, message('bonjour'), { clientActivityId: 'c-1' });
    await subject.outliveTtl(conversation.conversationId);
    expect(await store.loadConversation(conversation.conversationId)).toBeUndefined();
    expect((await store.readAfter(conversation.conversationId, '')).activities).toEqual([]);
    expect(await store.append(conversation.conversationId, message('encore'), { clientActivityId: 'c-1' })).toEqual({ ok: false, error: 'unknown-conversation' });
  });
}
