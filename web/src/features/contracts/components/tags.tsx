import { Tag } from 'antd';
import {
  type ContractPhase,
  type ContractState,
  contractPhaseLabels,
  contractStateLabels,
} from '../../../../../shared/schemas/contracts.ts';
import { useLabel } from '../../../lib/i18n.tsx';

const colors: Record<ContractState, string> = {
  draft: 'default',
  sent: 'blue',
  signed: 'green',
  liquidated: 'purple',
};
const phaseColors: Record<ContractPhase, string> = {
  active: 'processing',
  accepted: 'cyan',
  settled: 'success',
  stopped: 'error',
};

export function ContractStateTag({ state }: { state: ContractState }) {
  const label = useLabel();
  return (
    <Tag color={colors[state]} data-testid="contract-state">
      {label(contractStateLabels[state])}
    </Tag>
  );
}

export function PhaseTag({ phase }: { phase: ContractPhase }) {
  const label = useLabel();
  return (
    <Tag color={phaseColors[phase]} data-testid="contract-phase">
      {label(contractPhaseLabels[phase])}
    </Tag>
  );
}

export const fill = (s: string, p: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (m, k: string) => String(p[k] ?? m));
