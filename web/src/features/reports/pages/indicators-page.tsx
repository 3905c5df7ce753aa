import { Button, Flex, InputNumber, Segmented, Select, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  DEFAULT_DISPERSION_THRESHOLD,
  latestPlanYear,
  levelFilterLabels,
  levelFilters,
  MAX_YEARS,
} from '../../../../../shared/schemas/indicators.ts';
import { useMe } from '../../../app/session.tsx';
import { useLabel } from '../../../lib/i18n.tsx';
import { FilterBar, PageHeader } from '../../../ui/page-header.tsx';
import { ProvinceSelect } from '../../../ui/province-select.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import {
  ChangesSection,
  DispersionSection,
  SharesSection,
  SigningSection,
} from '../components/indicator-sections.tsx';
import { ReportsNav } from '../components/reports-nav.tsx';
import {
  useChangesIndicator,
  useDispersionIndicator,
  useKindsIndicator,
  usePriorityIndicator,
  useSigningIndicator,
} from '../indicators-api.ts';
import { ix } from '../indicators-text.ts';

const last = latestPlanYear();
const years = Array.from({ length: 20 }, (_, i) => last - i);

/** A query's result, its error or a skeleton while it loads. */
function Loaded<T>({
  q,
  children,
}: {
  q: { data?: T; error: unknown; refetch: () => unknown };
  children: (d: T) => ReactNode;
}) {
  if (q.error) return <QueryError error={q.error} retry={() => q.refetch()} />;
  return q.data ? children(q.data) : <Skeleton active />;
}

/** Indicators (/admin/bao-cao/chi-so): signing curves, stops and adjustments, dispersion, kinds, priority areas. */
export function IndicatorsPage() {
  const label = useLabel();
  const me = useMe();
  const [sp, setSp] = useSearchParams();
  const toYear = Number(sp.get('toYear')) || last;
  const fromYear = Math.max(toYear - MAX_YEARS + 1, Number(sp.get('fromYear')) || toYear - 4);
  const p = {
    fromYear: Math.min(fromYear, toYear),
    toYear,
    level: sp.get('level') ?? 'all',
    provinceCode: sp.get('provinceCode') ?? undefined,
  };
  const threshold = sp.get('threshold') ?? DEFAULT_DISPERSION_THRESHOLD;
  const set = (k: string, v: string | number | undefined | null) =>
    setSp(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (v === undefined || v === null || v === '') next.delete(k);
        else next.set(k, String(v));
        return next;
      },
      { replace: true },
    );
  const signing = useSigningIndicator(p);
  const changes = useChangesIndicator(p);
  const dispersion = useDispersionIndicator({ ...p, threshold });
  const kinds = useKindsIndicator(p);
  const priority = usePriorityIndicator(p);

  return (
    <>
      <PageHeader
        title={label(ix.indicators)}
        subtitle={label(ix.indicatorsSub)}
        extra={
          <Link to="/admin/bao-cao/bang-dieu-khien">
            <Button>{label(ix.toDashboard)}</Button>
          </Link>
        }
      />
      <ReportsNav />
      <FilterBar>
        <Select
          aria-label={label(ix.fromYear)}
          value={p.fromYear}
          onChange={(v) => set('fromYear', v)}
          options={years
            .filter((y) => y <= toYear && y > toYear - MAX_YEARS)
            .map((y) => ({
              value: y,
              label: `${label(ix.fromYear)} ${y}`,
            }))}
          style={{ width: 150 }}
        />
        <Select
          aria-label={label(ix.toYear)}
          value={p.toYear}
          onChange={(v) => set('toYear', v)}
          options={years.map((y) => ({ value: y, label: `${label(ix.toYear)} ${y}` }))}
          style={{ width: 150 }}
        />
        <Segmented
          value={p.level}
          onChange={(v) => set('level', String(v))}
          options={levelFilters.map((l) => ({ value: l, label: label(levelFilterLabels[l]) }))}
        />
        {me.user.role.startsWith('department') ? null : (
          <ProvinceSelect
            value={p.provinceCode}
            onChange={(v) => set('provinceCode', v)}
            placeholder={label(ix.nation)}
          />
        )}
        <InputNumber
          aria-label={label(ix.threshold)}
          addonBefore={label(ix.threshold)}
          min={0}
          max={1_000_000}
          value={Number(threshold) / 1e6}
          onChange={(v) => set('threshold', v === null ? null : String(Math.round(v * 1e6)))}
          style={{ width: 240 }}
        />
      </FilterBar>
      <Flex vertical gap={16}>
        <Loaded q={signing}>{(d) => <SigningSection data={d} />}</Loaded>
        <Loaded q={changes}>{(d) => <ChangesSection data={d} />}</Loaded>
        <Loaded q={dispersion}>{(d) => <DispersionSection data={d} />}</Loaded>
        <Loaded q={kinds}>
          {(k) => <Loaded q={priority}>{(pr) => <SharesSection kinds={k} priority={pr} />}</Loaded>}
        </Loaded>
      </Flex>
    </>
  );
}
