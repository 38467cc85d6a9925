import { connectDirectLine, type ConnectedClient, type WireActivity } from './connectDirectLine';
import { createEchoBot } from './createEchoBot';
import { startDirectLineServer, type DirectLineTestServer } from './startDirectLineServer';

/** Texts of the messages received, other activities by their type. */
export const texts = (activities: WireActivity[]) => activities.map((a) => (a.type === 'message' ? a.text : a.type));

/**
 * A Direct Line server with the echo bot, started before each test with a clock the test can move
 * (`clock.offsetMs`), and DirectLineJS clients (polling or WebSocket) ended after each test.
 */
export function useDirectLineHarness(clientDefaults: Partial<Parameters<typeof connectDirectLine>[0]>) {
  const clients: ConnectedClient[] = [];
  const state: { echo?: ReturnType<typeof createEchoBot>; server?: DirectLineTestServer } = {};
  const clock = { offsetMs: 0 };
  beforeEach(async () => {
    state.echo = createEchoBot();
    clock.offsetMs = 0;
    state.server = await startDirectLineServer({ bot: state.echo.bot, now: () => new Date(Date.now() + clock.offsetMs) });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.end();
    await state.server?.close();
  });
  return {
    clock,
    get echo() {
      return state.echo as ReturnType<typeof createEchoBot>;
    },
    get server() {
      return state.server as DirectLineTestServer;
    },
    connect(options: Partial<Parameters<typeof connectDirectLine>[0]>) {
      const client = connectDirectLine({ domain: (state.server as DirectLineTestServer).domain, ...clientDefaults, ...options } as Parameters<typeof connectDirectLine>[0]);
      clients.push(client);
      return client;
    },
  };
}
