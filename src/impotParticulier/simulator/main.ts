import { parseArgs } from 'node:util';
import { createLogger } from '../../log/createLogger';
import { IMPOT_PARTICULIER_POPULATION } from './population';
import { startImpotParticulierSimulator } from './startImpotParticulierSimulator';

/** `npm run simulator:dgfip -- --port 4011`: the API Impôt particulier simulator alone, for manual tests. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '4011' }, host: { type: 'string', default: '127.0.0.1' } } });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: entier entre 0 et 65535 attendu (reçu ${values.port})`);
  const logger = createLogger({ level: 'info' });
  const simulator = await startImpotParticulierSimulator({ host: values.host, port, logger });
  const lines = [
    `Simulateur API Impôt particulier (DGFiP) sur ${simulator.url}`,
    `  IMPOT_PARTICULIER_URL=${simulator.url}`,
    `  IMPOT_PARTICULIER_TOKEN_URL=${simulator.tokenUrl}`,
    `  IMPOT_PARTICULIER_CLIENT_ID=${simulator.clientId}`,
    `  IMPOT_PARTICULIER_CLIENT_SECRET=${simulator.clientSecret}`,
    `  IMPOT_PARTICULIER_ID_TELESERVICE=${simulator.idTeleservice}`,
    'Numéros fiscaux simulés :',
    ...IMPOT_PARTICULIER_POPULATION.map((p) => `  ${p.spi}  ${p.label} → ${'residency' in p.expected ? p.expected.residency : p.expected.failure}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const stop = () => void simulator.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
