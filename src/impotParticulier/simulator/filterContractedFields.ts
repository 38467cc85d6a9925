/**
 * The DataPass data scopes of API Impôt particulier and the response fields each one unlocks (reference §7.1
 * and §12; `etalab/data_pass` `config/authorization_definitions/dgfip.yml`). The DGFiP returns only the fields
 * contracted for the `ID_Teleservice`; the simulator omits the others (absent rather than `null`, inferred).
 */
export const DATA_SCOPE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  dgfip_rfr: ['rfr'],
  dgfip_sitfam: ['sitFam'],
  dgfip_nbpart: ['nbPart'],
  dgfip_pac_nbPac: ['pac.nbPac'],
  dgfip_pac: ['pac'],
  dgfip_pariso: ['sitParIso'],
  dgfip_aft: ['aft', 'aftDetail'],
  dgfip_nmUsaDec1: ['nmUsaDec1'],
  dgfip_nmNaiDec1: ['nmNaiDec1'],
  dgfip_prnmDec1: ['prnmDec1'],
  dgfip_dateNaisDec1: ['dateNaisDec1', 'dptNaissDec1', 'lieuNaissDec1'],
  dgfip_nmUsaDec2: ['nmUsaDec2'],
  dgfip_nmNaiDec2: ['nmNaiDec2'],
  dgfip_prnmDec2: ['prnmDec2'],
  dgfip_dateNaisDec2: ['dateNaisDec2', 'dptNaissDec2', 'lieuNaissDec2'],
  dgfip_mntRevbareme: ['mntRevbareme'],
  dgfip_inddeficit: ['indDeficit'],
  dgfip_rbg: ['revenuBrutGlobal'],
  dgfip_RevDecl_Cat1_Tspr: ['rev.tspr'],
};

/** The demo teleservice's contract: what Berceau needs, plus the RFR for communes with a non-PSU grid. */
export const DEMO_DATA_SCOPES: readonly string[] = ['dgfip_annee_n_moins_1', 'dgfip_annee_n_moins_2', 'dgfip_aft', 'dgfip_sitfam', 'dgfip_pac_nbPac', 'dgfip_rfr'];

/** Keeps the fields the scopes grant (`a.b` grants one sub-field of `a`); `annRevenu` always stays. */
export function filterContractedFields(fields: Readonly<Record<string, unknown>>, scopes: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if ('annRevenu' in fields) out.annRevenu = fields.annRevenu;
  for (const path of scopes.flatMap((scope) => DATA_SCOPE_FIELDS[scope] ?? [])) {
    const [head, child] = path.split('.') as [string, string | undefined];
    const value = fields[head];
    if (value === undefined) continue;
    if (child === undefined) {
      out[head] = value;
      continue;
    }
    const inner = value && typeof value === 'object' ? (value as Record<string, unknown>)[child] : undefined;
    if (inner === undefined) continue;
    const existing = out[head] && typeof out[head] === 'object' ? (out[head] as Record<string, unknown>) : {};
    out[head] = { ...existing, [child]: inner };
  }
  return out;
}
