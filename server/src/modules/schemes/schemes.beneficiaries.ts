import type { Db } from '../../db/client.ts';
import { systemActor } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { getEstablishment } from '../establishments/index.ts';

/** What a scheme needs to know about a beneficiary establishment on the scheme's date. */
export type BeneficiaryInfo = {
  id: string;
  name: string;
  code: string | null;
  provinceCode: string;
  provinceName: string | null;
  /** `not_eligible` refuses the beneficiary; `undetermined` passes, for the department to verify. */
  eligible: boolean;
  eligibility: 'eligible' | 'not_eligible' | 'undetermined';
  reason: string | null;
};

/**
 * Looks the establishments up through the establishments module with the register's own eligibility
 * verdict on `date`. Read across the register (the scheme then checks the province), so a national
 * implementer may name establishments of the province it works in.
 */
export async function resolveBeneficiaries(
  db: Db,
  ids: readonly string[],
  date: string,
): Promise<Map<string, BeneficiaryInfo>> {
  const out = new Map<string, BeneficiaryInfo>();
  for (const id of new Set(ids)) {
    try {
      const e = await getEstablishment(db, systemActor, id, date);
      const verdict = e.eligibilityDetail;
      out.set(id, {
        id,
        name: e.name,
        code: e.registrationCode,
        provinceCode: e.provinceCode,
        provinceName: e.provinceName,
        eligible: verdict.status !== 'not_eligible',
        eligibility: verdict.status,
        reason: verdict.reasons.map((r) => r.message).join(' ') || null,
      });
    } catch (err) {
      if (err instanceof AppError && err.code === 'NOT_FOUND') continue;
      throw err;
    }
  }
  return out;
}
