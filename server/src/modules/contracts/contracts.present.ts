import type {
  ContractDto,
  ContractListItemDto,
  ContractPhase,
  ContractState,
} from '../../../../shared/schemas/contracts.ts';
import type { Actor } from '../../platform/actor.ts';
import { abilitiesOf, type ContractTarget } from './contracts.policy.ts';
import type { ContractRow } from './contracts.repo.ts';

export const targetOf = (
  c: Pick<ContractRow, 'level' | 'provinceCode' | 'implementerOrgId'>,
): ContractTarget => ({
  level: c.level as ContractTarget['level'],
  provinceCode: c.provinceCode,
  implementerOrgId: c.implementerOrgId,
});

const day = (d: Date) => d.toISOString();

export function presentListItem(c: ContractRow): ContractListItemDto {
  return {
    id: c.id,
    schemeId: c.schemeId,
    schemeCode: c.schemeCode,
    schemeTitle: c.schemeTitle,
    planYear: c.planYear,
    level: c.level as ContractListItemDto['level'],
    provinceCode: c.provinceCode,
    implementerName: c.implementerName,
    number: c.number,
    value: String(c.value),
    state: c.state as ContractState,
    phase: c.phase as ContractPhase,
    assignedAt: day(c.assignedAt),
    signedDate: c.signedDate,
    lastProgress: c.lastProgress,
    version: c.version,
  };
}

export function presentContract(
  actor: Actor,
  c: ContractRow,
  scheme: { state: string; version: number },
  contents: ContractDto['contents'],
): ContractDto {
  const abilities = abilitiesOf(actor, targetOf(c));
  const editable = c.state === 'draft' || c.state === 'sent';
  return {
    ...presentListItem(c),
    schemeState: scheme.state,
    schemeVersion: scheme.version,
    implementerOrgId: c.implementerOrgId,
    partyA: c.partyA,
    partyB: c.partyB,
    counterpartCommitted: String(c.counterpartCommitted),
    startDate: c.startDate,
    endDate: c.endDate,
    paymentTerms: c.paymentTerms,
    schedule: c.schedule,
    contents,
    documents: c.documents,
    sentAt: c.sentAt ? day(c.sentAt) : null,
    liquidatedDate: c.liquidatedDate,
    liquidationNumber: c.liquidationNumber,
    lastReportPeriod: c.lastReportPeriod,
    abilities: {
      ...abilities,
      update: abilities['contract.manage']! && editable,
      send: abilities['contract.manage']! && c.state === 'draft',
      sign: abilities['contract.manage']! && editable && c.phase === 'active',
      liquidate:
        abilities['contract.manage']! &&
        c.state === 'signed' &&
        (c.phase === 'accepted' || c.phase === 'stopped'),
    },
  };
}
