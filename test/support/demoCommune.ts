import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Commune } from '../../machines/commune';
import { communeSchema } from '../../src/commune/communeSchema';

/** The demo commune of `config/commune.example.json` (Paris), parsed as the app parses it. */
export function loadDemoCommune(overrides: Partial<Commune> = {}): Commune {
  const raw = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'config', 'commune.example.json'), 'utf8'));
  return { ...communeSchema.parse(raw), ...overrides };
}
