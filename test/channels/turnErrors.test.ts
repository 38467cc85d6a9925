import { TestAdapter, type Activity } from 'botbuilder';
import { createBerceauBot } from '../../src/channels/createBerceauBot';
import { createTurnErrorHandler } from '../../src/channels/createTurnErrorHandler';
import type { LogFields } from '../../src/log/createLogger';
import type { SessionStore } from '../../src/sessions/sessionStore';
import { startTestApp } from '../support/startTestApp';

test('a turn that fails apologises with a correlation id, logs no content, and keeps the draft', async () => {
  const t = await startTestApp();
  const lines: Array<[string, LogFields | undefined]> = [];
  const logger = { debug() {}, info() {}, warn() {}, error: (event: string, fields?: LogFields) => void lines.push([event, fields]) };
  let failSaves = false;
  const real = t.app.sessions;
  const flaky: SessionStore = {
    load: (key) => real.load(key),
    erase: (key) => real.erase(key),
    save: async (key, envelope, etag) => {
      if (failSaves) throw new Error('redis: connection lost while saving Marie Dupont');
      return real.save(key, envelope, etag);
    },
  };
  const bot = createBerceauBot({ turn: { ...t.app.turn, store: flaky }, logger });
  const adapter = new TestAdapter(async (context) => bot.run(context));
  adapter.onTurnError = createTurnErrorHandler(logger);
  try {
    await adapter.send('bonjour').assertReply((a) => expect(a.text).toContain('Bonjour')).assertReply((a) => expect((a as Activity).channelData.step).toBe('parent'));
    failSaves = true;
    await adapter.send('Marie Dupont, marie@exemple.fr, 0612345678').assertReply((a) => {
      expect(a.text).toMatch(/problème technique.*incident [0-9a-f]{8}.*Vos réponses sont conservées/s);
      expect((a as Activity).channelData).toMatchObject({ step: 'error', correlationId: expect.stringMatching(/^[0-9a-f]{8}$/) });
    });
    expect(lines).toEqual([['turn.failed', expect.objectContaining({ errorName: 'Error', correlationId: expect.any(String) })]]);
    expect(JSON.stringify(lines)).not.toContain('Marie');
    failSaves = false;
    await adapter.send('Marie Dupont, marie@exemple.fr, 0612345678').assertReply((a) => expect((a as Activity).channelData.step).toBe('child'));
  } finally {
    await t.stop();
  }
});
