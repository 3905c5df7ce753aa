import type { ListResponse } from '../../../../shared/schemas/common.ts';
import type {
  ProductGroup,
  ProductLevel,
  RoundDto,
  RoundInput,
  RoundListItem,
  RoundListQuery,
  RoundStatus,
  RoundTransitionInput,
  RoundUpdateInput,
} from '../../../../shared/schemas/products.ts';
import type { Db } from '../../db/client.ts';
import { type Actor, departmentRoles, isNational } from '../../platform/actor.ts';
import { AppError, forbidden, isUniqueViolation } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import { currentProvinces, isCurrentProvince } from '../reference/index.ts';
import { checkCouncilComplete } from './council.service.ts';
import { canRound, type Membership, organises } from './products.policy.ts';
import { awardCaps, levelRules, passThreshold, quorumRule } from './products.rules.data.ts';
import { complaintWindowEnds, currentScoreSheet, eraOn, todayVn } from './products.rules.ts';
import { productRounds } from './products.tables.ts';
import { nextStatus, roundEditable, roundStatusLabels } from './products.workflow.ts';
import { loadRound, membership, roundTarget } from './round-access.ts';
import * as repo from './rounds.repo.ts';
import { publishResults } from './scoring.service.ts';

export function roundAbilities(actor: Actor, r: repo.RoundRow, member: Membership): Record<string, boolean> {
  const t = roundTarget(r);
  const can = (a: Parameters<typeof canRound>[1]) => canRound(actor, a, t, member);
  const today = todayVn();
  return {
    update: can('update') && roundEditable(t.status),
    openRegistration: can('transition') && nextStatus(t.status, 'open_registration') !== null,
    startScoring: can('transition') && nextStatus(t.status, 'start_scoring') !== null,
    publishResults: can('transition') && nextStatus(t.status, 'publish_results') !== null,
    close: can('transition') && nextStatus(t.status, 'close') !== null,
    manageCouncil: can('manageCouncil') && roundEditable(t.status),
    declareConflict: can('declareConflict') && t.status !== 'closed',
    register:
      can('register') &&
      t.status === 'registration' &&
      r.registrationOpens <= today &&
      today <= r.registrationCloses,
    score: can('score') && t.status === 'scoring',
    viewResults: can('viewResults'),
    recognise: can('recognise') && t.status === 'results',
    resolveComplaints: can('resolveComplaint'),
  };
}

function presentBase(
  actor: Actor,
  r: repo.RoundRow & { entryCount: number },
  member: repo.MemberRow | undefined,
  names: Map<string, { name: string }>,
): RoundListItem {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    level: r.level as ProductLevel,
    era: r.era,
    year: r.year,
    organiserOrganisationId: r.organiserOrganisationId,
    organiserName: r.organiserName,
    provinceCode: r.provinceCode,
    provinceName: r.provinceCode ? (names.get(r.provinceCode)?.name ?? null) : null,
    localUnitCode: r.localUnitCode,
    regionCode: r.regionCode,
    regionName: r.regionName,
    regionProvinceCodes: r.regionProvinceCodes,
    registrationOpens: r.registrationOpens,
    registrationCloses: r.registrationCloses,
    selectionDate: r.selectionDate,
    groups: r.groups as ProductGroup[],
    scoreSheetVersion: r.scoreSheetVersion,
    passThreshold: r.passThreshold,
    quorumPercent: r.quorumPercent,
    prizes: r.prizes,
    status: r.status as RoundStatus,
    resultsPublishedOn: r.resultsPublishedOn,
    complaintWindowEnds: r.resultsPublishedOn ? complaintWindowEnds(r.resultsPublishedOn) : null,
    decisionNumber: r.decisionNumber,
    decisionDate: r.decisionDate,
    decisionSigner: r.decisionSigner,
    entryCount: r.entryCount,
    myMemberId: member?.id ?? null,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    abilities: roundAbilities(actor, r, membership(member)),
  };
}

export async function getRound(db: Db, actor: Actor, id: string): Promise<RoundDto> {
  const { round } = await loadRound(db, actor, id);
  const [members, conflicts, entryCount, names] = await Promise.all([
    repo.membersOf(db, id),
    repo.conflictsOf(db, id),
    repo.countEntries(db, id),
    currentProvinces(db),
  ]);
  const me = members.find((m) => m.userId === actor.userId);
  return {
    ...presentBase(actor, { ...round, entryCount }, me, names),
    council: members.map((m) => ({
      id: m.id,
      userId: m.userId,
      fullName: m.fullName,
      organisationName: m.organisationName,
      role: m.role as RoundDto['council'][number]['role'],
      conflicts: conflicts
        .filter((c) => c.memberId === m.id)
        .map((c) => ({
          id: c.id,
          establishmentId: c.establishmentId,
          establishmentName: c.establishmentName,
          reason: c.reason,
        })),
    })),
  };
}

function scopeOf(actor: Actor): repo.RoundScope {
  if (isNational(actor)) return { kind: 'all' };
  if (actor.provinceCode && actor.role !== 'council_member')
    return {
      kind: 'province',
      provinceCode: actor.provinceCode,
      userId: actor.userId,
      organiser: departmentRoles.includes(actor.role),
    };
  return { kind: 'member', userId: actor.userId };
}

export async function listRounds(
  db: Db,
  actor: Actor,
  q: RoundListQuery,
): Promise<ListResponse<RoundListItem>> {
  const [{ rows, total }, names] = await Promise.all([
    repo.listRounds(db, scopeOf(actor), q),
    currentProvinces(db),
  ]);
  const seats = await repo.seatsOf(
    db,
    rows.map((r) => r.id),
    actor.userId,
  );
  return {
    items: rows.map((r) => presentBase(actor, r, seats.get(r.id), names)),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

async function checkRoundInput(db: Db, level: ProductLevel, input: Omit<RoundInput, 'code' | 'level'>) {
  const era = eraOn(input.selectionDate);
  if (!era) throw new AppError('PRODUCT_ERA_UNKNOWN', { date: input.selectionDate });
  if (!era.levels.includes(level))
    throw new AppError('PRODUCT_LEVEL_NOT_IN_ERA', {
      level: levelRules[level].nameVi,
      date: input.selectionDate,
      levels: era.levels.map((l) => levelRules[l].nameVi).join(', '),
    });
  if (
    !(input.registrationOpens <= input.registrationCloses && input.registrationCloses <= input.selectionDate)
  )
    throw new AppError('PRODUCT_ROUND_DATES_INVALID');
  const levelName = levelRules[level].nameVi.toLowerCase();
  if (level === 'region') {
    if (!input.regionProvinceCodes.length || !input.regionName)
      throw new AppError('PRODUCT_ROUND_PLACE_REQUIRED', {
        level: levelName,
        what: 'hãy đặt tên khu vực và liệt kê các tỉnh, thành phố của khu vực',
      });
    for (const c of input.regionProvinceCodes)
      if (!(await isCurrentProvince(db, c))) throw new AppError('UNIT_UNKNOWN', { code: c });
  } else if (level !== 'nation') {
    if (!input.provinceCode)
      throw new AppError('PRODUCT_ROUND_PLACE_REQUIRED', {
        level: levelName,
        what: 'hãy chọn tỉnh, thành phố',
      });
    if (!(await isCurrentProvince(db, input.provinceCode)))
      throw new AppError('UNIT_UNKNOWN', { code: input.provinceCode });
  }
  const cap = awardCaps[level];
  for (const p of input.prizes)
    if (cap && BigInt(p.amountVnd) > cap.capVnd)
      throw new AppError('PRODUCT_PRIZE_OVER_CAP', {
        amount: BigInt(p.amountVnd).toLocaleString('vi-VN'),
        cap: `${cap.capVnd.toLocaleString('vi-VN')} ₫`,
        citation: `${cap.citation.document} Điều ${cap.citation.article}`,
      });
  return era;
}

function placeFields(level: ProductLevel, input: Omit<RoundInput, 'code' | 'level'>) {
  const local = level !== 'region' && level !== 'nation';
  return {
    provinceCode: local ? (input.provinceCode ?? null) : null,
    localUnitCode: local ? (input.localUnitCode ?? null) : null,
    regionCode: level === 'region' ? (input.regionCode ?? null) : null,
    regionName: level === 'region' ? (input.regionName ?? null) : null,
    regionProvinceCodes: level === 'region' ? [...new Set(input.regionProvinceCodes)].sort() : [],
  };
}

export async function createRound(db: Db, actor: Actor, input: RoundInput): Promise<RoundDto> {
  const place = placeFields(input.level, input);
  if (!organises(actor, { level: input.level, provinceCode: place.provinceCode })) throw forbidden();
  const era = await checkRoundInput(db, input.level, input);
  const id = await tx(db, async (t) => {
    try {
      const [r] = await t
        .insert(productRounds)
        .values({
          ...input,
          ...place,
          era: era.code,
          groups: [...new Set(input.groups)],
          organiserOrganisationId:
            actor.organisationId === '00000000-0000-0000-0000-000000000000' ? null : actor.organisationId,
          scoreSheetVersion: currentScoreSheet().version,
          passThreshold: input.passThreshold ?? passThreshold.points,
          quorumPercent: input.quorumPercent ?? quorumRule.percent,
          createdBy: actor.userId,
        })
        .returning();
      await record(t, actor, {
        action: 'product_round.created',
        entityType: 'product_round',
        entityId: r!.id,
        provinceCode: r!.provinceCode,
        after: r,
      });
      return r!.id;
    } catch (e) {
      if (isUniqueViolation(e, 'product_rounds_code_uq'))
        throw new AppError('PRODUCT_ROUND_CODE_TAKEN', { code: input.code });
      throw e;
    }
  });
  return getRound(db, actor, id);
}

export async function updateRound(
  db: Db,
  actor: Actor,
  id: string,
  input: RoundUpdateInput,
): Promise<RoundDto> {
  await tx(db, async (t) => {
    const { round, member } = await loadRound(t, actor, id, true);
    const level = round.level as ProductLevel;
    const place = placeFields(level, input);
    if (
      !canRound(actor, 'update', roundTarget(round), member) ||
      !organises(actor, { level, provinceCode: place.provinceCode })
    )
      throw forbidden();
    if (!roundEditable(round.status as RoundStatus)) throw new AppError('PRODUCT_ROUND_NOT_EDITABLE');
    const era = await checkRoundInput(t, level, input);
    const { version, ...rest } = input;
    const saved = await repo.bumpRound(t, id, version, {
      ...rest,
      ...place,
      era: era.code,
      groups: [...new Set(input.groups)],
      passThreshold: input.passThreshold ?? round.passThreshold,
      quorumPercent: input.quorumPercent ?? round.quorumPercent,
    });
    if (!saved) throw new AppError('VERSION_CONFLICT');
    await record(t, actor, {
      action: 'product_round.updated',
      entityType: 'product_round',
      entityId: id,
      provinceCode: saved.provinceCode,
      before: round,
      after: saved,
    });
  });
  return getRound(db, actor, id);
}

const actionLabels: Record<RoundTransitionInput['action'], string> = {
  open_registration: 'mở đăng ký',
  start_scoring: 'bắt đầu chấm điểm',
  publish_results: 'công bố kết quả',
  close: 'kết thúc đợt',
};

export async function transitionRound(
  db: Db,
  actor: Actor,
  id: string,
  input: RoundTransitionInput,
): Promise<RoundDto> {
  await tx(db, async (t) => {
    const { round, member } = await loadRound(t, actor, id, true);
    if (!canRound(actor, 'transition', roundTarget(round), member)) throw forbidden();
    const to = nextStatus(round.status as RoundStatus, input.action);
    if (!to)
      throw new AppError('PRODUCT_ROUND_BAD_STATE', {
        action: actionLabels[input.action],
        status: roundStatusLabels[round.status as RoundStatus],
      });
    const set: Partial<repo.RoundRow> = { status: to };
    if (input.action === 'start_scoring') {
      if ((await repo.countEntries(t, id)) === 0) throw new AppError('PRODUCT_NO_ENTRIES');
      await checkCouncilComplete(t, round);
    }
    if (input.action === 'publish_results') {
      await publishResults(t, round);
      set.resultsPublishedOn = todayVn();
    }
    const saved = await repo.bumpRound(t, id, input.version, set);
    if (!saved) throw new AppError('VERSION_CONFLICT');
    await record(t, actor, {
      action: `product_round.${input.action}`,
      entityType: 'product_round',
      entityId: id,
      provinceCode: saved.provinceCode,
      before: { status: round.status },
      after: { status: saved.status, resultsPublishedOn: saved.resultsPublishedOn },
    });
  });
  return getRound(db, actor, id);
}
