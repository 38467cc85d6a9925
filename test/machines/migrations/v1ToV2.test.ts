import { createActor } from 'xstate';
import { createEnrolmentMachine, ENROLMENT_MACHINE_VERSION } from '../../../machines/enrolmentMachine';
import { v1ToV2 } from '../../../machines/migrations/v1ToV2';
import { loadDemoCommune } from '../../support/demoCommune';

const machine = createEnrolmentMachine({ commune: loadDemoCommune() });
const context = (partial: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  conversationHash: 'h', clientHash: 'c', attempt: 0, identityLookups: 0, taxLookups: 0, step: 'parent', partial, ...extra,
});
const envelope = (ctx: Record<string, unknown>, value = 'parent') => ({
  machineVersion: '1',
  updatedAt: '2026-11-27T09:00:00.000Z',
  unrecognised: 0,
  snapshot: { status: 'active', value, historyValue: {}, context: ctx, children: {} },
});

describe('migrating a draft from version 1 to version 2', () => {
  test('is what the machine now writes', () => {
    expect(ENROLMENT_MACHINE_VERSION).toBe('2');
    expect(v1ToV2(envelope(context({}))).machineVersion).toBe('2');
  });

  test('drops partial names that version 1 misread, and keeps the rest of the partial answer', () => {
    const migrated = v1ToV2(envelope(context({ parent: { givenName: 'je', familyName: 'Martin', email: 'sophie@exemple.fr' }, child: { status: 'born', givenName: 'ok' } })));
    expect((migrated.snapshot as { context: { partial: unknown } }).context.partial).toEqual({ parent: { familyName: 'Martin', email: 'sophie@exemple.fr' }, child: { status: 'born' } });
  });

  test('drops a birth commune that was the postcode typed next, and titles taken as names', () => {
    const migrated = v1ToV2(envelope(context({ identity: { allocataire: 'self', birthName: 'Mme', givenNames: ['SOPHIE'], birthCountryCog: '99100', birthCommuneCog: '75011', postcode: '75011' } }), 'identity'));
    expect((migrated.snapshot as { context: { partial: unknown } }).context.partial).toEqual({ identity: { allocataire: 'self', givenNames: ['SOPHIE'], postcode: '75011' } });
  });

  test('never touches complete answers, the state or unknown keys, and is plain JSON', () => {
    const parent = { givenName: 'Sophie', familyName: 'Martin', email: 's@exemple.fr', phone: '+33612345678' };
    const before = envelope(context({ care: { kind: 'regular' } }, { parent, step: 'child', extra: { kept: true } }), 'child');
    const after = v1ToV2(JSON.parse(JSON.stringify(before)));
    expect(after).toEqual({ ...before, machineVersion: '2' });
    expect(JSON.parse(JSON.stringify(after))).toEqual(after);
  });

  test('a migrated snapshot restores in the version 2 machine and the conversation continues', () => {
    const fresh = createActor(machine, { input: { conversationHash: 'h', clientHash: 'c' } }).start();
    fresh.send({ type: 'user.partial', step: 'parent', fields: { givenName: 'le', familyName: 'Martin' } });
    const v1 = { machineVersion: '1', updatedAt: '2026-11-27T09:00:00.000Z', snapshot: JSON.parse(JSON.stringify(fresh.getPersistedSnapshot())) as Record<string, unknown> };
    fresh.stop();
    const migrated = v1ToV2(v1);
    const actor = createActor(machine, { snapshot: migrated.snapshot as never, input: { conversationHash: '', clientHash: '' } }).start();
    expect(actor.getSnapshot().context.partial.parent).toEqual({ familyName: 'Martin' });
    actor.send({ type: 'user.answered.parent', parent: { givenName: 'Sophie', familyName: 'Martin', email: 's@exemple.fr', phone: '+33612345678' } });
    expect(actor.getSnapshot().value).toBe('child');
    actor.stop();
  });

  test('leaves an envelope without a readable snapshot to the runner, only relabelled', () => {
    expect(v1ToV2({ machineVersion: '1', snapshot: 'garbage' })).toEqual({ machineVersion: '2', snapshot: 'garbage' });
  });
});
