import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { formatDate, formatVnd } from '../../../../../shared/format.ts';
import type { ListResponse } from '../../../../../shared/schemas/common.ts';
import type { RecognisedProductDto } from '../../../../../shared/schemas/products.ts';
import { type SchemeListItemDto, schemeStateLabels } from '../../../../../shared/schemas/schemes.ts';
import { useApi } from '../../../app/session.tsx';
import { useLabel } from '../../../lib/i18n.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { levelLabels } from '../../products/text.ts';
import { tx } from '../text.ts';

/** The schemes that support the establishment, newest plan year first. */
export function EstablishmentSchemes({ id }: { id: string }) {
  const label = useLabel();
  const api = useApi();
  const q = useQuery({
    queryKey: ['schemes', 'list', { beneficiaryId: id }],
    queryFn: ({ signal }) =>
      api.get<ListResponse<SchemeListItemDto>>(
        '/api/schemes',
        { beneficiaryId: id, sort: '-planYear', pageSize: '50' },
        { signal },
      ),
  });
  return (
    <Card title={label(tx.schemesOf)} size="small" data-testid="establishment-schemes">
      {q.error ? (
        <QueryError error={q.error} retry={() => void q.refetch()} />
      ) : (
        <Table<SchemeListItemDto>
          rowKey="id"
          size="small"
          loading={q.isLoading}
          dataSource={q.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: <Empty description={label(tx.noSchemes)} /> }}
          columns={[
            { title: label(tx.schemeYear), dataIndex: 'planYear', width: 70 },
            {
              title: label(tx.schemeTitle),
              dataIndex: 'title',
              render: (t: string, s) => <Link to={`/admin/de-an/${s.id}`}>{`${s.code} — ${t}`}</Link>,
            },
            {
              title: label(tx.status),
              dataIndex: 'state',
              width: 160,
              render: (s: SchemeListItemDto['state']) => <Tag>{label(schemeStateLabels[s])}</Tag>,
            },
            {
              title: label(tx.schemeSupport),
              key: 'support',
              align: 'right',
              width: 150,
              render: (_: unknown, s) => formatVnd(BigInt(s.support.stateAllowed)),
            },
          ]}
        />
      )}
    </Card>
  );
}

/** The establishment's typical rural industrial products, across levels and years, with validity. */
export function EstablishmentProducts({ id }: { id: string }) {
  const label = useLabel();
  const api = useApi();
  const q = useQuery({
    queryKey: ['products', 'certificates-of', id],
    queryFn: ({ signal }) =>
      api.get<RecognisedProductDto[]>('/api/product-certificates', { establishmentId: id }, { signal }),
  });
  return (
    <Card title={label(tx.productsOf)} size="small" data-testid="establishment-products">
      {q.error ? (
        <QueryError error={q.error} retry={() => void q.refetch()} />
      ) : (
        <Table<RecognisedProductDto>
          rowKey="certificateNumber"
          size="small"
          loading={q.isLoading}
          dataSource={q.data ?? []}
          pagination={false}
          locale={{ emptyText: <Empty description={label(tx.noProducts)} /> }}
          columns={[
            { title: label(tx.productName), dataIndex: 'productName' },
            {
              title: label(tx.productLevel),
              dataIndex: 'level',
              width: 110,
              render: (l: RecognisedProductDto['level']) => label(levelLabels[l]),
            },
            { title: label(tx.schemeYear), dataIndex: 'year', width: 70 },
            {
              title: label(tx.certificate),
              dataIndex: 'certificateNumber',
              render: (n: string) => (
                <a href={`/xac-minh-chung-nhan/${encodeURIComponent(n)}`} target="_blank" rel="noreferrer">
                  {n}
                </a>
              ),
            },
            {
              title: label(tx.validUntil),
              dataIndex: 'validUntil',
              width: 170,
              render: (d: string, r) => (
                <Tag color={r.status === 'valid' ? 'green' : 'default'}>
                  {`${formatDate(d)} · ${label(r.status === 'valid' ? tx.certValid : r.status === 'expired' ? tx.certExpired : tx.certRevoked)}`}
                </Tag>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
