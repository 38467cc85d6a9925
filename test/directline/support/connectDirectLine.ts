import WebSocket from 'ws';
import { ConnectionStatus, DirectLine, type Activity, type DirectLineOptions } from 'botframework-directlinejs';

export { ConnectionStatus };

/** An activity as it travels on the wire (DirectLineJS's own type is a strict union). */
export interface WireActivity {
  type: string;
  id?: string;
  text?: string;
  value?: unknown;
  replyToId?: string;
  timestamp?: string;
  from?: { id: string; role?: string; name?: string };
  channelData?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface ConnectedClient {
  directLine: DirectLine;
  received: WireActivity[];
  statuses: number[];
  errors: unknown[];
  post(activity: Partial<WireActivity>): Promise<string>;
  waitFor(predicate: (received: WireActivity[]) => boolean, timeoutMs?: number): Promise<void>;
  end(): void;
}

/**
 * The official DirectLineJS client, in Node (ws for WebSocket, xhr2 for XMLHttpRequest), subscribed from the
 * start and recording every activity and connection status it sees. Reconnection waits 3 s (random = 0).
 */
export function connectDirectLine(options: DirectLineOptions): ConnectedClient {
  const nodeGlobals = globalThis as Record<string, unknown>;
  nodeGlobals.XMLHttpRequest ??= require('xhr2') as unknown;
  nodeGlobals.WebSocket ??= WebSocket;
  const directLine = new DirectLine({ ...options, WebSocket: WebSocket as never, random: () => 0 } as DirectLineOptions);
  const received: WireActivity[] = [];
  const statuses: number[] = [];
  const statusSubscription = directLine.connectionStatus$.subscribe((status) => statuses.push(status));
  const errors: unknown[] = [];
  const subscription = directLine.activity$.subscribe(
    (activity) => received.push(activity as unknown as WireActivity),
    (error: unknown) => errors.push(error),
  );
  return {
    directLine,
    received,
    statuses,
    errors,
    post: (activity) =>
      new Promise((resolve, reject) => {
        directLine.postActivity({ from: { id: 'ignored' }, ...activity } as unknown as Activity).subscribe(resolve, reject);
      }),
    async waitFor(predicate, timeoutMs = 8000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(received)) {
        if (Date.now() > deadline) throw new Error(`waitFor: timed out with ${received.length} activities: ${received.map((a) => a.type === 'message' ? a.text : a.type).join(' | ')}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    end() {
      subscription.unsubscribe();
      statusSubscription.unsubscribe();
      directLine.end();
    },
  };
}
