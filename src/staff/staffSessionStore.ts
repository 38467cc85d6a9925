import { createHash, randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { StaffRole } from '../../machines/lifecycleTypes';
import type { PendingLogin } from './createOidcRelyingParty';

/** An agent's signed-in session. The cookie holds `id`; the store keys it by a hash of it. */
export interface StaffSession {
  id: string;
  subject: string;
  name: string;
  role: StaffRole;
  /** The synchronizer token every form of the workspace carries back. */
  csrfToken: string;
  createdAt: string;
  idToken?: string;
}

/** Agents' sessions (idle timeout: each use pushes the expiry back) and the sign-ins under way. */
export interface StaffSessionStore {
  create(session: Omit<StaffSession, 'id' | 'csrfToken' | 'createdAt'>): Promise<StaffSession>;
  /** The session, its idle timeout renewed; `undefined` when unknown or expired. */
  touch(id: string): Promise<StaffSession | undefined>;
  destroy(id: string): Promise<void>;
  savePendingLogin(pending: PendingLogin & { returnTo: string }): Promise<void>;
  /** A pending sign-in, usable once. */
  takePendingLogin(state: string): Promise<(PendingLogin & { returnTo: string }) | undefined>;
}

const PENDING_TTL_SECONDS = 600;
const hashOf = (id: string) => createHash('sha256').update(id).digest('hex');
const newSession = (s: Omit<StaffSession, 'id' | 'csrfToken' | 'createdAt'>, at: Date): StaffSession => ({
  ...s,
  id: randomBytes(32).toString('base64url'),
  csrfToken: randomBytes(24).toString('base64url'),
  createdAt: at.toISOString(),
});

/** Sessions in Redis, shared by every instance (`GETEX` renews the idle timeout on each request). */
export function createRedisStaffSessionStore(redis: Redis, options: { prefix: string; idleSeconds: number; clock: () => Date }): StaffSessionStore {
  const key = (id: string) => `${options.prefix}staff-session:${hashOf(id)}`;
  const pendingKey = (state: string) => `${options.prefix}staff-login:${hashOf(state)}`;
  return {
    async create(s) {
      const session = newSession(s, options.clock());
      await redis.set(key(session.id), JSON.stringify(session), 'EX', options.idleSeconds);
      return session;
    },
    async touch(id) {
      const value = await redis.getex(key(id), 'EX', options.idleSeconds);
      return value ? (JSON.parse(value) as StaffSession) : undefined;
    },
    async destroy(id) {
      await redis.del(key(id));
    },
    async savePendingLogin(pending) {
      await redis.set(pendingKey(pending.state), JSON.stringify(pending), 'EX', PENDING_TTL_SECONDS);
    },
    async takePendingLogin(state) {
      const value = await redis.getdel(pendingKey(state));
      return value ? JSON.parse(value) : undefined;
    },
  };
}

/** The same in memory (no REDIS_URL), on the injected clock. */
export function createMemoryStaffSessionStore(options: { idleSeconds: number; clock: () => Date }): StaffSessionStore {
  const sessions = new Map<string, { session: StaffSession; expiresAt: number }>();
  const pending = new Map<string, { value: PendingLogin & { returnTo: string }; expiresAt: number }>();
  const now = () => options.clock().getTime();
  return {
    async create(s) {
      const session = newSession(s, options.clock());
      sessions.set(hashOf(session.id), { session, expiresAt: now() + options.idleSeconds * 1000 });
      return session;
    },
    async touch(id) {
      const entry = sessions.get(hashOf(id));
      if (!entry || entry.expiresAt <= now()) return undefined;
      entry.expiresAt = now() + options.idleSeconds * 1000;
      return entry.session;
    },
    async destroy(id) {
      sessions.delete(hashOf(id));
    },
    async savePendingLogin(value) {
      pending.set(hashOf(value.state), { value, expiresAt: now() + PENDING_TTL_SECONDS * 1000 });
    },
    async takePendingLogin(state) {
      const entry = pending.get(hashOf(state));
      pending.delete(hashOf(state));
      return entry && entry.expiresAt > now() ? entry.value : undefined;
    },
  };
}
