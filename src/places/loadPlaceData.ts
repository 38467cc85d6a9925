import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';
import { foldPlaceName } from './foldPlaceName';

/** One commune-level row of the COG: current commune (c), commune déléguée (d) or associée (a), arrondissement municipal (m). */
export interface CommuneRow {
  cog: string;
  name: string;
  departement: string;
  kind: 'c' | 'd' | 'a' | 'm';
  parent?: string;
}

export interface PlaceData {
  communesByCog: Map<string, CommuneRow>;
  communesByName: Map<string, CommuneRow[]>;
  arrondissementsOf: Map<string, CommuneRow[]>;
  formerCodes: Map<string, string>;
  departements: Map<string, string>;
  departementsByName: Map<string, string>;
  countriesByCog: Map<string, { name: string; former: boolean }>;
  countriesByName: Map<string, string[]>;
}

let cached: PlaceData | undefined;

/** Reads the two offline datasets of `src/places/data/` once (their sources are written in the files). */
export function loadPlaceData(): PlaceData {
  if (cached) return cached;
  const dir = path.join(projectRoot(), 'src', 'places', 'data');
  const communes = JSON.parse(readFileSync(path.join(dir, 'communes.json'), 'utf8')) as {
    departements: [string, string][];
    communes: [string, string, string, CommuneRow['kind'], string?][];
    formerCodes: Record<string, string>;
  };
  const countries = JSON.parse(readFileSync(path.join(dir, 'countries.json'), 'utf8')) as { countries: [string, string, number?][]; aliases: Record<string, string[]> };
  const data: PlaceData = {
    communesByCog: new Map(),
    communesByName: new Map(),
    arrondissementsOf: new Map(),
    formerCodes: new Map(Object.entries(communes.formerCodes)),
    departements: new Map(communes.departements),
    departementsByName: new Map(communes.departements.map(([code, name]) => [foldPlaceName(name), code])),
    countriesByCog: new Map(),
    countriesByName: new Map(),
  };
  for (const [cog, name, departement, kind, parent] of communes.communes) {
    const row: CommuneRow = { cog, name, departement, kind, ...(parent ? { parent } : {}) };
    if (!data.communesByCog.has(cog) || kind === 'c') data.communesByCog.set(cog, row);
    push(data.communesByName, foldPlaceName(name), row);
    if (kind === 'm' && parent) push(data.arrondissementsOf, parent, row);
  }
  for (const [cog, name, former] of countries.countries) {
    data.countriesByCog.set(cog, { name, former: former === 1 });
    push(data.countriesByName, foldPlaceName(name), cog);
  }
  for (const [cog, aliases] of Object.entries(countries.aliases)) for (const alias of aliases) push(data.countriesByName, foldPlaceName(alias), cog);
  cached = data;
  return data;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}
