import type { WebSocket } from 'ws';
import type { DirectLineRuntime } from './DirectLineRuntime';
import { DEFAULT_PAGE_SIZE } from './transcriptStore';

/**
 * Feeds one socket: first everything after the client's watermark, then whatever is appended, one activity
 * per `ActivitySet` `{ activities: [a], watermark }` (DirectLineJS emits the items of a set asynchronously, so
 * two sets of several activities arriving together would interleave), read from the store (so a wake-up from
 * another instance is enough), one read at a time so that nothing is sent twice. A page shorter than a full one
 * ends the read: an append made meanwhile wakes the pump again (`again`), so no empty read is needed to confirm
 * it. Ephemeral activities (typing) are pushed as they come, without a watermark. Client frames (DirectLineJS
 * sends empty pings) are ignored; a socket that stops answering pings is terminated.
 */
export function serveStreamSocket(
  ws: WebSocket,
  runtime: DirectLineRuntime,
  options: { conversationId: string; watermark: string; pingIntervalMs: number },
): void {
  const { conversationId } = options;
  let sent = options.watermark;
  let reading = false;
  let again = false;
  let closed = false;
  let alive = true;
  let unsubscribe: (() => Promise<void>) | undefined;

  const send = (payload: unknown) => {
    if (!closed && ws.readyState === ws.OPEN) ws.send(JSON.stringify(payload));
  };
  const pump = async (): Promise<void> => {
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    try {
      do {
        again = false;
        let page = await runtime.store.readAfter(conversationId, sent);
        while (page.activities.length > 0 && !closed) {
          for (const activity of page.activities) send({ activities: [activity], watermark: watermarkOf(activity.id, page.watermark) });
          sent = page.watermark;
          if (page.activities.length < DEFAULT_PAGE_SIZE) break;
          page = await runtime.store.readAfter(conversationId, sent);
        }
      } while (again && !closed);
    } finally {
      reading = false;
    }
  };
  const pumpSafely = () =>
    void pump().catch((error: Error) => {
      runtime.logger.error('directline.socket', { operation: 'pump', outcome: 'error', errorName: error.name });
      ws.terminate();
    });

  const heartbeat = setInterval(() => {
    if (!alive) return void ws.terminate();
    alive = false;
    ws.ping();
  }, options.pingIntervalMs);
  heartbeat.unref();
  ws.on('pong', () => {
    alive = true;
  });
  ws.on('message', () => {
    alive = true;
  });
  ws.on('error', () => ws.terminate());
  ws.once('close', () => {
    closed = true;
    clearInterval(heartbeat);
    void unsubscribe?.();
  });

  runtime.store
    .subscribe(conversationId, (event) => {
      if (event.kind === 'appended') pumpSafely();
      else send({ activities: [event.activity] });
    })
    .then((stop) => {
      unsubscribe = stop;
      if (closed) void stop();
      else pumpSafely();
    })
    .catch((error: Error) => {
      runtime.logger.error('directline.socket', { operation: 'subscribe', outcome: 'error', errorName: error.name });
      ws.terminate();
    });
}

function watermarkOf(activityId: string | undefined, fallback: string): string {
  const position = activityId?.slice(activityId.lastIndexOf('|') + 1) ?? '';
  return /^\d+$/.test(position) ? String(Number(position)) : fallback;
}
