import { ConnectionStatus } from './support/connectDirectLine';
import { texts, useDirectLineHarness } from './support/useDirectLineHarness';


describe('the self-hosted Direct Line with the official client in polling mode', () => {
  const h = useDirectLineHarness({ webSocket: false, pollingInterval: 200 });

  it('connects, shows the welcome, echoes a message and delivers the replies in order', async () => {
    const { token } = await h.server.mintToken();
    const client = h.connect({ token });
    await client.waitFor((received) => received.length >= 1);
    const id = await client.post({ type: 'message', text: 'trois', channelData: { clientActivityID: 'p-1' } });
    await client.waitFor((received) => received.length >= 5);
    expect(texts(client.received)).toEqual(['Bienvenue ! Je suis le robot de test.', 'trois', 'un', 'deux', 'trois']);
    expect(client.received[1]).toMatchObject({ id, channelData: { clientActivityID: 'p-1' }, from: { role: 'user' } });
    expect(client.received.slice(2).every((a) => a.replyToId === id)).toBe(true);
    expect(h.server.handle.sockets.count()).toBe(0);
  });

  it('submits an Adaptive Card value and gets the answer to it', async () => {
    const { token } = await h.server.mintToken();
    const client = h.connect({ token });
    await client.waitFor((received) => received.length >= 1);
    const value = { step: 'care', startDate: '2026-09-01', kind: 'regular' };
    await client.post({ type: 'message', value, channelData: { postBack: true } });
    await client.waitFor((received) => received.length >= 3);
    expect(client.received[1]).toMatchObject({ value, channelData: { postBack: true } });
    expect(texts(client.received)[2]).toBe(`Valeur reçue : ${JSON.stringify(value)}`);
  });

  it('resumes a conversation by id and replays it from the start', async () => {
    const { token, conversationId } = await h.server.mintToken();
    const first = h.connect({ token });
    await first.waitFor((received) => received.length >= 1);
    await first.post({ type: 'message', text: 'bonjour' });
    await first.waitFor((received) => received.length >= 3);
    first.end();
    const second = h.connect({ token, conversationId });
    await second.waitFor((received) => received.length >= 3);
    expect(texts(second.received)).toEqual(texts(first.received));
  });

  it('stops with an expired token once the token has expired', async () => {
    const { token } = await h.server.mintToken();
    const client = h.connect({ token });
    await client.waitFor((received) => received.length >= 1);
    h.clock.offsetMs = 31 * 60_000;
    for (let i = 0; i < 100 && !client.statuses.includes(ConnectionStatus.ExpiredToken); i += 1) await new Promise((r) => setTimeout(r, 20));
    expect(client.statuses).toContain(ConnectionStatus.ExpiredToken);
  });

  it('fails to connect to a conversation that was never started', async () => {
    const { token, conversationId } = await h.server.mintToken();
    const client = h.connect({ token, conversationId });
    for (let i = 0; i < 100 && !client.statuses.includes(ConnectionStatus.FailedToConnect); i += 1) await new Promise((r) => setTimeout(r, 20));
    expect(client.statuses).toContain(ConnectionStatus.FailedToConnect);
    expect(client.received).toEqual([]);
  });
});
