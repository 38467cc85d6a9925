/**
 * The staff list API over a year of requests: `npm run bench:staff` (also the last part of `npm run bench`). Seeds
 * 20 000 requests (built by the same `toRequestRow` as a real filing) into a fresh schema of the PostgreSQL server
 * (DATABASE_URL, or 127.0.0.1:5432/test), starts the app on it, signs a responsable in through the embedded OIDC
 * provider, then times `GET /api/staff/requests` with filters, sorts and pages over HTTP. Prints p50/p95/p99 and
 * drops the schema. Never part of `npm test`.
 */
import { performance } from 'node:perf_hooks';
import { sql, type Kysely } from 'kysely';
import type { Commune } from '../../machines/commune';
import type { Database } from '../../src/enrolments/databaseSchema';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { silentLogger } from '../../src/log/createLogger';
import { toRequestRow } from '../../src/enrolments/toRequestRow';
import { createRequestLifecycleMachine } from '../../machines/requestLifecycleMachine';
import type { EnrolmentSubmission } from '../../machines/types';
import { dropSchema, TEST_DATABASE_URL, uniqueSchema } from '../support/postgres';
import { signInAgent } from '../support/signInAgent';

const COUNT = Number(process.argv.find((a) => a.startsWith('--requests='))?.split('=')[1] ?? 20_000);
const QUERIES = Number(process.argv.find((a) => a.startsWith('--queries='))?.split('=')[1] ?? 400);
const NAMES = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Michel', 'García', 'Nguyễn', 'Müller', 'Da Silva', 'Benali', 'Traoré'];
const STATUSES = ['deposee', 'a_completer', 'complete', 'en_liste_attente', 'en_liste_attente', 'en_liste_attente', 'presentee_commission', 'archivee'] as const;
const QUERY_MIX = [
  'status=en_liste_attente&sort=-submitted',
  'facility=maison-bleue&ageGroup=bebes&sort=name',
  'search=lef&sort=name',
  'feeBasis=caf&status=complete,en_liste_attente&sort=start',
  'filedFrom=2026-03-01&filedTo=2026-06-30&sort=-submitted&page=3',
  'renewalDue=true&sort=renewal',
  'sort=-submitted&page=40',
  'search=CRE-2026-0123',
];

async function main(): Promise<void> {
  const schema = uniqueSchema();
  const loaded = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema, DEMO_AGENT_PASSWORD: 'bench-password', RETENTION_PURGE_INTERVAL_HOURS: '0' });
  if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  const app = await createApp(loaded.config, { logger: silentLogger });
  try {
    const seeded = performance.now();
    await seed(app.database.db, loaded.config.commune);
    process.stdout.write(`seeded ${COUNT} requests in ${((performance.now() - seeded) / 1000).toFixed(1)} s\n`);
    const port = await app.start(0, '127.0.0.1');
    const base = `http://localhost:${port}`;
    const { cookie } = await signInAgent(base, 'responsable.demo', 'bench-password');
    for (const q of QUERY_MIX) await fetch(`${base}/api/staff/requests?${q}`, { headers: { cookie } }).then((r) => r.text());
    const timings: number[] = [];
    let rows = 0;
    for (let i = 0; i < QUERIES; i += 1) {
      const started = performance.now();
      const response = await fetch(`${base}/api/staff/requests?${QUERY_MIX[i % QUERY_MIX.length]}&pageSize=50`, { headers: { cookie } });
      const body = (await response.json()) as { items?: unknown[] };
      timings.push(performance.now() - started);
      if (response.status !== 200) throw new Error(`status ${response.status}`);
      rows += body.items?.length ?? 0;
    }
    timings.sort((a, b) => a - b);
    const at = (p: number) => (timings[Math.min(timings.length - 1, Math.floor((p / 100) * timings.length))] ?? 0).toFixed(1);
    process.stdout.write(`staff list API, ${COUNT} requests, ${QUERIES} queries (${QUERY_MIX.length} filter/sort/page mixes, 50 per page, ${rows} rows returned): p50 ${at(50)} ms, p95 ${at(95)} ms, p99 ${at(99)} ms, max ${at(100)} ms\n`);
  } finally {
    await app.stop();
    await dropSchema(schema);
  }
}

async function seed(db: Kysely<Database>, commune: Commune): Promise<void> {
  const machine = createRequestLifecycleMachine(commune.lifecycle);
  const facilities = commune.facilities.map((f) => f.id);
  for (let start = 0; start < COUNT; start += 1000) {
    const rows = [];
    for (let i = start; i < Math.min(COUNT, start + 1000); i += 1) {
      const submittedAt = new Date(Date.UTC(2026, 0, 1) + Math.floor((i / COUNT) * 330 * 86_400_000)).toISOString();
      const born = i % 4 !== 0;
      const submission: EnrolmentSubmission = {
        idempotencyKey: `bench-${i}`,
        submittedAt,
        context: {
          conversationHash: `bench-${i}`, clientHash: 'bench', attempt: 0, identityLookups: 0, taxLookups: 0, step: 'submitted',
          parent: { givenName: 'Camille', familyName: `${NAMES[i % NAMES.length]}${i % 7 === 0 ? '-Lefebvre' : ''}`, email: `p${i}@exemple.fr`, phone: '+33612345678' },
          child: born ? { status: 'born', givenName: 'Léo', birthDate: `2026-0${1 + (i % 9)}-1${i % 9}` } : { status: 'expected', expectedDate: '2027-02-15' },
          care: { startDate: `2027-0${1 + (i % 9)}-01`, kind: 'regular', days: { mon: { from: '08:30', to: '17:00' } }, closedWeeksPerYear: 5 },
          facilities: [0, 1].map((k) => ({ id: facilities[(i + k * 2) % facilities.length] ?? '', name: '', type: 'collectif' as const })),
          ...(i % 3 === 0 ? { caf: { status: 'confirmed' as const, data: { dependentChildren: 1, aeehChildren: 0, annualResourcesCents: 3_600_000, resourcesYear: 2024 } } } : { resources: { annualResourcesCents: 3_000_000, dependentChildren: 1, aeehChildren: 0 } }),
        },
      };
      const reference = `CRE-2026-${String(i + 1).padStart(6, '0')}`;
      const status = STATUSES[i % STATUSES.length] ?? 'deposee';
      const renewal = status === 'en_liste_attente' ? `2026-${String(1 + (i % 12)).padStart(2, '0')}-15` : null;
      rows.push({ ...toRequestRow(reference, submission, { communeSiret: commune.siret, machine, ageGroups: commune.lifecycle.ageGroups }), status, renewal_due_on: renewal, closed_at: status === 'archivee' ? submittedAt : null });
    }
    await db.insertInto('requests').values(rows).execute();
  }
  await db.insertInto('reference_counters').values({ year: 2026, last_number: COUNT }).execute();
  await sql`analyze requests`.execute(db);
}

void main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
