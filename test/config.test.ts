import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';

describe('the configuration', () => {
  test('runs the demo on embedded defaults, generating the secrets it was not given', () => {
    const loaded = loadConfig({});
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.config.env.PORT).toBe(3978);
    expect(loaded.config.commune.siret).toBe('21750001600019');
    expect(loaded.config.commune.facilities.length).toBeGreaterThanOrEqual(3);
    expect(loaded.config.generatedSecrets).toEqual(['CONVERSATION_HASH_SECRET', 'WEBCHAT_TOKEN_SECRET', 'LINK_SIGNING_SECRET']);
    expect(Object.isFrozen(loaded.config.commune.facilities)).toBe(true);
  });

  test('reports every invalid key at once', () => {
    const loaded = loadConfig({ PORT: 'eighty', REDIS_URL: 'not a url', LOG_LEVEL: 'loud', MicrosoftAppType: 'Personal' });
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.errors.map((e) => e.split(':')[0])).toEqual(expect.arrayContaining(['PORT', 'REDIS_URL', 'LOG_LEVEL', 'MicrosoftAppType']));
  });

  test('requires a token with an API Particulier URL and a tenant with a single-tenant app', () => {
    const loaded = loadConfig({ API_PARTICULIER_URL: 'https://particulier.api.gouv.fr', MicrosoftAppId: 'abc' });
    expect(loaded.ok ? [] : loaded.errors).toEqual([expect.stringMatching(/^API_PARTICULIER_TOKEN/), expect.stringMatching(/^MicrosoftAppTenantId/)]);
  });

  test('refuses a commune file with a bad SIRET, a typo in a key or duplicate facility ids, naming each', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'berceau-'));
    const file = path.join(dir, 'commune.json');
    const facility = { id: 'a', name: 'Crèche A', type: 'collectif', address: '1 rue A', openingHours: { mon: { from: '08:00', to: '18:00' } } };
    writeFileSync(file, JSON.stringify({ name: 'X', siret: '21750001600018', inseeCodes: ['75056'], postcodes: ['75001'], dataProtection: { controller: 'X', contact: 'dpo@x.fr' }, closedWeeksPerYear: 5, draftTtlDays: 30, facilites: [], facilities: [facility, facility] }));
    const loaded = loadConfig({ COMMUNE_CONFIG_FILE: file });
    expect(loaded.ok ? [] : loaded.errors).toEqual(expect.arrayContaining([expect.stringContaining('commune.siret'), expect.stringMatching(/facilites/), expect.stringContaining('en double')]));
  });

  test('says which commune file could not be read', () => {
    const loaded = loadConfig({ COMMUNE_CONFIG_FILE: '/nonexistent/commune.json' });
    expect(loaded.ok ? [] : loaded.errors).toEqual([expect.stringContaining('/nonexistent/commune.json')]);
  });
});

test('an SMTP server needs a sender address, and an SMTP URL must be smtp:// or smtps://', () => {
  const withoutFrom = loadConfig({ SMTP_URL: 'smtp://mail.ville.example:587' });
  expect(withoutFrom.ok).toBe(false);
  if (!withoutFrom.ok) expect(withoutFrom.errors).toEqual([expect.stringContaining('MAIL_FROM')]);
  expect(loadConfig({ SMTP_URL: 'smtp://mail.ville.example:587', MAIL_FROM: 'Petite enfance <ne-pas-repondre@ville.example>' }).ok).toBe(true);
  const wrongScheme = loadConfig({ SMTP_URL: 'https://mail.ville.example' });
  expect(wrongScheme.ok).toBe(false);
});
