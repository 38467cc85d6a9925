/** A JSON value as it is stored: what `JSON.parse` returns. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/**
 * One step of the persisted draft's history: a pure function from the statechart snapshot JSON saved under version
 * `from` (what `actor.getPersistedSnapshot()` wrote: `value`, `context`, `status`, `children`, `historyValue`) to
 * the same JSON as version `to` writes it. It reads no clock and does no I/O; it may throw when the draft cannot
 * be carried over, and the draft is then replaced (the parent is told, kindly). Register it in `index.ts`.
 */
export interface DraftMigration {
  from: string;
  to: string;
  migrate(snapshot: JsonObject): JsonObject;
}

/** Returns the snapshot with its context replaced by `update(context)`; the snapshot given is not modified. */
export function updateContext(snapshot: JsonObject, update: (context: JsonObject) => JsonObject): JsonObject {
  const context = snapshot.context;
  if (!isJsonObject(context)) throw new Error('updateContext: the snapshot has no context object');
  return { ...snapshot, context: update({ ...context }) };
}

/**
 * Returns the snapshot sitting in state `to` wherever it sat in `from` (a state renamed or merged by a deploy). The
 * enrolment chart is flat, so `value` is the state's name; `historyValue` keys are state-node ids (`enrolment.x`).
 */
export function renameState(snapshot: JsonObject, from: string, to: string, machineId = 'enrolment'): JsonObject {
  const history = snapshot.historyValue;
  const renamedHistory = isJsonObject(history)
    ? Object.fromEntries(Object.entries(history).map(([key, value]) => [key === `${machineId}.${from}` ? `${machineId}.${to}` : key, value]))
    : history;
  return { ...snapshot, value: snapshot.value === from ? to : (snapshot.value ?? null), ...(history === undefined ? {} : { historyValue: renamedHistory ?? null }) };
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
