import type { DraftMigration } from './draftMigration';
import { v1ToV2 } from './v1ToV2';

export type { DraftMigration, JsonObject, JsonValue } from './draftMigration';
export { isJsonObject, renameState, updateContext, updateSnapshot } from './draftMigration';

/**
 * Every migration of the persisted enrolment draft, oldest first: one pure file per step (`v2ToV3.ts` exporting
 * `v2ToV3`, a function over the stored envelope), registered here as `{ from: '2', to: '3', migrate: v2ToV3 }` in the
 * same commit that bumps `ENROLMENT_MACHINE_VERSION`. The runner (`src/sessions/migrateDraft.ts`) applies them on read, one after the other,
 * up to the current version; its test checks that the chain reaches the current version from every entry and that
 * every committed fixture of every older version (`test/fixtures/drafts/v<N>/`) migrates and continues.
 */
export const DRAFT_MIGRATIONS: readonly DraftMigration[] = [{ from: '1', to: '2', migrate: v1ToV2 }];
