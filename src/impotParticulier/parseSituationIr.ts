import { z } from 'zod';
import { toDgfipAmount, type DgfipFieldName, type FamilyStatus, type TaxResidence, type TaxSituation } from '../../machines/tax';

/** Numbers may come as strings in some gateways and mocks; `null` and absent mean the same (field not contracted). */
const lenientNumber = z
  .union([z.number(), z.string().trim().regex(/^-?\d+([.,]\d+)?$/).transform((s) => Number(s.replace(',', '.')))])
  .nullish();
const lenientString = z.string().nullish();

/**
 * The fields of `SituationsIRAssiettesMillesimeJAXBbean` that Berceau reads; every other field (names, birth
 * dates, incomes by category…) is dropped here and never reaches the conversation. Unknown keys are tolerated.
 */
const situationIrSchema = z.object({
  annRevenu: lenientNumber,
  rfr: lenientNumber,
  sitFam: lenientString,
  pac: z.object({ nbPac: lenientNumber }).nullish(),
  aft: lenientString,
  aftDetail: z
    .object({ codePostal: lenientString, getcodePostal: lenientString, commune: lenientString, getcommune: lenientString })
    .nullish(),
});

export type SituationIrParse = { ok: true; situation: TaxSituation } | { ok: false; reason: 'contract' | 'address_missing' };

const FAMILY_STATUSES: Record<string, FamilyStatus> = { M: 'married', O: 'pacsed', C: 'single', D: 'divorced', V: 'widowed' };

/** Maps a 200 body of the IR resources to a `TaxSituation`; the RFR is kept only when `includeRfr` is set. */
export function parseSituationIr(body: unknown, options: { askedYear: number; includeRfr: boolean }): SituationIrParse {
  const parsed = situationIrSchema.safeParse(body);
  if (!parsed.success) return { ok: false, reason: 'contract' };
  const raw = parsed.data;
  const fieldsUsed: DgfipFieldName[] = [];
  const address = readResidence(raw);
  if (!address) return { ok: false, reason: 'address_missing' };
  fieldsUsed.push(address.field);
  if (typeof raw.annRevenu === 'number') fieldsUsed.push('annRevenu');
  const familyStatus = raw.sitFam ? FAMILY_STATUSES[raw.sitFam.trim().toUpperCase()] : undefined;
  if (familyStatus) fieldsUsed.push('sitFam');
  const nbPac = raw.pac?.nbPac;
  const dependants = typeof nbPac === 'number' && Number.isInteger(nbPac) && nbPac >= 0 ? nbPac : undefined;
  if (dependants !== undefined) fieldsUsed.push('pac.nbPac');
  const situation: TaxSituation = {
    incomeYear: typeof raw.annRevenu === 'number' ? raw.annRevenu : options.askedYear,
    residence: address.residence,
    household: {
      ...(familyStatus ? { familyStatus } : {}),
      ...(dependants !== undefined ? { dependants } : {}),
    },
    fieldsUsed,
  };
  if (options.includeRfr && typeof raw.rfr === 'number') {
    situation.rfr = toDgfipAmount(raw.rfr);
    fieldsUsed.push('rfr');
  }
  return { ok: true, situation };
}

type RawSituation = z.infer<typeof situationIrSchema>;

function readResidence(raw: RawSituation): { residence: TaxResidence; field: DgfipFieldName } | undefined {
  const detail = raw.aftDetail;
  const office = detail?.commune?.trim() || detail?.getcommune?.trim() || undefined;
  for (const [value, field] of [
    [detail?.codePostal, 'aftDetail.codePostal'],
    [detail?.getcodePostal, 'aftDetail.getcodePostal'],
  ] as const) {
    const match = value ? /^\s*(\d{5})\s*(.*?)\s*$/.exec(value) : null;
    if (match?.[1]) return { residence: withTown(match[1], match[2] || office), field };
  }
  const line = raw.aft ? /(\d{5})\s+([^\d]+?)\s*$/.exec(raw.aft) : null;
  if (line?.[1]) return { residence: withTown(line[1], line[2]), field: 'aft' };
  return undefined;
}

function withTown(postcode: string, town: string | undefined): TaxResidence {
  return town ? { postcode, town } : { postcode };
}
