import { createMemoryAuditLog } from '../../src/audit/auditLog';
import { loadConfig } from '../../src/config';
import { startImpotParticulierSimulator } from '../../src/impotParticulier/simulator/startImpotParticulierSimulator';
import { silentLogger } from '../../src/log/createLogger';
import { createTaxService } from '../../src/services/createTaxService';
import { loadDemoCommune } from '../support/demoCommune';

describe('the DGFiP service built from the configuration', () => {
  const clock = () => new Date('2026-11-27T09:00:00Z');

  test('calls a configured gateway with the configured credentials only (the demo ones are refused there)', async () => {
    const gateway = await startImpotParticulierSimulator({ clientId: 'commune-client', clientSecret: 'commune-secret-value', idTeleservice: 'COMMUNE_TS', now: clock });
    const loaded = loadConfig({
      IMPOT_PARTICULIER_URL: gateway.url,
      IMPOT_PARTICULIER_TOKEN_URL: gateway.tokenUrl,
      IMPOT_PARTICULIER_CLIENT_ID: 'commune-client',
      IMPOT_PARTICULIER_CLIENT_SECRET: 'commune-secret-value',
      IMPOT_PARTICULIER_ID_TELESERVICE: 'COMMUNE_TS',
    });
    if (!loaded.ok) throw new Error(loaded.errors.join('; '));
    const tax = await createTaxService(loaded.config.env, loadDemoCommune(), { logger: silentLogger, audit: createMemoryAuditLog(), clock });
    try {
      expect(tax.simulatorUrl).toBeUndefined();
      const outcome = await tax.check('3999999930262', 'h');
      expect(outcome).toMatchObject({ ok: true });
      expect(gateway.counts().tokenRequests).toBe(1);
    } finally {
      await tax.close();
      await gateway.close();
    }
  });

  test('without a gateway, starts the simulator in-process', async () => {
    const loaded = loadConfig({});
    if (!loaded.ok) throw new Error(loaded.errors.join('; '));
    const tax = await createTaxService(loaded.config.env, loadDemoCommune(), { logger: silentLogger, audit: createMemoryAuditLog(), clock });
    try {
      expect(tax.simulatorUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
    } finally {
      await tax.close();
    }
  });
});
