import { readFileSync } from 'node:fs';
import path from 'node:path';
import type restify from 'restify';
import type { Commune } from '../../machines/commune';
import { communeSchema } from '../../src/commune/communeSchema';
import { close, createHttpServer, listen } from '../../src/http/createHttpServer';
import { registerTariffRoutes } from '../../src/http/registerTariffRoutes';
import { silentLogger } from '../../src/log/createLogger';

const demo: Commune = communeSchema.parse(JSON.parse(readFileSync(path.join(__dirname, '../../config/commune.example.json'), 'utf8')));
const commune: Commune = {
  ...demo,
  facilities: [...demo.facilities, { id: 'ancien-plafond', name: 'Crèche au plafond de 2022', type: 'collectif', address: '1 rue de Fontenay, Vincennes', openingHours: {}, ceiling: 6860 }],
};

let server: restify.Server;
let base: string;

beforeAll(async () => {
  server = createHttpServer({ logger: silentLogger });
  registerTariffRoutes(server, { commune, today: () => '2025-10-15' });
  base = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
});
afterAll(() => close(server));

async function page(query = ''): Promise<{ status: number; html: string; headers: Headers }> {
  const response = await fetch(`${base}/simulateur${query ? `?${query}` : ''}`);
  return { status: response.status, html: await response.text(), headers: response.headers };
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const tags = (html: string, name: string) => html.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? [];

/** Static accessibility checks: every control labelled, every described-by target present, no external resource. */
function expectAccessible(html: string): void {
  expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
  expect(html).toMatch(/<title>[^<]+<\/title>/);
  expect(tags(html, 'main')).toHaveLength(1);
  expect(tags(html, 'h1')).toHaveLength(1);
  const labelled = new Set(tags(html, 'label').map((t) => attr(t, 'for')));
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  for (const control of [...tags(html, 'input'), ...tags(html, 'select')]) {
    expect(labelled.has(attr(control, 'id'))).toBe(true);
    for (const target of (attr(control, 'aria-describedby') ?? '').split(' ').filter(Boolean)) expect(ids.has(target)).toBe(true);
  }
  expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|\shref="https?:/i);
}

describe('GET /simulateur', () => {
  test('shows an accessible French form, prefilled with today and the commune’s defaults', async () => {
    const { status, html, headers } = await page();
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(headers.get('content-security-policy')).toContain("default-src 'none'");
    expectAccessible(html);
    expect(html).toContain('<form method="get" action="/simulateur"');
    expect(html).toContain('value="2025-10-15"');
    expect(html).toContain('id="attendanceWeeks" name="attendanceWeeks" type="text" inputmode="decimal" autocomplete="off" value="47"');
    expect(html).toContain('<option value="facility:micro-pyrenees">Micro-crèche Les Pyrénées (micro-crèche)</option>');
    expect(html).not.toContain('Votre estimation');
  });

  test('shows the estimate in a results table when the form is valid', async () => {
    const { html } = await page('accueil=facility%3Amicro-pyrenees&date=2022-03-01&kind=regular&annualResources=43+200&dependentChildren=1&aeehChildren=0&hoursPerWeek=45&attendanceWeeks=46&billedMonths=12');
    expectAccessible(html);
    expect(html).toContain('<h2 id="result-title">Votre estimation</h2>');
    expect(html).toMatch(/<th scope="row">Tarif horaire<\/th><td>2,22\u00a0€<\/td>/);
    expect(html).toMatch(/<th scope="row">Estimation mensuelle<\/th><td>382,95\u00a0€<\/td>/);
    expect(html).toContain('Estimation à justifier.');
    expect(html).toContain('<details><summary>Détail du calcul</summary>');
    expect(html).toContain('value="43 200"');
  });

  test('leaves the monthly lines out for occasional care', async () => {
    const { html } = await page('accueil=careType%3Afamily&date=2026-02-01&kind=occasional&annualResources=0&dependentChildren=1&hoursPerWeek=oops');
    expect(html).toMatch(/<th scope="row">Tarif horaire<\/th><td>0,42\u00a0€<\/td>/);
    expect(html).not.toContain('Estimation mensuelle');
    expect(html).toContain('non vérifié');
  });

  test('lists every error in a summary linked to its field, and marks the fields invalid', async () => {
    const { status, html } = await page('accueil=&date=2016-01-01&annualResources=beaucoup&dependentChildren=&aeehChildren=0');
    expect(status).toBe(200);
    expectAccessible(html);
    expect(html).toMatch(/<title>Erreur : /);
    expect(html).toContain('role="alert"');
    for (const field of ['accueil', 'annualResources', 'dependentChildren']) {
      expect(html).toContain(`<a href="#${field}">`);
      expect(html).toMatch(new RegExp(`id="${field}"[^>]*aria-invalid="true"`));
    }
    expect(html).toContain('choisissez un établissement ou un type d’accueil');
    expect(html).not.toContain('Votre estimation');
  });

  test('reports a facility whose ceiling is below the CNAF one on the facility field', async () => {
    const { html } = await page('accueil=facility%3Aancien-plafond&date=2025-10-01&annualResources=30000&dependentChildren=1');
    expect(html).toContain('<a href="#accueil">');
    expect(html).toContain('plafond Cnaf');
  });

  test('escapes what was typed', async () => {
    const { html } = await page(`accueil=careType%3Acollective&annualResources=${encodeURIComponent('"><script>alert(1)</script>')}&dependentChildren=1`);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&quot;&gt;&lt;script&gt;');
  });
});
