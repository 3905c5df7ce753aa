import { Card, DatePicker, Descriptions, Empty, List, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { formatDate } from '../../../../../shared/format.ts';
import type {
  CitationDto,
  EligibilityDto,
  EstablishmentDto,
} from '../../../../../shared/schemas/establishments.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { useEligibility } from '../api.ts';
import { tx } from '../text.ts';
import { EligibilityTag } from './tags.tsx';

export const citationText = (c: CitationDto) =>
  [c.document, c.article, c.clause, c.point ? `điểm ${c.point}` : undefined].filter(Boolean).join(', ') +
  (c.note ? ` (${c.note})` : '');

function Verdict({ e }: { e: EligibilityDto }) {
  const label = useLabel();
  return (
    <Descriptions column={1} size="small" bordered labelStyle={{ width: 130 }}>
      <Descriptions.Item label={label(tx.eligibility)}>
        <EligibilityTag status={e.status} />
      </Descriptions.Item>
      <Descriptions.Item label={label(tx.rule)}>
        {e.rule
          ? `${e.rule.title} (${formatDate(e.rule.effectiveFrom)}${e.rule.effectiveTo ? ` – ${formatDate(e.rule.effectiveTo)}` : ''})`
          : label(tx.noRule)}
      </Descriptions.Item>
      <Descriptions.Item label={label(tx.reasons)}>
        <List
          size="small"
          dataSource={e.reasons}
          renderItem={(r) => <List.Item data-testid="eligibility-reason">{r.message}</List.Item>}
        />
      </Descriptions.Item>
      <Descriptions.Item label={label(tx.legalBasis)}>
        {e.citations.length ? (
          <List
            size="small"
            dataSource={e.citations}
            renderItem={(c) => <List.Item data-testid="legal-basis">{citationText(c)}</List.Item>}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** Eligibility today with reasons and legal basis, on any other date on request, and under each rule. */
export function EligibilityCard({ est }: { est: EstablishmentDto }) {
  const label = useLabel();
  const [date, setDate] = useState<Dayjs | null>(null);
  const other = useEligibility(est.id, date ? date.format('YYYY-MM-DD') : undefined);
  const shown = date && other.data ? other.data : est.eligibilityDetail;
  return (
    <Card title={label(tx.eligibilityTitle)} data-testid="eligibility-card">
      <Space style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{label(tx.eligibilityAt)}</Typography.Text>
        <DatePicker
          format="DD/MM/YYYY"
          value={date ?? dayjs(est.eligibilityDetail.asOf)}
          onChange={(d) => setDate(d)}
          allowClear={false}
          data-testid="eligibility-date"
        />
      </Space>
      <Verdict e={shown} />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {label(tx.byRule)}
      </Typography.Title>
      <Table
        size="small"
        rowKey="rule"
        pagination={false}
        dataSource={est.eligibilityByRule}
        columns={[
          { key: 'title', title: label(tx.rule), dataIndex: 'title' },
          {
            key: 'status',
            title: label(tx.eligibility),
            width: 160,
            render: (_, r) => <EligibilityTag status={r.status} />,
          },
        ]}
      />
    </Card>
  );
}
