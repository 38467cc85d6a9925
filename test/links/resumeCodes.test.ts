import type { StoredEnrolment } from '../../src/enrolments/enrolmentStore';
import { createMemoryResumeCodeStore } from '../../src/links/createMemoryResumeCodeStore';
import { createRedisResumeCodeStore } from '../../src/links/createRedisResumeCodeStore';
import { createResumeCodes } from '../../src/links/createResumeCodes';
import type { ResumeCodeStore } from '../../src/links/resumeCodes';
import { createMailCatcher } from '../../src/mail/createMailCatcher';
import { loadDemoCommune } from '../support/demoCommune';
import { connectTestRedis } from '../support/redis';

const REFERENCE = 'CRE-2026-000007';
const enrolment = { reference: REFERENCE, submittedAt: '2026-11-27T09:00:00Z', idempotencyKey: 'k', request: { parent: { givenName: 'Camille', familyName: 'Martin', email: 'camille.martin@exemple.fr', phone: '+33612345678' } } } as unknown as StoredEnrolment;

describe.each([
  ['memory', async () => ({ store: createMemoryResumeCodeStore() as ResumeCodeStore, cleanup: async () => {} })],
  [
    'Redis',
    async () => {
      const { redis, prefix, cleanup } = connectTestRedis();
      return { store: createRedisResumeCodeStore(redis, { prefix }), cleanup };
    },
  ],
])('« reprendre ma demande » codes with the %s store', (_label, open) => {
  let store: ResumeCodeStore;
  let cleanup: () => Promise<void>;
  let now = Date.parse('2026-11-27T09:00:00Z');
  const mailer = createMailCatcher();
  beforeEach(async () => {
    ({ store, cleanup } = await open());
    now = Date.parse('2026-11-27T09:00:00Z');
  });
  afterEach(() => cleanup());
  const codes = () => createResumeCodes({ store, enrolments: { get: async (r) => (r === REFERENCE ? enrolment : undefined) }, mailer, commune: loadDemoCommune(), secret: 'secret-for-code-hashes-0123456789abcdef', now: () => new Date(now) });
  const lastCode = () => /Votre code : (\d{6})/.exec(mailer.list()[0]?.text ?? '')?.[1] ?? '';

  test('sends a 6-digit code to the request’s address, kept hashed, that opens the request once', async () => {
    expect(await codes().request(REFERENCE)).toEqual({ ok: true, sent: true });
    const mail = mailer.list()[0]!;
    expect(mail).toMatchObject({ to: 'camille.martin@exemple.fr', reference: REFERENCE, kind: 'resume-code' });
    const code = lastCode();
    expect(code).toMatch(/^\d{6}$/);
    expect(JSON.stringify(await store.load(REFERENCE))).not.toContain(code);
    expect(await codes().verify(REFERENCE, ` ${code.slice(0, 3)} ${code.slice(3)} `)).toEqual({ ok: true, reference: REFERENCE });
    expect(await codes().verify(REFERENCE, code)).toEqual({ ok: false, error: 'expired' });
  });

  test('answers the same for an unknown reference, and sends nothing', async () => {
    const before = mailer.list().length;
    expect(await codes().request('CRE-2026-999999')).toEqual({ ok: true, sent: false });
    expect(await codes().request('n’importe quoi')).toEqual({ ok: true, sent: false });
    expect(mailer.list()).toHaveLength(before);
  });

  test('a code expires after 15 minutes, and five wrong tries spend it', async () => {
    await codes().request(REFERENCE);
    now += 15 * 60_000 + 1;
    expect(await codes().verify(REFERENCE, lastCode())).toEqual({ ok: false, error: 'expired' });
    now = Date.parse('2026-11-27T10:00:00Z');
    await codes().request(REFERENCE);
    const right = lastCode();
    const wrong = right === '000000' ? '111111' : '000000';
    for (let i = 0; i < 4; i += 1) expect(await codes().verify(REFERENCE, wrong)).toEqual({ ok: false, error: 'wrong-code' });
    expect(await codes().verify(REFERENCE, wrong)).toEqual({ ok: false, error: 'too-many-attempts' });
    expect((await codes().verify(REFERENCE, right)).ok).toBe(false);
  });

  test('at most three codes per request and hour', async () => {
    for (let i = 0; i < 3; i += 1) expect((await codes().request(REFERENCE)).ok).toBe(true);
    expect(await codes().request(REFERENCE)).toEqual({ ok: false, error: 'too-many-requests' });
  });
});
