import { Pool } from 'undici';
import type { ScriptTurn } from '../bench/enrolmentScript';

/** What one attempt at a turn came to, as a channel in front of the instances sees it. */
export type TurnAttempt =
  | { kind: 'ok'; reference?: string }
  /** The connection was refused: the request never reached a server (the client moves to another instance). */
  | { kind: 'refused' }
  /** The connection dropped (or timed out) with the request in flight: its fate is unknown to the parent. */
  | { kind: 'cut'; detail: string }
  /** The service said it is interrupted and that the answer was not recorded (chat message or HTTP 503). */
  | { kind: 'unavailable' }
  /** The generic apology of a failed turn (`channelData.step: "error"`). */
  | { kind: 'apology' }
  | { kind: 'unexpected'; detail: string };

interface ReplyActivity {
  channelData?: { step?: string; enrolment?: { reference?: string } };
}

/**
 * A client of `POST /api/messages` (`deliveryMode: expectReplies`) in front of several instances, like a channel
 * behind a load balancer: each conversation prefers one instance, and a client that saw an instance refuse or drop
 * a connection stops using it (fail-over). It counts what is in flight per instance, so that the suite can say how
 * many turns were in flight when an instance was killed.
 */
export function createFailoverClient(urls: string[]) {
  const pools = urls.map((url) => new Pool(url, { connections: 32, pipelining: 1, keepAliveTimeout: 30_000, headersTimeout: 20_000, bodyTimeout: 20_000 }));
  const down = new Set<number>();
  const inFlight = urls.map(() => 0);
  const sent = urls.map(() => 0);
  let sequence = 0;

  const pick = (preferred: number): number => {
    for (let step = 0; step < urls.length; step += 1) {
      const index = (preferred + step) % urls.length;
      if (!down.has(index)) return index;
    }
    return preferred;
  };

  return {
    inFlight: (index: number) => inFlight[index] ?? 0,
    /** Requests sent to an instance so far. */
    sentTo: (index: number) => sent[index] ?? 0,
    /** Sends one turn of `conversation` to its preferred live instance; `activityId` stays the same across retries. */
    async send(conversation: string, preferred: number, turn: ScriptTurn, activityId: string): Promise<{ instance: number; attempt: TurnAttempt }> {
      const instance = pick(preferred);
      sequence += 1;
      const activity = {
        type: 'message',
        id: activityId,
        channelId: 'directline',
        serviceUrl: 'http://127.0.0.1:9/unused',
        deliveryMode: 'expectReplies',
        timestamp: new Date().toISOString(),
        conversation: { id: conversation },
        from: { id: `parent-${conversation}`, role: 'user' },
        recipient: { id: 'berceau', role: 'bot' },
        locale: 'fr-FR',
        ...(turn.text !== undefined ? { text: turn.text } : {}),
        ...(turn.value !== undefined ? { value: turn.value } : {}),
      };
      inFlight[instance] = (inFlight[instance] ?? 0) + 1;
      sent[instance] = (sent[instance] ?? 0) + 1;
      try {
        const response = await (pools[instance] as Pool).request({ method: 'POST', path: '/api/messages', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
        const text = await response.body.text();
        if (response.statusCode === 503) return { instance, attempt: { kind: 'unavailable' } };
        if (response.statusCode !== 200) return { instance, attempt: { kind: 'unexpected', detail: `HTTP ${response.statusCode}` } };
        const activities = (JSON.parse(text) as { activities?: ReplyActivity[] }).activities ?? [];
        return { instance, attempt: classify(activities, turn) };
      } catch (error) {
        down.add(instance);
        const code = (error as { code?: string }).code ?? (error as Error).name;
        return { instance, attempt: code === 'ECONNREFUSED' ? { kind: 'refused' } : { kind: 'cut', detail: code } };
      } finally {
        inFlight[instance] = (inFlight[instance] ?? 1) - 1;
      }
    },
    requests: () => sequence,
    close: () => Promise.all(pools.map((pool) => pool.destroy())),
  };
}

function classify(activities: ReplyActivity[], turn: ScriptTurn): TurnAttempt {
  const steps = activities.map((a) => a.channelData?.step);
  if (steps.includes('error')) return { kind: 'apology' };
  if (steps.includes('unavailable')) return { kind: 'unavailable' };
  const last = activities[activities.length - 1];
  if (last?.channelData?.step !== turn.expectStep) return { kind: 'unexpected', detail: `awaited ${last?.channelData?.step ?? '(none)'} instead of ${turn.expectStep}` };
  const reference = last.channelData.enrolment?.reference;
  return { kind: 'ok', ...(reference ? { reference } : {}) };
}
