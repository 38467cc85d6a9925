import { parse } from 'csv-parse/sync';
import type { ListQuery } from '../../src/enrolments/requestRecordTypes';
import { startTestApp, type TestApp } from '../support/startTestApp';
import { fileEnrolment } from '../support/fileEnrolment';

const agent = { subject: 'sub-agent-1', name: 'A', role: 'agent' as const, via: 'session' as const };
const responsable = { subject: 'sub-resp-1', name: 'R', role: 'responsable' as const, via: 'session' as const };
const by = { kind: 'agent' as const, subject: 'sub-agent-1', role: 'agent' as const };

describe('the list of requests filed through real conversations', () => {
  let t: TestApp;
  const refs: Record<string, string> = {};
  const list = async (query: Partial<ListQuery>) => (await t.app.records.list({ sort: 'submitted', page: 1, pageSize: 50, ...query })).items.map((i) => i.reference);

  beforeAll(async () => {
    t = await startTestApp();
    refs.lefevre = await fileEnrolment(t, 'c1', { familyName: 'Lefèvre', child: { status: 'born', givenName: 'Léo', birthDate: '2026-05-03' }, choices: ['petits-loups', 'maison-bleue'] });
    t.advance(86_400_000);
    refs.martin = await fileEnrolment(t, 'c2', { familyName: 'Martin', child: { status: 'expected', expectedDate: '2027-03-15' }, choices: ['maison-bleue'], caf: true });
    t.advance(86_400_000);
    refs.nguyen = await fileEnrolment(t, 'c3', { familyName: 'Nguyễn-Lefebvre', child: { status: 'born', givenName: 'Mai', birthDate: '2025-06-01' }, startDate: '2027-09-01', choices: ['micro-pyrenees'] });
  }, 60_000);
  afterAll(async () => {
    await t.stop();
    await t.cleanup();
  });

  test('filters by status, facility wished, age group at the start date, filing days and fee basis', async () => {
    expect(await list({})).toEqual([refs.lefevre, refs.martin, refs.nguyen]);
    expect(await list({ facility: 'maison-bleue' })).toEqual([refs.lefevre, refs.martin]);
    expect(await list({ ageGroup: 'bebes' })).toEqual([refs.martin]);
    expect(await list({ ageGroup: 'moyens' })).toEqual([refs.lefevre]);
    expect(await list({ ageGroup: 'grands' })).toEqual([refs.nguyen]);
    expect(await list({ filedFrom: '2026-11-28', filedTo: '2026-11-28' })).toEqual([refs.martin]);
    expect(await list({ filedFrom: '2026-11-28' })).toEqual([refs.martin, refs.nguyen]);
    expect(await list({ feeBasis: 'caf' })).toEqual([refs.martin]);
    expect(await list({ feeBasis: 'declared' })).toEqual([refs.lefevre, refs.nguyen]);
    await t.app.records.apply(refs.lefevre ?? '', { type: 'markComplete', by, at: '2026-11-30T09:00:00.000Z' });
    expect(await list({ statuses: ['complete'] })).toEqual([refs.lefevre]);
    expect(await list({ statuses: ['complete', 'deposee'], facility: 'maison-bleue' })).toEqual([refs.lefevre, refs.martin]);
  });

  test('finds a family name without its accents, by any word, and a reference by its start', async () => {
    expect(await list({ search: 'lefevre' })).toEqual([refs.lefevre]);
    expect(await list({ search: 'LEFE' })).toEqual([refs.lefevre, refs.nguyen]);
    expect(await list({ search: 'NGUYEN' })).toEqual([refs.nguyen]);
    expect(await list({ search: 'Lefèb' })).toEqual([refs.nguyen]);
    expect(await list({ search: refs.martin })).toEqual([refs.martin]);
    expect(await list({ search: 'cre-2026-00000' })).toHaveLength(3);
    expect(await list({ search: "%' or 1=1 --" })).toEqual([]);
  });

  test('sorts and pages without overlap', async () => {
    expect(await list({ sort: '-submitted' })).toEqual([refs.nguyen, refs.martin, refs.lefevre]);
    expect(await list({ sort: 'name' })).toEqual([refs.lefevre, refs.martin, refs.nguyen]);
    const first = await list({ sort: 'name', pageSize: 2 });
    const second = await list({ sort: 'name', pageSize: 2, page: 2 });
    expect([...first, ...second]).toEqual([refs.lefevre, refs.martin, refs.nguyen]);
    expect((await t.app.records.list({ sort: 'name', page: 2, pageSize: 2 })).total).toBe(3);
  });

  test('renewal due: a request on the list whose renewal falls within 30 days', async () => {
    const ref = refs.nguyen ?? '';
    await t.app.records.apply(ref, { type: 'markComplete', by, at: '2026-06-01T09:00:00.000Z' });
    await t.app.records.apply(ref, { type: 'addToWaitingList', by, at: '2026-06-15T09:00:00.000Z' });
    expect(await list({ renewalDue: true })).toEqual([ref]);
    await t.app.records.apply(ref, { type: 'renew', by: { kind: 'family', channel: 'webchat' }, at: '2026-11-29T09:00:00.000Z' });
    expect(await list({ renewalDue: true })).toEqual([]);
  });

  test('exports the filtered list as Excel reads it in France, parsed back by an RFC 4180 parser', async () => {
    const actions = await import('../../src/staff/createStaffActions');
    const staff = actions.createStaffActions({ records: t.app.records, commune: t.config.commune, clock: () => new Date('2026-12-01T10:00:00.000Z') });
    const outcome = await staff.exportCsv(responsable, { sort: 'submitted', facility: 'maison-bleue' });
    if (!outcome.ok) throw new Error('export refused');
    expect(outcome.csv.startsWith('\uFEFF')).toBe(true);
    expect(outcome.csv).toContain('\r\n');
    const rows = parse(outcome.csv, { delimiter: ';', bom: true }) as string[][];
    expect(rows[0]?.slice(0, 4)).toEqual(['Référence', 'Déposée le', 'Statut', 'Nom de famille']);
    expect(rows).toHaveLength(3);
    const [lefevre, martin] = [rows[1] ?? [], rows[2] ?? []];
    expect(lefevre.slice(0, 4)).toEqual([refs.lefevre, '27/11/2026 10:00', 'Complète', 'Lefèvre']);
    expect(lefevre[6]).toBe("'+33612345678");
    expect(lefevre[8]).toBe('03/05/2026');
    expect(lefevre[9]).toBe('01/09/2027');
    expect(lefevre.slice(11, 13)).toEqual(['Multi-accueil Les Petits Loups', 'Crèche collective La Maison Bleue']);
    expect(martin[7]).toBe('À naître');
    expect(martin[14]).toBe('CAF');
    expect(martin[15]).toMatch(/^\d+,\d{2}$/);
    expect((await staff.exportCsv(agent, { sort: 'submitted' })).ok).toBe(false);
  });

  test('audits every agent action with the agent’s subject id and no personal data of the family', async () => {
    const actions = await import('../../src/staff/createStaffActions');
    const staff = actions.createStaffActions({ records: t.app.records, commune: t.config.commune, clock: () => new Date('2026-12-02T10:00:00.000Z') });
    const ref = refs.martin ?? '';
    await staff.view(agent, ref);
    await staff.setProof(agent, ref, { type: 'identite', status: 'received' });
    await staff.addNote(agent, ref, { type: 'echange-famille', text: 'Mme Martin a appelé le 2/12 pour son acte de naissance' });
    await staff.transition(agent, ref, { event: 'acknowledge' });
    await staff.exportRecord(responsable, ref);
    await staff.exportCsv(responsable, { sort: 'name', search: 'Martin' });
    const audit = await t.app.database.db.selectFrom('agent_audit').selectAll().where('at', '=', '2026-12-02T10:00:00.000Z').orderBy('id').execute();
    expect(audit.map((a) => [a.agent_subject, a.action, a.reference])).toEqual([
      ['sub-agent-1', 'request.viewed', ref],
      ['sub-agent-1', 'proof.updated', ref],
      ['sub-agent-1', 'note.added', ref],
      ['sub-agent-1', 'request.transitioned', ref],
      ['sub-resp-1', 'record.exported', ref],
      ['sub-resp-1', 'list.exported', null],
    ]);
    expect(audit[3]?.details).toEqual({ event: 'acknowledge', from: 'deposee', to: 'en_attente_naissance' });
    expect(audit[5]?.details).toEqual({ count: 1, filters: [], searched: true });
    const serialized = JSON.stringify(audit);
    for (const personal of ['Martin', 'Camille', 'parent@exemple.fr', '+33612345678', 'acte de naissance']) expect(serialized).not.toContain(personal);
  });
});
