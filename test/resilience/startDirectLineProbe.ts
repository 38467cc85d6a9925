import { SUITE_ORIGIN } from './buildInstanceEnv';

/** What the Direct Line routes and `/readyz` answered while the store went away and came back. */
export interface ProbeResult {
  answers: number;
  ok: number;
  /** 503 `{"error":{"code":"ServiceUnavailable",…}}` with `Retry-After`: the outage told honestly. */
  unavailable: number;
  /** Anything else: another status, another shape, or a client library's message in the body. */
  violations: number;
  readyz: { ready: number; unavailable: number };
  samples: string[];
}

const LEAKS = /redis|ioredis|MaxRetries|ECONNREFUSED|Connection is closed|Error:/i;

/**
 * Opens a Web Chat conversation on one instance, then reads its transcript (`GET …/activities`) and `/readyz` every
 * 100 ms until stopped, classifying every answer.
 */
export async function startDirectLineProbe(baseUrl: string): Promise<{ stop(): Promise<ProbeResult> }> {
  const minted = (await (await fetch(`${baseUrl}/api/webchat/token`, { method: 'POST', headers: { origin: SUITE_ORIGIN } })).json()) as { token: string; conversationId: string };
  const headers = { authorization: `Bearer ${minted.token}`, origin: SUITE_ORIGIN, 'content-type': 'application/json' };
  const started = await fetch(`${baseUrl}/v3/directline/conversations`, { method: 'POST', headers, body: '{}' });
  if (started.status !== 201) throw new Error(`startDirectLineProbe: POST /conversations answered ${started.status}`);
  const result: ProbeResult = { answers: 0, ok: 0, unavailable: 0, violations: 0, readyz: { ready: 0, unavailable: 0 }, samples: [] };
  const pending = new Set<Promise<void>>();
  const track = (work: Promise<void>) => {
    pending.add(work);
    void work.finally(() => pending.delete(work));
  };
  const readTranscript = async () => {
    const response = await fetch(`${baseUrl}/v3/directline/conversations/${minted.conversationId}/activities`, { headers }).catch(() => undefined);
    if (!response) return;
    const text = await response.text();
    result.answers += 1;
    const body = safeJson(text) as { error?: { code?: string } } | undefined;
    if (response.status === 200) result.ok += 1;
    else if (response.status === 503 && body?.error?.code === 'ServiceUnavailable' && response.headers.get('retry-after') && !LEAKS.test(text)) result.unavailable += 1;
    else {
      result.violations += 1;
      if (result.samples.length < 5) result.samples.push(`${response.status} ${text.slice(0, 120)}`);
    }
  };
  const readReadiness = async () => {
    const ready = await fetch(`${baseUrl}/readyz`).catch(() => undefined);
    if (ready?.status === 200) result.readyz.ready += 1;
    else if (ready?.status === 503) result.readyz.unavailable += 1;
    await ready?.arrayBuffer();
  };
  // A request every 100 ms, without waiting for the previous one: those sent while the store is away are answered
  // on their own (a request in flight when the connection dropped waits for the store to come back).
  const timer = setInterval(() => {
    track(readTranscript());
    track(readReadiness());
  }, 100);
  return {
    async stop() {
      clearInterval(timer);
      await Promise.all([...pending]);
      return result;
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
