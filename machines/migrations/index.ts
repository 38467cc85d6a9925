import type { DraftMigration } from './draftMigration';

export type { DraftMigration, JsonObject, JsonValue } from './draftMigration';
export { isJsonObject, renameState, updateContext } from './draftMigration';

/**
 * Every migration of the persisted enrolment draft, oldest first: one pure file per step (`v1ToV2.ts` exporting
 * `v1ToV2`), registered here as `{ from: '1', to: '2', migrate: v1ToV2 }` in the same commit that bumps
 * `ENROLMENT_MACHINE_VERSION`. The runner (`src/sessions/migrateDraft.ts`) applies them on read, one after the other,
 * up to the current version; its test checks that the chain reaches the current version from every entry and that
 * every committed fixture of every older version (`test/fixtures/drafts/v<N>/`) migrates and continues.
 */
export const DRAFT_MIGRATIONS: readonly DraftMigration[] = [];
