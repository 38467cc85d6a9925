import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'csv-parse/sync';
import { chromium, type Browser } from 'playwright-core';
import type { App } from '../../src/app';
import { projectRoot } from '../../src/config';
import { dropSchema, TEST_DATABASE_URL, uniqueSchema } from '../support/postgres';
import { playStep, waitForMore } from './support/driveWebChat';
import { berceauScenario } from './support/berceauScenario';
import { startBerceauApp } from './support/startBerceauApp';

const OUTPUT_DIR = path.join(projectRoot(), 'test-output', 'agents');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=fr-FR'];
const PASSWORD = 'demo-agents-2026';

describe('an agent finds, instructs and exports the request a parent just filed in the chat (Chromium)', () => {
  let browser: Browser;
  let app: App;
  let baseUrl: string;
  const schema = uniqueSchema();

  beforeAll(async () => {
    const running = await startBerceauApp({ allowedOrigins: [], env: { DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema, DEMO_AGENT_PASSWORD: PASSWORD, RETENTION_PURGE_INTERVAL_HOURS: '0' } });
    ({ app, baseUrl } = running);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    mkdirSync(OUTPUT_DIR, { recursive: true });
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await dropSchema(schema);
  });

  it('signs in through the embedded provider, opens the request, marks two proofs, completes it, lists it, exports the list', async () => {
    const parent = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
    await parent.goto(`${baseUrl}/`);
    await waitForMore(parent, berceauScenario.greeting, 0, 20_000);
    for (const step of berceauScenario.steps) await playStep(parent, step);
    const feed = await parent.locator('[role=feed]').innerText();
    const reference = /CRE-2026-\d{6}/.exec(feed)?.[0] ?? '';
    expect(reference).toMatch(/^CRE-2026-\d{6}$/);

    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && problems.push(m.text())));
    page.on('response', (r) => void (r.status() === 404 && problems.push(r.url())));
    await page.goto(`${baseUrl}/agents/`);
    await page.getByLabel('Identifiant').fill('responsable.demo');
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: 'Demandes de pré-inscription' }).waitFor();

    await page.getByLabel('Référence ou nom de famille').fill('dupont');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.getByRole('link', { name: reference }).waitFor();
    const axeList = await new AxeBuilder({ page }).analyze();
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'liste.png'), fullPage: true });
    await page.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { name: new RegExp(`Demande ${reference}`) }).waitFor();
    expect(await page.locator('main').innerText()).toContain('marie.dupont@exemple.fr');

    for (const proof of ['Pièce d’identité des parents', 'Justificatif de domicile de moins de 3 mois']) {
      await page.getByLabel(`État de « ${proof} »`).selectOption('received');
      await page.getByRole('row', { name: new RegExp(proof) }).getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('La pièce a été mise à jour.').waitFor();
    }
    await page.getByRole('button', { name: 'Marquer complète' }).click();
    await page.getByText('Le statut de la demande a été mis à jour.').waitFor();
    await page.getByRole('button', { name: 'Inscrire en liste d’attente' }).click();
    await page.getByRole('heading', { name: /En liste d’attente/ }).waitFor();
    const axeDetail = await new AxeBuilder({ page }).analyze();
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'detail.png'), fullPage: true });
    const history = await page.getByRole('table', { name: 'Changements de statut' }).innerText();
    expect(history).toMatch(/Déposée → Complète[\s\S]*Complète → En liste d’attente/);

    await page.getByRole('link', { name: '← Retour à la liste' }).click();
    await page.getByLabel('Statut').selectOption('en_liste_attente');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.getByRole('link', { name: reference }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Exporter la liste (CSV)' }).click()]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    const rows = parse(csv, { delimiter: ';', bom: true }) as string[][];
    expect(rows.map((r) => r[0])).toEqual(['Référence', reference]);
    expect(rows[1]?.[2]).toBe('En liste d’attente');

    const record = await app.records.load(reference);
    expect(record?.proofs.filter((p) => p.status === 'received').map((p) => p.type)).toEqual(['identite', 'domicile']);
    expect(record?.history.map((h) => h.to)).toEqual(['deposee', 'complete', 'en_liste_attente']);
    const audit = await app.database.db.selectFrom('agent_audit').select('action').orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['request.viewed', 'proof.updated', 'request.transitioned', 'list.exported']));
    expect(axeList.violations.map((v) => v.id)).toEqual([]);
    expect(axeDetail.violations.map((v) => v.id)).toEqual([]);
    expect(problems).toEqual([]);
  }, 120_000);
});
