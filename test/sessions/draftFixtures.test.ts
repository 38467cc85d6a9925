import { ENROLMENT_MACHINE_VERSION } from '../../machines/enrolmentMachine';
import { DRAFT_MIGRATIONS } from '../../machines/migrations';
import { checkMigrationChain } from '../../src/sessions/migrateDraft';
import { continueDraftFixture, startFixtureApp, type FixtureApp } from '../support/drafts/continueDraftFixture';
import { listFixtureVersions, loadDraftFixtures } from '../support/drafts/draftFixtures';
import { FIXTURE_CLOCK } from '../support/drafts/draftScripts';

describe('drafts saved by every version of the statechart', () => {
  let shared: FixtureApp;
  beforeAll(async () => {
    shared = await startFixtureApp(FIXTURE_CLOCK);
  });
  afterAll(() => shared.stop());
  test('the migration registry reaches the current version from every version it knows', () => {
    expect(checkMigrationChain(DRAFT_MIGRATIONS, ENROLMENT_MACHINE_VERSION)).toEqual([]);
  });

  test('every committed fixture version is either the current one or has a migration from it', () => {
    const known = new Set([ENROLMENT_MACHINE_VERSION, ...DRAFT_MIGRATIONS.map((m) => m.from)]);
    expect(listFixtureVersions().filter((v) => !known.has(v))).toEqual([]);
  });

  test('the current version has its own fixtures, one per step of the conversation', () => {
    const names = loadDraftFixtures(ENROLMENT_MACHINE_VERSION).map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['parent', 'child', 'care', 'facilities', 'consent', 'identity', 'review', 'resources', 'tax', 'summary', 'submitted', 'cancelled']));
  });

  test.each(loadDraftFixtures().map((f) => [`v${f.machineVersion}/${f.name}`, f] as const))('%s migrates, is taken up as it was saved and continues to the step it led to', async (_label, fixture) => {
    const continued = await continueDraftFixture(fixture, fixture.capturedAt === FIXTURE_CLOCK ? shared : undefined);
    expect(continued.troubles).toEqual([]);
    expect(continued.steps).not.toContain('error');
    expect(continued.steps.at(-1)).toBe(fixture.next.step);
    expect(continued.savedVersion).toBe(ENROLMENT_MACHINE_VERSION);
    if (fixture.machineVersion !== ENROLMENT_MACHINE_VERSION) expect(continued.applied.length).toBeGreaterThan(0);
  });
});
