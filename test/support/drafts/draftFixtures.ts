import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TurnInput } from '../../../dialogs/parseTypes';
import type { SessionEnvelope } from '../../../src/sessions/sessionStore';

/** A draft saved by a real run through `runTurn`, with the message that followed it then and the step it led to. */
export interface DraftFixture {
  /** The statechart version that saved it (`test/fixtures/drafts/v<version>/`). */
  machineVersion: string;
  /** The fixture's file name without `.json`: the step the draft awaits (`parent-partial`, `cancelled`…). */
  name: string;
  /** Which scripted conversation it comes from (`test/support/drafts/draftScripts.ts`). */
  script: string;
  capturedAt: string;
  envelope: SessionEnvelope;
  next: { input: TurnInput; step: string };
}

export const DRAFT_FIXTURES_DIR = path.join(__dirname, '..', '..', 'fixtures', 'drafts');

/** The versions that have committed fixtures, oldest first. */
export function listFixtureVersions(): string[] {
  return readdirSync(DRAFT_FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^v\d+$/.test(entry.name))
    .map((entry) => entry.name.slice(1))
    .sort((a, b) => Number(a) - Number(b));
}

/** Every fixture of one version (or of every version), read from disk as committed. */
export function loadDraftFixtures(version?: string): DraftFixture[] {
  const versions = version === undefined ? listFixtureVersions() : [version];
  return versions.flatMap((v) => {
    const dir = path.join(DRAFT_FIXTURES_DIR, `v${v}`);
    return readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as DraftFixture);
  });
}
