import type { CafPerson, CivilIdentity, EajeParameters } from './caf';
import type { ChildDetails } from './types';

/**
 * The disclosure guard: anyone who knows a person's civil identity could query their CAF file, and a fee computed
 * from it reveals an income. Nothing retrieved is shown unless the parent shows they belong to the household: the
 * postcode they gave matches the CAF address and, for a child already born, the child is in the file.
 */
export function matchesHousehold(identity: CivilIdentity, child: ChildDetails | undefined, data: EajeParameters): boolean {
  const cafPostcode = data.address?.postcode;
  if (!cafPostcode || cafPostcode !== identity.postcode.trim()) return false;
  if (child?.status !== 'born') return true;
  return data.children.some((person) => isSameChild(person, child.givenName, child.birthDate));
}

function isSameChild(person: CafPerson, givenName: string, birthDate: string): boolean {
  if (!person.birthDate || person.birthDate !== birthDate) return false;
  const typed = foldName(givenName);
  const recorded = foldName(person.givenNames);
  return typed.length > 0 && (recorded === typed || recorded.startsWith(`${typed} `));
}

/** Case-, accent- and hyphen-insensitive form of a name. */
export function foldName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
}
