import { foldPlaceName } from './foldPlaceName';
import { loadPlaceData, type CommuneRow, type PlaceData } from './loadPlaceData';
import type { PlaceResult } from '../../dialogs/parseTypes';

const COG = /^(\d{2}|2[AB])\d{3}$/i;

/**
 * Turns a French birth commune as a parent types it — `Charleville-Mézières (08)`, `Paris 13e`, `St-Denis 974`,
 * or a COG code such as `08105` / `2A004` — into its INSEE COG code. A name shared by several départements is
 * `ambiguous` (ask for the département); Paris, Lyon and Marseille are ambiguous until the arrondissement is given,
 * since a birth there is recorded under the arrondissement's code. Codes of merged communes are still accepted.
 */
export function resolveBirthCommune(text: string): PlaceResult {
  const data = loadPlaceData();
  const typed = text.trim();
  if (COG.test(typed)) return resolveCode(data, typed.toUpperCase());
  const whole = lookUp(data, foldPlaceName(typed));
  if (whole.kind !== 'unknown') return whole;
  for (const separator of [...typed.matchAll(/[\s,(]+/g)].reverse()) {
    const head = typed.slice(0, separator.index).replace(/[\s,–-]+$/, '');
    const departement = readDepartement(data, typed.slice(separator.index + separator[0].length).replace(/^[\s,(–-]+|[\s,)]+$/g, ''));
    const found = head && departement ? lookUp(data, foldPlaceName(head), departement) : undefined;
    if (found && found.kind !== 'unknown') return found;
  }
  return { kind: 'unknown' };
}

function resolveCode(data: PlaceData, cog: string): PlaceResult {
  const row = data.communesByCog.get(cog);
  if (row) return { kind: 'found', cog, label: labelOf(data, row) };
  const current = data.formerCodes.get(cog);
  const today = current ? data.communesByCog.get(current) : undefined;
  return today ? { kind: 'found', cog, label: `ancienne commune, aujourd'hui ${labelOf(data, today)}` } : { kind: 'unknown' };
}

function lookUp(data: PlaceData, name: string, departement?: string): PlaceResult {
  const rows = (data.communesByName.get(name) ?? []).filter((row) => !departement || row.departement === departement);
  const byCog = new Map<string, CommuneRow>();
  for (const row of rows) if (!byCog.has(row.cog) || row.kind === 'c') byCog.set(row.cog, row);
  const candidates = [...byCog.values()];
  if (candidates.length === 1) {
    const only = candidates[0] as CommuneRow;
    const arrondissements = data.arrondissementsOf.get(only.cog);
    if (arrondissements) return { kind: 'ambiguous', options: arrondissements.map((row) => ({ cog: row.cog, label: labelOf(data, row) })) };
    return { kind: 'found', cog: only.cog, label: labelOf(data, only) };
  }
  if (candidates.length === 0) return { kind: 'unknown' };
  return { kind: 'ambiguous', options: candidates.map((row) => ({ cog: row.cog, label: `${labelOf(data, row)}, ${data.departements.get(row.departement) ?? row.departement}` })) };
}

function readDepartement(data: PlaceData, value: string): string | undefined {
  const code = value.trim().toUpperCase();
  if (data.departements.has(code)) return code;
  if (/^\d$/.test(code) && data.departements.has(`0${code}`)) return `0${code}`;
  return data.departementsByName.get(foldPlaceName(value));
}

function labelOf(data: PlaceData, row: CommuneRow): string {
  const kind = row.kind === 'd' ? ', commune déléguée' : row.kind === 'a' ? ', commune associée' : '';
  return `${row.name} (${row.departement}${kind})`;
}
