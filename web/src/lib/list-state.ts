import type { TablePaginationConfig } from 'antd';
import type { SorterResult, SortOrder } from 'antd/es/table/interface';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type ListParams<K extends string> = {
  page: number;
  pageSize: number;
  sort?: string;
  q?: string;
} & Partial<Record<K, string>>;

type Patch = Record<string, string | number | undefined | null>;

const PAGE_SIZES = [10, 20, 50, 100];

/**
 * Server-side list state (page, pageSize, sort, q and typed filters) kept in the URL, so a list can be
 * bookmarked, shared and restored with the back button. `sort` is "field" or "-field" as the API expects.
 */
export function useListState<const K extends string>(
  filterKeys: readonly K[],
  defaults: { pageSize?: number; sort?: string } = {},
) {
  const [sp, setSp] = useSearchParams();
  const keysId = filterKeys.join(',');

  // biome-ignore lint/correctness/useExhaustiveDependencies: keysId stands for filterKeys, which callers write inline.
  const params = useMemo(() => {
    const page = Math.max(1, Number(sp.get('page')) || 1);
    const pageSize = PAGE_SIZES.includes(Number(sp.get('pageSize')))
      ? Number(sp.get('pageSize'))
      : (defaults.pageSize ?? 20);
    const out: Record<string, string | number | undefined> = {
      page,
      pageSize,
      sort: sp.get('sort') ?? defaults.sort,
      q: sp.get('q') ?? undefined,
    };
    for (const k of filterKeys) out[k] = sp.get(k) ?? undefined;
    return out as ListParams<K>;
  }, [sp, keysId, defaults.pageSize, defaults.sort]);

  /** Changes some parameters; any change other than the page itself goes back to page 1. */
  const update = useCallback(
    (patch: Patch) => {
      setSp(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            if (v === undefined || v === null || v === '') next.delete(k);
            else next.set(k, String(v));
          }
          if (!('page' in patch)) next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setSp],
  );

  const onTableChange = useCallback(
    <T>(
      pagination: TablePaginationConfig,
      _filters: unknown,
      sorter: SorterResult<T> | SorterResult<T>[],
    ) => {
      const s = Array.isArray(sorter) ? sorter[0] : sorter;
      const key = s?.order ? String(s.columnKey ?? s.field ?? '') : '';
      const sort = key ? (s?.order === 'descend' ? `-${key}` : key) : undefined;
      const patch: Patch = { sort };
      if (sort === params.sort) {
        patch.page = pagination.current;
        patch.pageSize = pagination.pageSize;
        if (pagination.pageSize !== params.pageSize) patch.page = 1;
      }
      update(patch);
    },
    [params.sort, params.pageSize, update],
  );

  /** The controlled `sortOrder` of a column whose `key` is the server's sort field. */
  const sortOrderOf = useCallback(
    (field: string): SortOrder => {
      if (params.sort === field) return 'ascend';
      if (params.sort === `-${field}`) return 'descend';
      return null;
    },
    [params.sort],
  );

  const pagination = useCallback(
    (total: number | undefined, showTotal: (total: number) => string): TablePaginationConfig => ({
      current: params.page,
      pageSize: params.pageSize,
      total: total ?? 0,
      showSizeChanger: true,
      pageSizeOptions: PAGE_SIZES,
      showTotal,
    }),
    [params.page, params.pageSize],
  );

  return { params, update, onTableChange, sortOrderOf, pagination };
}
