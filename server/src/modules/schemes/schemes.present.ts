import type { FundingSource, SchemeLevel } from '../../../../shared/schemas/rules.ts';
import type {
  AttachmentKind,
  SchemeDto,
  SchemeInput,
  SchemeKind,
  SchemeListItemDto,
  SchemeState,
  TimelineEntry,
} from '../../../../shared/schemas/schemes.ts';
import type { Db } from '../../db/client.ts';
import { type Actor, systemActor } from '../../platform/actor.ts';
import { callFor } from '../calls/index.ts';
import { getOrganisation } from '../identity/index.ts';
import { currentProvinces, getUnitById, listActivityContents } from '../reference/index.ts';
import type { ListRow } from './schemes.list.ts';
import { abilitiesOf, type SchemeTarget } from './schemes.policy.ts';
import * as repo from './schemes.repo.ts';

export const targetOf = (s: {
  level: string;
  state: string;
  provinceCode: string;
  ownerOrgId: string;
  implementerOrgId: string;
}): SchemeTarget => ({
  level: s.level as SchemeLevel,
  state: s.state as SchemeState,
  provinceCode: s.provinceCode,
  ownerOrgId: s.ownerOrgId,
  implementerOrgId: s.implementerOrgId,
});

type SummaryCols = Pick<
  repo.SchemeRow,
  | 'ruleSetCode'
  | 'costTotal'
  | 'stateRequested'
  | 'stateAllowed'
  | 'counterpart'
  | 'violationCount'
  | 'blocking'
>;
const summary = (r: SummaryCols) => ({
  ruleSetCode: r.ruleSetCode,
  costTotal: String(r.costTotal),
  stateRequested: String(r.stateRequested),
  stateAllowed: String(r.stateAllowed),
  counterpart: String(r.counterpart),
  violationCount: r.violationCount,
  blocking: r.blocking,
});

/** One row of the list; `provinces` (today's, by code) is read once per page by the caller. */
export function presentListItem(
  actor: Actor,
  r: ListRow,
  provinces: Awaited<ReturnType<typeof currentProvinces>>,
): SchemeListItemDto {
  return {
    id: r.id,
    code: r.code,
    planYear: r.planYear,
    level: r.level as SchemeLevel,
    kind: r.kind as SchemeKind,
    title: r.title,
    state: r.state as SchemeState,
    provinceCode: r.provinceCode,
    provinceName: provinces.get(r.provinceCode)?.name ?? null,
    implementerOrgId: r.implementerOrgId,
    implementerName: r.implementerName,
    valueChain: r.valueChain,
    contentCodes: r.contentCodes ?? [],
    support: summary(r),
    stateChangedAt: r.stateChangedAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
    abilities: abilitiesOf(actor, targetOf(r)),
  };
}

/** The record as an input (the shape the form edits and the snapshot keeps). */
export function inputOf(row: repo.SchemeRow, c: repo.Children): SchemeInput {
  return {
    planYear: row.planYear,
    level: row.level as SchemeLevel,
    kind: row.kind as SchemeKind,
    title: row.title,
    goals: row.goals,
    need: row.need,
    scale: row.scale,
    organisation: row.organisation,
    effects: row.effects,
    contentCodes: c.contents,
    industryCodes: row.industryCodes,
    provinceCode: row.provinceCode,
    locationUnitId: row.locationUnitId,
    address: row.address,
    implementerOrgId: row.implementerOrgId,
    beneficiaryIds: c.beneficiaries.map((b) => b.establishmentId),
    beneficiariesLater: row.beneficiariesLater,
    partners: c.partners.map((p) => ({ organisationId: p.organisationId, name: p.name, role: p.role })),
    startDate: row.startDate,
    endDate: row.endDate,
    milestones: c.milestones.map((m) => ({ title: m.title, dueDate: m.dueDate, note: m.note })),
    valueChain: row.valueChain,
    priorityArea: row.priorityArea,
    costLines: c.costLines.map((l) => ({
      itemCode: l.itemCode,
      contentCode: l.contentCode,
      description: l.description,
      unit: l.unit,
      quantity: l.quantity,
      unitPrice: String(l.unitPrice),
      total: String(l.total),
      fundingSource: l.fundingSource as FundingSource,
    })),
    costTotal: null,
    contacts: row.contacts,
  };
}

/** What scheme_versions keeps: the whole record as saved, with its state and support summary. */
export function snapshotOf(row: repo.SchemeRow, c: repo.Children): Record<string, unknown> {
  return {
    ...inputOf(row, c),
    code: row.code,
    state: row.state,
    beneficiaries: c.beneficiaries.map((b) => ({ id: b.establishmentId, name: b.name, code: b.code })),
    implementerName: row.implementerName,
    support: summary(row),
  };
}

function timeline(
  versions: Awaited<ReturnType<typeof repo.listVersions>>,
  transitions: repo.TransitionRow[],
): TimelineEntry[] {
  const edits: TimelineEntry[] = versions
    .filter((v) => v.reason === 'created' || v.reason === 'updated')
    .map((v) => ({
      at: v.createdAt.toISOString(),
      kind: v.reason === 'created' ? 'created' : 'edited',
      action: null,
      fromState: null,
      toState: v.state as SchemeState,
      actorName: v.createdByName,
      actorRole: null,
      comment: null,
      version: v.version,
    }));
  const steps: TimelineEntry[] = transitions.map((t) => ({
    at: t.at.toISOString(),
    kind: 'transition',
    action: t.action as TimelineEntry['action'],
    fromState: t.fromState as SchemeState,
    toState: t.toState as SchemeState,
    actorName: t.actorName,
    actorRole: t.actorRole,
    comment: t.comment,
    version: t.version,
  }));
  return [...edits, ...steps].sort((a, b) => a.at.localeCompare(b.at) || a.version - b.version);
}

async function orgName(db: Db, id: string): Promise<string> {
  try {
    return (await getOrganisation(db, systemActor, id)).name;
  } catch {
    return '';
  }
}

export async function presentScheme(db: Db, actor: Actor, row: repo.SchemeRow): Promise<SchemeDto> {
  const [c, versions, transitions, attachments, contents, unit, ownerName, call, supportDetail] =
    await Promise.all([
      repo.loadChildren(db, row.id),
      repo.listVersions(db, row.id),
      repo.listTransitions(db, row.id),
      repo.listAttachments(db, row.id),
      listActivityContents(db, systemActor, { page: 1, pageSize: 200, kind: 'content' }),
      row.locationUnitId ? getUnitById(db, row.locationUnitId) : Promise.resolve(null),
      orgName(db, row.ownerOrgId),
      callFor(db, {
        planYear: row.planYear,
        level: row.level as SchemeLevel,
        provinceCode: row.provinceCode,
      }),
      repo.getSupport(db, row.id),
    ]);
  const names = new Map(contents.items.map((x) => [x.code, x.nameVi]));
  const input = inputOf(row, c);
  return {
    ...presentListItem(actor, { ...row, contentCodes: c.contents }, await currentProvinces(db)),
    ...input,
    contents: c.contents.map((code) => ({ code, name: names.get(code) ?? code })),
    location: unit
      ? { unitId: unit.id, code: unit.code, name: unit.name, era: unit.era, provinceName: unit.provinceName }
      : null,
    ownerOrgId: row.ownerOrgId,
    ownerName,
    beneficiaries: c.beneficiaries.map((b) => ({
      id: b.establishmentId,
      name: b.name,
      code: b.code,
      provinceCode: b.provinceCode,
    })),
    partners: input.partners.map((p) => ({
      organisationId: p.organisationId ?? null,
      name: p.name,
      role: p.role ?? null,
    })),
    milestones: input.milestones.map((m) => ({ title: m.title, dueDate: m.dueDate, note: m.note ?? null })),
    costLines: input.costLines.map((l, i) => ({ ...l, ref: String(i + 1), unit: l.unit ?? null })),
    contacts: row.contacts.map((k) => ({
      name: k.name,
      title: k.title ?? null,
      phone: k.phone ?? null,
      email: k.email ?? null,
    })),
    address: row.address,
    valueChain: row.valueChain,
    startDate: row.startDate,
    endDate: row.endDate,
    goals: row.goals,
    need: row.need,
    scale: row.scale,
    organisation: row.organisation,
    effects: row.effects,
    attachments: attachments.map((a) => ({
      id: a.id,
      kind: a.kind as AttachmentKind,
      name: a.name,
      size: a.size,
      createdAt: a.createdAt.toISOString(),
    })),
    supportDetail,
    call: call
      ? {
          id: call.id,
          guidanceNumber: call.guidanceNumber,
          guidanceDate: call.guidanceDate,
          submissionDeadline: call.submissionDeadline,
          registrationDeadline: call.registrationDeadline,
        }
      : null,
    timeline: timeline(versions, transitions),
    createdAt: row.createdAt.toISOString(),
  };
}
