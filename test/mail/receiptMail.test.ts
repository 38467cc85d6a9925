import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { createBullJobQueue } from '../../src/jobs/createBullJobQueue';
import { RECEIPT_JOB, receiptJobId } from '../../src/jobs/createReceiptHandler';
import type { JobEvent } from '../../src/jobs/jobQueue';
import { createRedisOnceLedger } from '../../src/ledger/createRedisOnceLedger';
import { nextEvent } from '../jobs/jobQueueContract';
import { fileRequest } from '../support/fileRequest';
import { startSmtpServer, type TestSmtpServer } from '../support/startSmtpServer';
import { startTestApp, type TestApp } from '../support/startTestApp';
import { createRecordingLogger } from '../teams/recordingLogger';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('the receipt e-mail at filing, over SMTP, from a BullMQ job', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let redis: Redis;
  const logger = createRecordingLogger();

  beforeEach(async () => {
    logger.lines.length = 0;
    smtp = await startSmtpServer();
    redis = new Redis(REDIS_URL);
    const prefix = `test:receipt:${Date.now()}:${Math.random().toString(36).slice(2)}:`;
    const jobs = createBullJobQueue({ redisUrl: REDIS_URL, prefix, ledger: createRedisOnceLedger(redis, { prefix }), logger, retry: { attempts: 3, backoffMs: 20 } });
    t = await startTestApp({ redis: true, prefix, env: { SMTP_URL: smtp.url, MAIL_FROM: 'Petite enfance <ne-pas-repondre@paris.example>' }, overrides: { logger, jobs } });
    await t.app.followUp.jobs.start();
  });
  afterEach(async () => {
    await t.stop();
    await t.cleanup();
    redis.disconnect();
    await smtp.close();
  });

  const say = (value: Record<string, unknown>) => t.say('receipt', value);

  test('is sent once per request, with what was asked, the fee and its basis, what happens next and a follow-up link', async () => {
    const reference = await fileRequest(say);
    const [mail] = await smtp.waitFor(1);
    const { parsed } = mail!;
    expect(mail!.to).toEqual(['camille.martin@exemple.fr']);
    expect(mail!.from).toBe('ne-pas-repondre@paris.example');
    expect(parsed.subject).toBe(`Votre demande de place en crèche est enregistrée (${reference})`);
    expect(parsed.headers.get('x-berceau-reference')).toBe(reference);
    const text = parsed.text ?? '';
    expect(text).toContain(`Référence de votre demande : ${reference}`);
    expect(text).toContain('Enfant : Léo, naissance le 3 mars 2026');
    expect(text).toMatch(/\s€ de l’heure, soit .+\s€ par mois/);
    expect(text).not.toMatch(/Taux d’effort|non vérifié|Attention/);
    expect(text).toContain('Accueil souhaité à partir du 1er septembre 2027');
    expect(text).toContain('Accueil régulier : lundi de 8 h 30 à 17 h 30, mardi de 8 h 30 à 17 h 30, jeudi de 8 h 30 à 16 h 30');
    expect(text).toMatch(/Choix n° 1 : .+\n.*Choix n° 2 : /);
    expect(text).toContain('Base du calcul : les ressources que vous avez déclarées');
    expect(text).toContain('Et maintenant ?');
    const link = /Suivre ma demande : (\S+)/.exec(text)?.[1] ?? '';
    expect(link).toMatch(/^http:\/\/localhost:3978\/suivi\/[\w-]+\.[\w-]+\.[\w-]+$/);
    const check = await t.app.followUp.links.verify(link.split('/suivi/')[1] ?? '');
    expect(check).toMatchObject({ ok: true, claims: { reference, purpose: 'follow-up' } });
    expect(parsed.html).toContain(`<strong>${reference}</strong>`);
    expect(parsed.html).toContain(`href="${link}"`);

    // The same draft filed again (a double click) schedules nothing: the receipt of that reference is done.
    const again = await say({ step: 'summary', submit: true });
    expect(again.find((r) => r.enrolment)?.enrolment?.reference).toBe(reference);
    expect(await t.app.followUp.jobs.schedule(RECEIPT_JOB, { id: receiptJobId(reference), data: { reference } })).toBe('done');
    expect(await t.app.followUp.jobs.pending()).toEqual([]);
    expect(smtp.mails).toHaveLength(1);

    const logged = JSON.stringify(logger.lines);
    expect(logged).toContain('receipt.sent');
    expect(logged).not.toMatch(/camille|martin|exemple\.fr|Léo/i);
    saveForTheNote(mail!.raw);
  });

  test('a server that answers 451 is tried again; one that answers 550 is not, and nothing of the address is logged', async () => {
    smtp.refuseNext(1, 451);
    const events: JobEvent[] = [];
    t.app.followUp.jobs.onEvent((e) => events.push(e));
    const firstDone = nextEvent(t.app.followUp.jobs, (e) => e.type === 'completed');
    await fileRequest(say);
    await firstDone;
    expect(events.map((e) => `${e.type}#${e.attempt}`)).toEqual(['failed#1', 'completed#2']);
    expect(smtp.mails).toHaveLength(1);

    smtp.refuseNext(1, 550);
    const secondDone = nextEvent(t.app.followUp.jobs, (e) => e.type === 'completed' && e.id !== events[0]?.id);
    await fileRequest((value) => t.say('other', value));
    await secondDone;
    expect(smtp.mails).toHaveLength(1);
    const failures = logger.lines.filter((l) => l.event === 'receipt.failed').map((l) => l.fields.outcome);
    expect(failures).toEqual(['transient', 'permanent']);
    expect(JSON.stringify(logger.lines)).not.toMatch(/camille|exemple\.fr/i);
  });
});

/** The captured receipt goes under test-output/ so that the issue note can quote a real one. */
function saveForTheNote(raw: string): void {
  const dir = path.join(__dirname, '..', '..', 'test-output');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'receipt-mail.eml'), raw);
}
