import { createHmac } from 'node:crypto';
import type { Redis } from 'ioredis';

/**
 * One record per call to an external data provider: who asked what, when and why. No payload, no identity:
 * the conversation is only known by a keyed hash, so an audit export cannot be linked back to a person
 * without the commune's secret.
 */
export interface AuditEntry {
  at: string;
  purpose: string;
  endpoint: string;
  recipient: string;
  status: number | 'network-error' | 'timeout';
  requestId?: string;
  conversationHash: string;
}

/** Port for the audit trail; implementations must never throw on a failed write (the call already happened). */
export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
}

/** Hashes a conversation key for audit and logs (HMAC-SHA256, hex, 32 chars). */
export function hashConversationKey(conversationKey: string, secret: string): string {
  return createHmac('sha256', secret).update(conversationKey).digest('hex').slice(0, 32);
}

/** Audit trail in a capped Redis stream (`XADD … MAXLEN ~ maxLength`). */
export function createRedisAuditLog(redis: Redis, options: { stream: string; maxLength: number; onError?: (e: unknown) => void }): AuditLog {
  return {
    async record(entry) {
      const fields: string[] = [];
      for (const [k, v] of Object.entries(entry)) if (v !== undefined) fields.push(k, String(v));
      try {
        await redis.xadd(options.stream, 'MAXLEN', '~', String(options.maxLength), '*', ...fields);
      } catch (error) {
        options.onError?.(error);
      }
    },
  };
}

/** Audit trail kept in memory (the memory-store mode, and tests that read the records back). */
export function createMemoryAuditLog(maxLength = 10_000): AuditLog & { entries: AuditEntry[] } {
  const entries: AuditEntry[] = [];
  return {
    entries,
    async record(entry) {
      entries.push(entry);
      if (entries.length > maxLength) entries.splice(0, entries.length - maxLength);
    },
  };
}
