import { ArrowLeftOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Button, Skeleton, Table, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { formatDate, formatDateTime } from '../../../../../shared/format.ts';
import type { RegistrationDto } from '../../../../../shared/schemas/portal.ts';
import { PageHeader } from '../../../ui/page-header.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { usePortalItem, useRegistrations } from '../api.ts';
import { ADMIN_BASE, usePortalText } from '../labels.ts';

/** The establishments registered for an event, for its organiser, with the Excel export. */
export function RegistrationsPage() {
  const p = usePortalText();
  const { id = '' } = useParams();
  const event = usePortalItem('event', id);
  const regs = useRegistrations(id);
  if (event.error) return <QueryError error={event.error} retry={() => void event.refetch()} />;
  if (!event.data) return <Skeleton active />;
  const e = event.data;
  return (
    <>
      <PageHeader
        title={`${p('registrations')}: ${e.title}`}
        subtitle={`${formatDate(e.event?.startsOn)} – ${formatDate(e.event?.endsOn)} · ${e.event?.place ?? ''}`}
        extra={
          <>
            <Link to={`${ADMIN_BASE}/su-kien/${id}`}>
              <Button icon={<ArrowLeftOutlined />}>
                {e.title.length > 40 ? `${e.title.slice(0, 40)}…` : e.title}
              </Button>
            </Link>
            <Button
              type="primary"
              icon={<FileExcelOutlined />}
              href={`/api/portal/events/${id}/registrations.xlsx`}
            >
              {p('exportExcel')}
            </Button>
          </>
        }
      />
      {regs.error ? <QueryError error={regs.error} retry={() => void regs.refetch()} /> : null}
      <Table<RegistrationDto>
        rowKey="id"
        size="middle"
        loading={regs.isFetching}
        dataSource={regs.data}
        pagination={false}
        scroll={{ x: 900 }}
        columns={[
          { key: 'n', title: '#', width: 48, render: (_, __, i) => i + 1 },
          { key: 'est', title: p('regEstablishment'), dataIndex: 'establishmentName' },
          {
            key: 'contact',
            title: p('regContact'),
            render: (_, r) => (
              <>
                {r.contactName}
                <div>
                  <Typography.Text type="secondary">
                    {r.phone} · {r.email}
                  </Typography.Text>
                </div>
              </>
            ),
          },
          { key: 'products', title: p('regProducts'), dataIndex: 'products' },
          { key: 'at', title: p('regAt'), render: (_, r) => formatDateTime(r.createdAt) },
        ]}
      />
    </>
  );
}
