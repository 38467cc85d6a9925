import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import type { Commune } from '../../machines/commune';
import type { EnrolmentStore } from '../enrolments/enrolmentStore';
import type { Mailer } from '../mail/mailer';
import { renderFamilyMail } from '../mail/renderFamilyMail';
import {
  RESUME_CODE_MAX_ATTEMPTS,
  RESUME_CODE_REQUESTS_PER_HOUR,
  RESUME_CODE_TTL_SECONDS,
  type ResumeCodeStore,
  type ResumeCodes,
} from './resumeCodes';

export interface ResumeCodeDeps {
  store: ResumeCodeStore;
  enrolments: Pick<EnrolmentStore, 'get'>;
  mailer: Mailer;
  commune: Pick<Commune, 'name' | 'dataProtection' | 'theme'>;
  /** Keys the code hashes (the link-signing secret). */
  secret: string;
  now?: () => Date;
}

const REFERENCE = /^CRE-\d{4}-\d{6}$/;

/**
 * The mechanics of « reprendre ma demande » (the dialogue that asks for the reference and the code is the
 * follow-up conversation's). The code is drawn with `crypto.randomInt`, stored as an HMAC, compared in constant
 * time, and spent on success; a new request replaces the previous code. The request limit is local to this port
 * (3 mails per reference and hour) until the shared limiter is wired.
 */
export function createResumeCodes(deps: ResumeCodeDeps): ResumeCodes {
  const now = deps.now ?? (() => new Date());
  const hashOf = (reference: string, code: string) => createHmac('sha256', deps.secret).update(`${reference}:${code}`).digest('hex');
  return {
    async request(reference) {
      if (!REFERENCE.test(reference)) return { ok: true, sent: false };
      if ((await deps.store.countRequest(reference, 3600)) > RESUME_CODE_REQUESTS_PER_HOUR) return { ok: false, error: 'too-many-requests' };
      const enrolment = await deps.enrolments.get(reference);
      const email = enrolment?.request.parent?.email;
      if (!enrolment || !email) return { ok: true, sent: false };
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      const expiresAt = new Date(now().getTime() + RESUME_CODE_TTL_SECONDS * 1000).toISOString();
      await deps.store.save(reference, { hash: hashOf(reference, code), expiresAt }, RESUME_CODE_TTL_SECONDS);
      const mail = renderFamilyMail({
        reference,
        subject: 'Votre code pour reprendre votre demande',
        greeting: 'Bonjour,',
        intro: ['Quelqu’un (vous, sans doute) a demandé à reprendre cette demande de place en crèche dans l’assistant de la commune.', `Votre code : ${code}`],
        ask: 'saisir ce code dans la conversation, dans les 15 minutes',
        sections: [{ title: 'Ce n’est pas vous ?', lines: ['Ignorez ce message : sans ce code, personne ne peut ouvrir votre demande.'] }],
        commune: deps.commune,
      });
      const sent = await deps.mailer.send({ to: email, reference, kind: 'resume-code', ...mail });
      return { ok: true, sent: sent.ok };
    },
    async verify(reference, code) {
      if (!REFERENCE.test(reference)) return { ok: false, error: 'wrong-code' };
      const stored = await deps.store.load(reference);
      if (!stored) return { ok: false, error: 'expired' };
      if (Date.parse(stored.expiresAt) <= now().getTime()) {
        await deps.store.remove(reference);
        return { ok: false, error: 'expired' };
      }
      if (stored.attempts >= RESUME_CODE_MAX_ATTEMPTS) return { ok: false, error: 'too-many-attempts' };
      const given = Buffer.from(hashOf(reference, code.replace(/\s+/g, '')), 'hex');
      if (given.length === 32 && timingSafeEqual(given, Buffer.from(stored.hash, 'hex'))) {
        await deps.store.remove(reference);
        return { ok: true, reference };
      }
      const attempts = await deps.store.recordAttempt(reference);
      if (attempts >= RESUME_CODE_MAX_ATTEMPTS) {
        await deps.store.remove(reference);
        return { ok: false, error: 'too-many-attempts' };
      }
      return { ok: false, error: 'wrong-code' };
    },
  };
}
