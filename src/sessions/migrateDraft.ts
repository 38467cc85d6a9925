import { isJsonObject, type DraftMigration } from '../../machines/migrations';

/**
 * What reading a stored draft's version led to: the envelope as the current statechart version writes it (with the
 * steps applied), or why it cannot be carried over. `newer` is a draft written by a later deploy (a rolling update
 * in progress): it must be left untouched, never replaced.
 */
export type DraftMigrationResult =
  | { ok: true; envelope: Record<string, unknown>; applied: string[] }
  | { ok: false; reason: 'unknown-version' | 'migration-failed' | 'newer'; version: string };

/**
 * Applies the registered migrations to a stored envelope, one step after the other, from its `machineVersion` up
 * to `currentVersion`, each on its own copy. Pure (the migrations are); a step that throws or returns something that
 * is not an object stops the chain with `migration-failed`, a version with no step with `unknown-version` (or
 * `newer` when it is a number above the current one).
 */
export function migrateDraft(envelope: Record<string, unknown>, options: { migrations: readonly DraftMigration[]; currentVersion: string }): DraftMigrationResult {
  const { migrations, currentVersion } = options;
  const version = String(envelope.machineVersion);
  let current: Record<string, unknown> = envelope;
  let at = version;
  const applied: string[] = [];
  while (at !== currentVersion) {
    const step = migrations.find((m) => m.from === at);
    if (!step || applied.length >= migrations.length) return { ok: false, reason: isNewer(at, currentVersion) ? 'newer' : 'unknown-version', version };
    try {
      const next: unknown = step.migrate(structuredClone(current));
      if (!isJsonObject(next)) return { ok: false, reason: 'migration-failed', version };
      current = { ...next, machineVersion: step.to };
    } catch {
      return { ok: false, reason: 'migration-failed', version };
    }
    applied.push(`${step.from}→${step.to}`);
    at = step.to;
  }
  return { ok: true, envelope: current, applied };
}

/**
 * The mistakes a registry can hold, as sentences (empty when sound): two steps from one version, a step that goes
 * nowhere new, or a version from which the chain never reaches `currentVersion`.
 */
export function checkMigrationChain(migrations: readonly DraftMigration[], currentVersion: string): string[] {
  const problems: string[] = [];
  const froms = migrations.map((m) => m.from);
  for (const from of new Set(froms)) if (froms.filter((f) => f === from).length > 1) problems.push(`two migrations start from version ${from}`);
  for (const m of migrations) if (m.from === m.to) problems.push(`the migration from ${m.from} goes to the same version`);
  if (froms.includes(currentVersion)) problems.push(`a migration starts from the current version ${currentVersion}`);
  for (const m of migrations) {
    const outcome = migrateDraftVersion(m.from, migrations, currentVersion);
    if (outcome !== currentVersion) problems.push(`version ${m.from} does not reach the current version ${currentVersion} (stops at ${outcome})`);
  }
  return problems;
}

function migrateDraftVersion(from: string, migrations: readonly DraftMigration[], currentVersion: string): string {
  let at = from;
  for (let steps = 0; at !== currentVersion && steps <= migrations.length; steps += 1) {
    const step = migrations.find((m) => m.from === at);
    if (!step) return at;
    at = step.to;
  }
  return at;
}

function isNewer(version: string, currentVersion: string): boolean {
  return /^\d+$/.test(version) && /^\d+$/.test(currentVersion) && Number(version) > Number(currentVersion);
}
