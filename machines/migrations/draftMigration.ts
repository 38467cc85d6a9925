/** A JSON value as it is stored: what `JSON.parse` returns. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/**
 * One step of the persisted draft's history: a pure function from the envelope saved under version `from`
 * (`{ machineVersion, snapshot, updatedAt, unrecognised }`, where `snapshot` is what `actor.getPersistedSnapshot()`
 * wrote: `value`, `context`, `status`, `children`, `historyValue`) to the envelope as version `to` writes it (the
 * runner sets `machineVersion` to `to` whatever the step returns). It reads no clock and does no I/O; it may throw
 * when the draft cannot be carried over, and the draft is then replaced (the parent is told, kindly). Register it in
 * `index.ts`.
 */
export interface DraftMigration {
  from: string;
  to: string;
  migrate(envelope: Record<string, unknown>): Record<string, unknown>;
}

/** Returns the envelope with its snapshot replaced by `update(snapshot)`; the envelope given is not modified. */
export function updateSnapshot(envelope: Record<string, unknown>, update: (snapshot: JsonObject) => JsonObject): Record<string, unknown> {
  const snapshot = envelope.snapshot;
  if (!isJsonObject(snapshot)) throw new Error('updateSnapshot: the envelope has no snapshot object');
  return { ...envelope, snapshot: update(snapshot) };
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
