import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { projectRoot } from '../config';

const SCHEMA_DIR = path.join(projectRoot(), 'src', 'teams', 'schema', 'v1.23');

/**
 * Validates a manifest and its localization files against the Teams v1.23 JSON schemas shipped in
 * `src/teams/schema/` (draft-04; `unicodeRegExp: false` because one localization pattern, `\b]`, is not a valid
 * Unicode-mode regular expression). Returns one message per violation, prefixed by the file name.
 */
export function validateTeamsManifest(manifest: unknown, localizations: Record<string, unknown> = {}): string[] {
  const { validateManifest, validateLocalization } = compileValidators();
  const problems: string[] = [];
  const collect = (file: string, valid: boolean, errors: ValidateFunction['errors']) => {
    if (!valid) for (const e of errors ?? []) problems.push(`${file}${e.instancePath || '/'}: ${e.message ?? e.keyword}`);
  };
  collect('manifest.json', validateManifest(manifest), validateManifest.errors);
  for (const [file, strings] of Object.entries(localizations)) collect(file, validateLocalization(strings), validateLocalization.errors);
  return problems;
}

let compiled: { validateManifest: ValidateFunction; validateLocalization: ValidateFunction } | undefined;

function compileValidators() {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    compiled = {
      validateManifest: ajv.compile(loadSchema('MicrosoftTeams.schema.json')),
      validateLocalization: ajv.compile(loadSchema('MicrosoftTeams.Localization.schema.json')),
    };
  }
  return compiled;
}

function loadSchema(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(SCHEMA_DIR, file), 'utf8')) as Record<string, unknown>;
}
