import { TestAdapter, type Activity } from 'botbuilder';
import { createBerceauBot } from '../../src/channels/createBerceauBot';
import { createTurnErrorHandler } from '../../src/channels/createTurnErrorHandler';
import type { LogFields } from '../../src/log/createLogger';
import { ConversationBusyError } from '../../src/sessions/ConversationBusyError';
import type { SessionStore } from '../../src/sessions/sessionStore';
import { DraftFromNewerVersionError } from '../../src/turn/DraftFromNewerVersionError';
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
    await t.cleanup();
  }
});

describe('a turn that fails for a reason that is nobody’s mistake', () => {
  const cases: Array<[string, Error, RegExp, string]> = [
    ['the store is unreachable', Object.assign(new Error('Reached the max retries per request limit (which is 4).'), { name: 'MaxRetriesPerRequestError' }), /^Le service est momentanément interrompu\s: votre réponse n’a pas été enregistrée\./, 'store'],
    ['the previous turn still runs', new ConversationBusyError(10_000), /^Je traite encore votre message précédent\s: celui-ci n’a pas été pris en compte\./, 'busy'],
    ['a newer version holds the draft', new DraftFromNewerVersionError('2'), /^Le service est en cours de mise à jour\s: votre réponse n’a pas été enregistrée\./, 'upgrading'],
  ];

  test.each(cases)('says so plainly when %s, with no apology and no exception text', async (_label, error, text, reason) => {
    const t = await startTestApp();
    const lines: Array<[string, LogFields | undefined]> = [];
    const logger = { debug() {}, info() {}, warn: (event: string, fields?: LogFields) => void lines.push([event, fields]), error: (event: string, fields?: LogFields) => void lines.push([event, fields]) };
    const failing: SessionStore = { ...t.app.sessions, load: async () => Promise.reject(error) };
    const bot = createBerceauBot({ turn: { ...t.app.turn, store: failing }, logger });
    const adapter = new TestAdapter(async (context) => bot.run(context));
    adapter.onTurnError = createTurnErrorHandler(logger);
    try {
      await adapter.send('bonjour').assertReply((a) => {
        expect(a.text).toMatch(text);
        expect(a.text).not.toMatch(/Désolé|incident|retries|MaxRetries|Error/);
        expect((a as Activity).channelData).toEqual({ step: 'unavailable', reason, correlationId: expect.stringMatching(/^[0-9a-f]{8}$/) });
      });
      expect(lines).toEqual([['turn.failed', expect.objectContaining({ code: reason, errorName: error.name })]]);
    } finally {
      await t.stop();
      await t.cleanup();
    }
  });
});
