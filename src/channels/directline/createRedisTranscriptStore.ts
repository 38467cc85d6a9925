import type { Activity } from 'botbuilder';
import type { Redis } from 'ioredis';
import {
  DEFAULT_PAGE_SIZE,
  formatActivityId,
  parseWatermark,
  type ConversationRecord,
  type TranscriptEvent,
  type TranscriptStore,
} from './transcriptStore';

const APPEND = `
if redis.call('EXISTS', KEYS[1]) == 0 then return {-1, 0} end
if ARGV[3] ~= '' then
  local seen = redis.call('HGET', KEYS[4], ARGV[3])
  if seen then return {0, tonumber(seen), redis.call('HEXISTS', KEYS[4], '!' .. ARGV[3])} end
end
local position = redis.call('INCR', KEYS[3])
redis.call('XADD', KEYS[2], '0-' .. position, 'a', ARGV[1])
if ARGV[3] ~= '' then
  redis.call('HSET', KEYS[4], ARGV[3], position)
  redis.call('EXPIRE', KEYS[4], ARGV[2])
end
for i = 1, 3 do redis.call('EXPIRE', KEYS[i], ARGV[2]) end
redis.call('PUBLISH', ARGV[4], 'a:' .. position)
return {1, position}
`;

/** Marks a client activity answered, only while its conversation lives (the hash keeps its TTL). */
const MARK_ANSWERED = `if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('HSET', KEYS[1], ARGV[1], '1') end
return 1`;

/** The APPEND script, sent by SHA once Redis knows it (ioredis falls back to EVAL after a Redis restart). */
type AppendCommand = {
  berceauAppendActivity(...args: string[]): Promise<[number, number, number?]>;
  berceauMarkAnswered(key: string, field: string): Promise<number>;
};

/**
 * Transcripts in Redis: `dl:{id}` is a stream whose entry ids are `0-<position>` (watermark = position), with
 * its `:meta`, `:seq` and `:clients` (clientActivityID → position, and `!<clientActivityID>` once its turn was
 * answered) keys under the same hash tag, all expiring
 * `ttlSeconds` after the last append. Appends publish on `dl:{id}:events`; the subscriber connection is
 * `options.subscriber`, or a duplicate of `redis` (named `<prefix>dl-subscriber`) opened on the first
 * `subscribe` and closed by `close`. When that connection comes back after a drop, ioredis subscribes again
 * and every listener is woken once, since appends may have been published meanwhile.
 */
export function createRedisTranscriptStore(
  redis: Redis,
  options: { prefix: string; ttlSeconds: number; subscriber?: Redis; onError?: (error: Error) => void },
): TranscriptStore {
  const keys = (id: string) => {
    const base = `${options.prefix}dl:{${id}}`;
    return { meta: `${base}:meta`, stream: base, seq: `${base}:seq`, clients: `${base}:clients`, channel: `${base}:events` };
  };
  redis.defineCommand('berceauAppendActivity', { numberOfKeys: 4, lua: APPEND });
  redis.defineCommand('berceauMarkAnswered', { numberOfKeys: 1, lua: MARK_ANSWERED });
  const channels = new Map<string, { listeners: Set<(event: TranscriptEvent) => void>; ready: Promise<unknown> }>();
  let subscriber: Redis | undefined;
  const ownsSubscriber = !options.subscriber;

  const connectSubscriber = (): Redis => {
    if (subscriber) return subscriber;
    const connection = options.subscriber ?? redis.duplicate({ enableReadyCheck: false, connectionName: `${options.prefix}dl-subscriber` });
    const notify = (channel: string, event: TranscriptEvent) => {
      for (const listener of [...(channels.get(channel)?.listeners ?? [])]) listener(event);
    };
    connection.on('message', (channel: string, message: string) => {
      const event = parseEvent(message);
      if (event) notify(channel, event);
    });
    let connectedBefore = connection.status === 'ready';
    connection.on('ready', () => {
      if (connectedBefore) setImmediate(() => [...channels.keys()].forEach((channel) => notify(channel, { kind: 'appended', watermark: '' })));
      connectedBefore = true;
    });
    if (ownsSubscriber) connection.on('error', (error: Error) => options.onError?.(error));
    subscriber = connection;
    return connection;
  };

  return {
    async createConversation(record) {
      const created = await redis.set(keys(record.conversationId).meta, JSON.stringify(record), 'EX', options.ttlSeconds, 'NX');
      return created === 'OK';
    },
    async loadConversation(conversationId) {
      const json = await redis.get(keys(conversationId).meta);
      return json ? (JSON.parse(json) as ConversationRecord) : undefined;
    },
    async append(conversationId, activity, appendOptions) {
      const k = keys(conversationId);
      const [status, position, answered] = await (redis as Redis & AppendCommand).berceauAppendActivity(
        k.meta, k.stream, k.seq, k.clients,
        JSON.stringify(activity), String(options.ttlSeconds), appendOptions?.clientActivityId ?? '', k.channel,
      );
      if (status < 0) return { ok: false, error: 'unknown-conversation' };
      const at = { ok: true as const, id: formatActivityId(conversationId, position), watermark: String(position) };
      return status === 0 ? { ...at, duplicate: true, answered: answered === 1 } : { ...at, duplicate: false };
    },
    async markAnswered(conversationId, clientActivityId) {
      await (redis as Redis & AppendCommand).berceauMarkAnswered(keys(conversationId).clients, `!${clientActivityId}`);
    },
    async readAfter(conversationId, watermark, limit = DEFAULT_PAGE_SIZE) {
      const from = parseWatermark(watermark);
      const entries = await redis.xrange(keys(conversationId).stream, `0-${from + 1}`, '+', 'COUNT', limit);
      let last = from;
      const activities = entries.map(([entryId, fields]) => {
        last = Number(entryId.slice(2));
        return { ...(JSON.parse(fields[1] ?? '{}') as Activity), id: formatActivityId(conversationId, last) };
      });
      return { activities, watermark: String(last) };
    },
    async publishEphemeral(conversationId, activity) {
      await redis.publish(keys(conversationId).channel, `e:${JSON.stringify(activity)}`);
    },
    async subscribe(conversationId, listener) {
      const channel = keys(conversationId).channel;
      const connection = connectSubscriber();
      let entry = channels.get(channel);
      if (!entry) {
        entry = { listeners: new Set(), ready: connection.subscribe(channel) };
        channels.set(channel, entry);
      }
      const own = entry;
      own.listeners.add(listener);
      await own.ready;
      return async () => {
        own.listeners.delete(listener);
        if (own.listeners.size === 0 && channels.get(channel) === own) {
          channels.delete(channel);
          await connection.unsubscribe(channel).catch(() => undefined);
        }
      };
    },
    async close() {
      channels.clear();
      if (subscriber && ownsSubscriber) subscriber.disconnect();
      subscriber = undefined;
    },
  };
}

function parseEvent(message: string): TranscriptEvent | undefined {
  if (message.startsWith('a:')) return { kind: 'appended', watermark: message.slice(2) };
  if (message.startsWith('e:')) return { kind: 'ephemeral', activity: JSON.parse(message.slice(2)) as Partial<Activity> };
  return undefined;
}
