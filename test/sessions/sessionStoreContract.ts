import type { SessionEnvelope, SessionStore } from '../../src/sessions/sessionStore';

/** What any session store must do; run against each implementation (memory, real Redis). */
export function runSessionStoreContract(name: string, setup: () => Promise<{ store: SessionStore; expire: (key: string) => Promise<void>; teardown: () => Promise<void> }>): void {
  describe(`${name} session store`, () => {
    let store: SessionStore;
    let expire: (key: string) => Promise<void>;
    let teardown: () => Promise<void>;
    beforeEach(async () => ({ store, expire, teardown } = await setup()));
    afterEach(async () => teardown());
    const envelope = (n: number): SessionEnvelope => ({ machineVersion: '1', snapshot: { value: 'parent', n }, updatedAt: '2026-11-27T09:00:00.000Z', unrecognised: 0 });

    test('reports an unknown conversation as missing', async () => {
      expect(await store.load('webchat:nobody')).toEqual({ status: 'missing' });
    });

    test('creates a session only if absent, then loads it back as plain JSON', async () => {
      const created = await store.save('webchat:a', envelope(1), null);
      expect(created.ok).toBe(true);
      expect(await store.save('webchat:a', envelope(2), null)).toEqual({ ok: false, conflict: true });
      const loaded = await store.load('webchat:a');
      expect(loaded).toEqual({ status: 'found', envelope: envelope(1), etag: created.ok ? created.etag : '' });
    });

    test('updates only with the current etag (compare-and-set)', async () => {
      const first = await store.save('webchat:b', envelope(1), null);
      if (!first.ok) throw new Error('create failed');
      const second = await store.save('webchat:b', envelope(2), first.etag);
      expect(second.ok).toBe(true);
      expect(await store.save('webchat:b', envelope(3), first.etag)).toEqual({ ok: false, conflict: true });
      expect(await store.save('webchat:b', envelope(3), 'not-an-etag')).toEqual({ ok: false, conflict: true });
      const loaded = await store.load('webchat:b');
      expect(loaded.status === 'found' && loaded.envelope.snapshot.n).toBe(2);
    });

    test('lets exactly one of two concurrent writers with the same etag win', async () => {
      const first = await store.save('webchat:c', envelope(1), null);
      if (!first.ok) throw new Error('create failed');
      const results = await Promise.all([store.save('webchat:c', envelope(2), first.etag), store.save('webchat:c', envelope(3), first.etag)]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
    });

    test('keeps keys full of punctuation apart', async () => {
      const odd = "msteams:a:b/c\\d{e}!@#$%^&*()~><,.?';\"`";
      await store.save(odd, envelope(7), null);
      expect((await store.load(odd)).status).toBe('found');
      expect((await store.load('msteams:a:b/c')).status).toBe('missing');
    });

    test('tells an expired draft from one never seen, and lets a new one start', async () => {
      await store.save('webchat:d', envelope(1), null);
      await expire('webchat:d');
      expect(await store.load('webchat:d')).toEqual({ status: 'expired' });
      expect((await store.save('webchat:d', envelope(2), null)).ok).toBe(true);
    });

    test('reports a record that no longer parses as unreadable, and lets its replacement in only by compare-and-set on its etag', async () => {
      const broken = await store.save('webchat:f', { snapshot: 42 } as unknown as SessionEnvelope, null);
      if (!broken.ok) throw new Error('create failed');
      expect(await store.load('webchat:f')).toEqual({ status: 'unreadable', etag: broken.etag, raw: { snapshot: 42 } });
      expect(await store.save('webchat:f', envelope(1), null)).toEqual({ ok: false, conflict: true });
      expect(await store.save('webchat:f', envelope(1), 'not-an-etag')).toEqual({ ok: false, conflict: true });
      const replaced = await store.save('webchat:f', envelope(1), broken.etag);
      expect(replaced.ok).toBe(true);
      expect(await store.save('webchat:f', envelope(2), broken.etag)).toEqual({ ok: false, conflict: true });
      expect(await store.load('webchat:f')).toEqual({ status: 'found', envelope: envelope(1), etag: replaced.ok ? replaced.etag : '' });
    });

    test('erases a session and its tombstone, so the parent starts afresh', async () => {
      await store.save('webchat:e', envelope(1), null);
      await store.erase('webchat:e');
      expect(await store.load('webchat:e')).toEqual({ status: 'missing' });
      await store.erase('webchat:never');
    });
  });
}
