import { request } from 'undici';
import { runTurn } from '../../src/turn/runTurn';
import { nextEvent } from '../jobs/jobQueueContract';
import { fileRequest } from '../support/fileRequest';
import { startListeningApp } from '../support/startListeningApp';

describe('the demo on embedded defaults (no Redis, no SMTP)', () => {
  test('runs the receipt job in memory and shows the mail at /demo/mails instead of sending it', async () => {
    const running = await startListeningApp();
    try {
      const { app, baseUrl } = running;
      expect(app.followUp.jobs.kind).toBe('memory');
      expect(app.followUp.mailer.kind).toBe('catcher');
      const sent = nextEvent(app.followUp.jobs, (e) => e.name === 'receipt');
      const reference = await fileRequest((value) => runTurn(app.turn, 'webchat:demo-mailbox', { value }));
      expect(await sent).toMatchObject({ type: 'completed', id: `receipt:${reference}` });
      const page = await request(`${baseUrl}/demo/mails`);
      const html = await page.body.text();
      expect(page.statusCode).toBe(200);
      expect(html).toContain(`Votre demande de place en crèche est enregistrée (${reference})`);
      expect(html).toContain('À camille.martin@exemple.fr');
      expect(html).toContain(`${baseUrl}/suivi/`);
    } finally {
      await running.stop();
    }
  });

  test('with SMTP_URL set, the demo mailbox is not mounted', async () => {
    const running = await startListeningApp({ env: { SMTP_URL: 'smtp://127.0.0.1:9', MAIL_FROM: 'Petite enfance <ne-pas-repondre@ville.example>' } });
    try {
      expect(running.app.followUp.mailer.kind).toBe('smtp');
      const page = await request(`${running.baseUrl}/demo/mails`);
      expect(page.statusCode).toBe(404);
      await page.body.dump();
    } finally {
      await running.stop();
    }
  });
});
