import { formatDate, formatVnd } from '../../../../shared/format.ts';
import type { SchemeInput } from '../../../../shared/schemas/schemes.ts';
import type { Db } from '../../db/client.ts';
import { systemActor } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { getOrganisation } from '../identity/index.ts';
import {
  currentProvinceOf,
  getUnitById,
  isCurrentProvince,
  listActivityContents,
  listIndustries,
} from '../reference/index.ts';
import { citationText, pickRuleSet } from '../rules/index.ts';
import { type BeneficiaryInfo, resolveBeneficiaries } from './schemes.beneficiaries.ts';
import { expectedTotal, ruleDate, ruleSets } from './schemes.support.ts';

export type FieldError = { path: string; code: string; params?: Record<string, unknown> };

export type Resolved = {
  implementerName: string;
  beneficiaries: BeneficiaryInfo[];
  contentNames: Map<string, string>;
};

const addYear = (d: string) => `${Number(d.slice(0, 4)) + 1}${d.slice(4)}`;

/** Checks that need no database: money adds up, dates are in order, a point scheme is a point scheme. */
export function checkShape(input: SchemeInput): FieldError[] {
  const errors: FieldError[] = [];
  let sum = 0n;
  input.costLines.forEach((l, i) => {
    const expected = expectedTotal(l.quantity, l.unitPrice);
    if (expected !== BigInt(l.total))
      errors.push({
        path: `costLines.${i}.total`,
        code: 'line_total_mismatch',
        params: { total: formatVnd(l.total), expected: formatVnd(expected) },
      });
    sum += BigInt(l.total);
    if (!input.contentCodes.includes(l.contentCode))
      errors.push({
        path: `costLines.${i}.contentCode`,
        code: 'line_content_not_in_scheme',
        params: { code: l.contentCode },
      });
  });
  if (input.costTotal != null && BigInt(input.costTotal) !== sum)
    errors.push({
      path: 'costTotal',
      code: 'cost_total_mismatch',
      params: { declared: formatVnd(input.costTotal), sum: formatVnd(sum) },
    });
  const { startDate: start, endDate: end } = input;
  if (start && end && end < start) errors.push({ path: 'endDate', code: 'date_order' });
  if (start && end && end >= start)
    input.milestones.forEach((m, i) => {
      if (m.dueDate < start || m.dueDate > end)
        errors.push({
          path: `milestones.${i}.dueDate`,
          code: 'milestone_out_of_schedule',
          params: { start: formatDate(start), end: formatDate(end) },
        });
    });
  if (input.kind === 'point') {
    if (input.contentCodes.length === 1)
      errors.push({ path: 'contentCodes', code: 'point_needs_two_contents' });
    if (start && end && end <= addYear(start))
      errors.push({ path: 'endDate', code: 'point_needs_multi_year' });
  }
  if (new Set(input.contentCodes).size !== input.contentCodes.length)
    errors.push({ path: 'contentCodes', code: 'custom' });
  if (input.beneficiariesLater && input.kind !== 'group')
    errors.push({ path: 'beneficiariesLater', code: 'beneficiaries_later_group_only' });
  return errors;
}

async function checkCatalogues(db: Db, input: SchemeInput, errors: FieldError[]) {
  const contents = await listActivityContents(db, systemActor, { page: 1, pageSize: 200, kind: 'content' });
  const contentNames = new Map(contents.items.filter((c) => c.active).map((c) => [c.code, c.nameVi]));
  input.contentCodes.forEach((code, i) => {
    if (!contentNames.has(code))
      errors.push({ path: `contentCodes.${i}`, code: 'content_unknown', params: { code } });
  });
  if (input.industryCodes.length) {
    const industries = await listIndustries(db, systemActor, { page: 1, pageSize: 200 });
    const known = new Set(industries.items.filter((c) => c.active).map((c) => c.code));
    const unknown = input.industryCodes.filter((c) => !known.has(c));
    if (unknown.length)
      errors.push({ path: 'industryCodes', code: 'industry_unknown', params: { codes: unknown.join(', ') } });
  }
  return contentNames;
}

/** Each cost line's support item must exist in the rule set in force, be funded at the scheme's level and fit its content. */
async function checkItems(db: Db, input: SchemeInput, errors: FieldError[]) {
  if (input.costLines.length === 0) return;
  const date = ruleDate(input);
  const picked = pickRuleSet(await ruleSets(db), {
    date,
    level: input.level,
    provinceCode: input.provinceCode,
  });
  if (!picked) throw new AppError('RULESET_NONE_IN_FORCE', { date: formatDate(date) });
  const { set } = picked;
  const levelVi = input.level === 'national' ? 'quốc gia' : 'địa phương';
  input.costLines.forEach((l, i) => {
    const item = set.body.supportItems.find((s) => s.code === l.itemCode);
    const path = `costLines.${i}.itemCode`;
    if (!item)
      errors.push({ path, code: 'item_unknown', params: { code: l.itemCode, ruleSet: set.legalBasis } });
    else if (!item.levels.includes(input.level))
      errors.push({
        path,
        code: 'content_not_funded',
        params: { item: item.nameVi, level: levelVi, ruleSet: citationText(item.citation) || set.legalBasis },
      });
    else if (item.activityContentCodes.length && !item.activityContentCodes.includes(l.contentCode))
      errors.push({
        path: `costLines.${i}.contentCode`,
        code: 'item_content_mismatch',
        params: { item: item.nameVi, expected: item.activityContentCodes.join(', '), code: l.contentCode },
      });
  });
}

async function checkPlace(db: Db, input: SchemeInput, errors: FieldError[]) {
  if (!(await isCurrentProvince(db, input.provinceCode))) {
    errors.push({ path: 'provinceCode', code: 'unit_unknown' });
    return;
  }
  if (input.locationUnitId != null) {
    const unit = await getUnitById(db, input.locationUnitId);
    if (!unit) errors.push({ path: 'locationUnitId', code: 'unit_unknown' });
    else if ((await currentProvinceOf(db, unit.id))?.code !== input.provinceCode)
      errors.push({
        path: 'locationUnitId',
        code: 'location_out_of_province',
        params: { province: input.provinceCode },
      });
  }
}

async function orgOrNull(db: Db, id: string) {
  try {
    return await getOrganisation(db, systemActor, id);
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND') return null;
    throw e;
  }
}

async function checkOrganisations(db: Db, input: SchemeInput, errors: FieldError[]): Promise<string> {
  const implementer = await orgOrNull(db, input.implementerOrgId);
  if (!implementer?.active) errors.push({ path: 'implementerOrgId', code: 'implementer_unknown' });
  else if (implementer.provinceCode && implementer.provinceCode !== input.provinceCode)
    errors.push({ path: 'implementerOrgId', code: 'implementer_out_of_province' });
  for (const [i, p] of input.partners.entries()) {
    if (p.organisationId && !(await orgOrNull(db, p.organisationId)))
      errors.push({ path: `partners.${i}.organisationId`, code: 'implementer_unknown' });
  }
  return implementer?.name ?? '';
}

async function checkBeneficiaries(db: Db, input: SchemeInput, errors: FieldError[]) {
  if (input.beneficiaryIds.length === 0) return [];
  const date = ruleDate(input);
  const found = await resolveBeneficiaries(db, input.beneficiaryIds, date);
  const out: BeneficiaryInfo[] = [];
  input.beneficiaryIds.forEach((id, i) => {
    const b = found.get(id);
    const path = `beneficiaryIds.${i}`;
    if (!b) {
      errors.push({ path, code: 'beneficiary_unknown' });
      return;
    }
    out.push(b);
    if (b.provinceCode !== input.provinceCode)
      errors.push({
        path,
        code: 'beneficiary_out_of_province',
        params: {
          name: b.name,
          province: b.provinceName ?? b.provinceCode ?? '?',
          schemeProvince: input.provinceCode,
        },
      });
    else if (!b.eligible)
      errors.push({
        path,
        code: 'beneficiary_ineligible',
        params: { name: b.name, date: formatDate(date), reason: b.reason ?? '' },
      });
  });
  if (new Set(input.beneficiaryIds).size !== input.beneficiaryIds.length)
    errors.push({ path: 'beneficiaryIds', code: 'custom' });
  return out;
}

/**
 * Every check of a saved scheme. Throws SCHEME_INVALID with one field error per problem, so nothing is
 * written; returns what the save needs (names copied onto the record).
 */
export async function validateScheme(db: Db, input: SchemeInput): Promise<Resolved> {
  const errors = checkShape(input);
  const contentNames = await checkCatalogues(db, input, errors);
  await checkItems(db, input, errors);
  await checkPlace(db, input, errors);
  const implementerName = await checkOrganisations(db, input, errors);
  const beneficiaries = await checkBeneficiaries(db, input, errors);
  if (errors.length) throw new AppError('SCHEME_INVALID', { count: errors.length }, errors);
  return { implementerName, beneficiaries, contentNames };
}

/** What a submission needs beyond a valid draft (TT 36/2013 Art 5: the scheme document's parts). */
export function checkComplete(input: SchemeInput): FieldError[] {
  const missing = (path: string) => ({ path, code: 'missing' });
  const errors: FieldError[] = [];
  if (!input.goals) errors.push(missing('goals'));
  if (!input.need) errors.push(missing('need'));
  if (input.contentCodes.length === 0) errors.push(missing('contentCodes'));
  if (input.kind === 'point' && input.contentCodes.length < 2)
    errors.push({ path: 'contentCodes', code: 'point_needs_two_contents' });
  if (!input.startDate) errors.push(missing('startDate'));
  if (!input.endDate) errors.push(missing('endDate'));
  if (input.costLines.length === 0) errors.push(missing('costLines'));
  if (input.beneficiaryIds.length === 0 && !input.beneficiariesLater)
    errors.push({ path: 'beneficiaryIds', code: 'beneficiaries_required' });
  if (input.kind !== 'group' && input.locationUnitId == null && !input.address)
    errors.push(missing('locationUnitId'));
  return errors;
}
