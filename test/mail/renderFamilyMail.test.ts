import { request } from 'undici';
import { close, createHttpServer, listen } from '../../src/http/createHttpServer';
import { silentLogger } from '../../src/log/createLogger';
import { createMailCatcher } from '../../src/mail/createMailCatcher';
import { registerMailCatcherPage } from '../../src/mail/registerMailCatcherPage';
import { renderFamilyMail } from '../../src/mail/renderFamilyMail';
import { loadDemoCommune } from '../support/demoCommune';

const commune = loadDemoCommune();
const content = {
  reference: 'CRE-2026-000005',
  subject: 'Une place vous est proposée',
  greeting: 'Bonjour <script>alert(1)</script>,',
  intro: ['La crèche « Les Petits Loups & Cie » vous propose une place.'],
  ask: 'accepter ou refuser la place',
  deadline: '2027-03-01',
  sections: [{ title: 'La place', lines: ['Entrée le 1er septembre 2027'] }],
  link: { url: 'https://bot.ville.example/suivi/abc.def.ghi', label: 'Répondre', expiresAt: '2027-03-01T22:59:59Z' },
  commune,
};

describe('family mails', () => {
  test('carry the reference, what is asked, the deadline and the link, in text and in escaped HTML', () => {
    const mail = renderFamilyMail(content);
    expect(mail.subject).toBe('Une place vous est proposée (CRE-2026-000005)');
    expect(mail.text).toContain('Référence de votre demande : CRE-2026-000005\nCe qui vous est demandé : accepter ou refuser la place\nDate limite : 1er mars 2027');
    expect(mail.text).toContain('Répondre : https://bot.ville.example/suivi/abc.def.ghi');
    expect(mail.text).toContain('expire le 1er mars 2027');
    expect(mail.html).toContain('Bonjour &lt;script&gt;alert(1)&lt;/script&gt;,');
    expect(mail.html).toContain('« Les Petits Loups &amp; Cie »');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('<strong>1er mars 2027</strong>');
  });

  test('the demo mailbox lists the caught mails and shows one under a CSP without scripts', async () => {
    const catcher = createMailCatcher();
    await catcher.send({ to: 'camille@exemple.fr', reference: 'CRE-2026-000005', kind: 'offer', ...renderFamilyMail(content) });
    const server = createHttpServer({ logger: silentLogger });
    registerMailCatcherPage(server, { catcher, commune });
    const base = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
    try {
      const list = await request(`${base}/demo/mails`);
      const html = await list.body.text();
      expect(list.statusCode).toBe(200);
      expect(html).toContain('Une place vous est proposée (CRE-2026-000005)');
      expect(html).toContain('Bonjour &lt;script&gt;');
      const id = catcher.list()[0]!.id;
      const one = await request(`${base}/demo/mails/${id}`);
      expect(String(one.headers['content-security-policy'])).toContain('sandbox');
      expect(await one.body.text()).toContain('Répondre');
      const missing = await request(`${base}/demo/mails/nope`);
      expect(missing.statusCode).toBe(404);
      expect(await missing.body.json()).toEqual({ error: { code: 'NotFound', message: 'Aucun e-mail avec cet identifiant' } });
    } finally {
      await close(server);
    }
  });
});
