import type { Adapter, AdapterPayload } from 'oidc-provider';

/**
 * The demo provider's storage, in this process's memory (its sessions, codes and tokens die with the process,
 * which is right for a demo). Declared explicitly so that oidc-provider does not warn at every start.
 */
export function createDemoProviderAdapter(): new (name: string) => Adapter {
  const store = new Map<string, { payload: AdapterPayload; expiresAt: number }>();
  const grants = new Map<string, Set<string>>();
  const live = (key: string) => {
    const entry = store.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      store.delete(key);
      return undefined;
    }
    return entry.payload;
  };
  return class DemoProviderAdapter implements Adapter {
    constructor(private readonly name: string) {}
    private key(id: string) {
      return `${this.name}:${id}`;
    }
    async upsert(id: string, payload: AdapterPayload, expiresIn: number) {
      store.set(this.key(id), { payload, expiresAt: Date.now() + expiresIn * 1000 });
      if (payload.grantId) grants.set(payload.grantId, (grants.get(payload.grantId) ?? new Set()).add(this.key(id)));
      if (payload.uid) store.set(`${this.name}:uid:${payload.uid}`, { payload: { id } as AdapterPayload, expiresAt: Date.now() + expiresIn * 1000 });
      if (payload.userCode) store.set(`${this.name}:user:${payload.userCode}`, { payload: { id } as AdapterPayload, expiresAt: Date.now() + expiresIn * 1000 });
    }
    async find(id: string) {
      return live(this.key(id));
    }
    async findByUid(uid: string) {
      const ref = live(`${this.name}:uid:${uid}`);
      return ref?.id ? live(this.key(String(ref.id))) : undefined;
    }
    async findByUserCode(userCode: string) {
      const ref = live(`${this.name}:user:${userCode}`);
      return ref?.id ? live(this.key(String(ref.id))) : undefined;
    }
    async consume(id: string) {
      const payload = live(this.key(id));
      if (payload) payload.consumed = Math.floor(Date.now() / 1000);
    }
    async destroy(id: string) {
      store.delete(this.key(id));
    }
    async revokeByGrantId(grantId: string) {
      for (const key of grants.get(grantId) ?? []) store.delete(key);
      grants.delete(grantId);
    }
  };
}
