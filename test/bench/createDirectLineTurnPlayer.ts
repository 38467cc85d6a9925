import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import WebSocket from 'ws';
import type { PlayTurn } from './playConversations';
import { createSlots } from './createSlots';

interface StreamActivity {
  id?: string;
  type?: string;
  from?: { role?: string };
  channelData?: { step?: string };
}

interface Parent {
  conversationId: string;
  token: string;
  ws: WebSocket;
  watermark: number;
  waiter?: { step: string; resolve: (problem: string | undefined) => void };
}

const REPLY_TIMEOUT_MS = 15_000;
/**
 * Parents asking for a token from the same loopback address (127.1.x.y): fewer than the token route's 30 per minute
 * and per client address, so that the benchmark, like real parents, is never rate-limited (`trustProxy` stays off).
 */
const PARENTS_PER_ADDRESS = 20;

/**
 * Web Chat parents on the self-hosted Direct Line: each gets a token (`POST /api/webchat/token`, from one of many
 * loopback addresses), starts its
 * conversation, keeps its WebSocket open for the whole run and waits there for the greeting; a turn is one
 * `POST …/activities` (a card value) and lasts until the reply that asks the expected step arrives on the socket.
 * Every socket checks its watermarks: a gap is a lost activity, a repeat a duplicated one.
 */
export function createDirectLineTurnPlayer(options: { baseUrl: string; connections: number; origin: string }) {
  const pool = new Pool(options.baseUrl, { connections: options.connections, pipelining: 1, keepAliveTimeout: 60_000 });
  const parents = new Map<number, Parent>();
  const counts = { lost: 0, duplicated: 0, openFailures: 0, openMs: 0 };
  const openErrors: string[] = [];
  let clientSequence = 0;
  const tokenPools = new Map<string, Pool>();
  const post = async <T>(path: string, token: string | undefined, body: unknown, from: Pool = pool): Promise<T> => {
    const headers: Record<string, string> = { origin: options.origin, 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
    const response = await from.request({ method: 'POST', path, headers, body: JSON.stringify(body) });
    const text = await response.body.text();
    if (response.statusCode >= 300) throw new Error(`${path.replace(/conversations\/[^/]+/, 'conversations/…')}: HTTP ${response.statusCode}`);
    return JSON.parse(text) as T;
  };
  const waitForStep = (parent: Parent, step: string) =>
    new Promise<string | undefined>((resolve) => {
      const timer = setTimeout(() => finish(`no reply asking ${step} within ${REPLY_TIMEOUT_MS} ms`), REPLY_TIMEOUT_MS);
      const finish = (problem: string | undefined) => {
        clearTimeout(timer);
        parent.waiter = undefined;
        resolve(problem);
      };
      parent.waiter = { step, resolve: finish };
    });
  const receive = (parent: Parent, data: WebSocket.RawData) => {
    const set = JSON.parse(String(data)) as { activities?: StreamActivity[]; watermark?: string };
    if (set.watermark !== undefined) {
      const position = Number(set.watermark);
      if (position <= parent.watermark) counts.duplicated += 1;
      else counts.lost += position - parent.watermark - 1;
      parent.watermark = Math.max(parent.watermark, position);
    }
    for (const activity of set.activities ?? []) {
      if (activity.from?.role !== 'bot' || activity.type !== 'message') continue;
      const step = activity.channelData?.step;
      const waiter = parent.waiter;
      if (waiter && step === waiter.step) waiter.resolve(undefined);
      else if (waiter && step === 'error') waiter.resolve('the turn failed (step "error")');
    }
  };
  const tokenPoolFor = (conversation: number) => {
    const group = Math.floor(conversation / PARENTS_PER_ADDRESS);
    const localAddress = `127.1.${Math.floor(group / 250)}.${(group % 250) + 1}`;
    const existing = tokenPools.get(localAddress);
    if (existing) return existing;
    const created = new Pool(options.baseUrl, { connections: 1, localAddress });
    tokenPools.set(localAddress, created);
    return created;
  };
  const openOne = async (conversation: number) => {
    const started = performance.now();
    const minted = await post<{ token: string }>('/api/webchat/token', undefined, {}, tokenPoolFor(conversation));
    const begun = await post<{ conversationId: string; token: string; streamUrl: string }>('/v3/directline/conversations', minted.token, { locale: 'fr-FR' });
    const ws = new WebSocket(begun.streamUrl, { origin: options.origin, perMessageDeflate: false });
    const parent: Parent = { conversationId: begun.conversationId, token: begun.token, ws, watermark: 0 };
    ws.on('message', (data) => receive(parent, data));
    const greeted = waitForStep(parent, 'parent');
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    const problem = await greeted;
    if (problem) throw new Error(`greeting: ${problem}`);
    parents.set(conversation, parent);
    counts.openMs = Math.max(counts.openMs, performance.now() - started);
  };
  const playTurn: PlayTurn = async (conversation, _turnIndex, turn) => {
    const parent = parents.get(conversation);
    if (!parent) return 'conversation not opened';
    clientSequence += 1;
    const replied = waitForStep(parent, turn.expectStep);
    const body = { type: 'message', from: { id: 'parent', role: 'user' }, locale: 'fr-FR', ...(turn.text !== undefined ? { text: turn.text } : {}), ...(turn.value !== undefined ? { value: turn.value } : {}), channelData: { clientActivityID: `bench-${clientSequence}` } };
    const [posted, problem] = await Promise.allSettled([post(`/v3/directline/conversations/${encodeURIComponent(parent.conversationId)}/activities`, parent.token, body), replied]);
    if (posted.status === 'rejected') return (posted.reason as Error).message;
    return problem.status === 'fulfilled' ? problem.value : String(problem.reason);
  };
  return {
    playTurn,
    /** Opens `count` conversations from index `first`, `connections` at a time; all stay open until `close`. */
    async open(first: number, count: number) {
      const slots = createSlots(options.connections);
      await Promise.all(
        Array.from({ length: count }, async (_, i) => {
          await slots.acquire();
          try {
            await openOne(first + i);
          } catch (error) {
            counts.openFailures += 1;
            if (openErrors.length < 3) openErrors.push(`opening conversation ${first + i}: ${(error as Error).message}`);
          } finally {
            slots.release();
          }
        }),
      );
    },
    errorSamples: () => [...openErrors],
    extra: () => ({ socketsHeld: [...parents.values()].filter((p) => p.ws.readyState === WebSocket.OPEN).length, lostActivities: counts.lost, duplicatedActivities: counts.duplicated, openFailures: counts.openFailures, slowestOpenMs: Math.round(counts.openMs) }),
    async close() {
      for (const parent of parents.values()) parent.ws.terminate();
      await Promise.all([pool, ...tokenPools.values()].map((p) => p.close()));
    },
  };
}
