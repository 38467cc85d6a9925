/**
 * Captures the draft fixtures of the current statechart version: `npm run fixtures:drafts` plays the scripted
 * conversations of `draftScripts.ts` through `runTurn` (the whole app on the memory stores and the in-process API
 * simulators, at `FIXTURE_CLOCK`) and writes each draft kept along the way, as stored, to
 * `test/fixtures/drafts/v<ENROLMENT_MACHINE_VERSION>/<name>.json`, with the message that followed and the step it led
 * to. Run it once when a version is bumped, and commit the files: they are then frozen (it refuses to overwrite a
 * version that has fixtures unless given `--force`).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ENROLMENT_MACHINE_VERSION } from '../../../machines/enrolmentMachine';
import { startTestApp, stepOf } from '../startTestApp';
import { DRAFT_FIXTURES_DIR, type DraftFixture } from './draftFixtures';
import { DRAFT_SCRIPTS, FIXTURE_CLOCK } from './draftScripts';

async function main(): Promise<void> {
  const dir = path.join(DRAFT_FIXTURES_DIR, `v${ENROLMENT_MACHINE_VERSION}`);
  if (existsSync(dir) && readdirSync(dir).length > 0 && !process.argv.includes('--force')) {
    throw new Error(`${dir} already holds fixtures: they are frozen once committed (use --force only before they are)`);
  }
  mkdirSync(dir, { recursive: true });
  const t = await startTestApp({ now: FIXTURE_CLOCK, database: 'pglite' });
  try {
    for (const script of DRAFT_SCRIPTS) {
      const conversation = `fixtures:${script.name}`;
      const kept: Array<Omit<DraftFixture, 'next'> & { index: number }> = [];
      const steps: string[] = [];
      for (const [index, message] of script.messages.entries()) {
        const replies = await t.say(conversation, message.input.value ?? message.input.text ?? '');
        steps.push(stepOf(replies) ?? '');
        if (!message.keep) continue;
        const loaded = await t.app.sessions.load(`test:${conversation}`);
        if (loaded.status !== 'found') throw new Error(`${script.name}: no draft after message ${index}`);
        kept.push({ machineVersion: ENROLMENT_MACHINE_VERSION, name: message.keep, script: script.name, capturedAt: FIXTURE_CLOCK, envelope: loaded.envelope, index });
      }
      for (const { index, ...fixture } of kept) {
        const next = script.messages[index + 1];
        if (!next) throw new Error(`${script.name}: the fixture ${fixture.name} has no next message`);
        const file: DraftFixture = { ...fixture, next: { input: next.input, step: steps[index + 1] ?? '' } };
        writeFileSync(path.join(dir, `${fixture.name}.json`), `${JSON.stringify(file, null, 2)}\n`);
        process.stdout.write(`${path.relative(process.cwd(), path.join(dir, `${fixture.name}.json`))}: awaits ${steps[index]}, then ${file.next.step}\n`);
      }
    }
  } finally {
    await t.stop();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`captureDraftFixtures: ${error.message}\n`);
  process.exit(1);
});
