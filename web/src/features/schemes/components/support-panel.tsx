import { Alert, Descriptions, List, Space, Tag, Typography } from 'antd';
import { formatVnd } from '../../../../../shared/format.ts';
import { vndInWords } from '../../../../../shared/money-words.ts';
import type { Citation, ComputeResult } from '../../../../../shared/schemas/rules.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { tx } from '../text.ts';

export function citationOf(c: Citation | null): string {
  if (!c) return '';
  return [
    c.document,
    c.article && `Điều ${c.article}`,
    c.clause && `khoản ${c.clause}`,
    c.point && `điểm ${c.point}`,
  ]
    .filter(Boolean)
    .join(', ');
}

/** The rules' answer for an estimate: per support item the cap, the allowed amount and why, then the violations. */
export function SupportPanel({
  result,
  loading,
}: {
  result: ComputeResult | null | undefined;
  loading?: boolean;
}) {
  const label = useLabel();
  if (!result) return null;
  const t = result.totals;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="support-panel">
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} title={label(tx.support)}>
        <Descriptions.Item label={label(tx.ruleSet)}>{result.ruleSet.legalBasis}</Descriptions.Item>
        <Descriptions.Item label={label(tx.cost)}>{formatVnd(t.cost)}</Descriptions.Item>
        <Descriptions.Item label={label(tx.requested)}>{formatVnd(t.requestedState)}</Descriptions.Item>
        <Descriptions.Item label={label(tx.allowed)}>
          <Typography.Text strong data-testid="support-allowed">
            {formatVnd(t.allowedState)}
          </Typography.Text>
          <div>
            <Typography.Text type="secondary">{vndInWords(t.allowedState)}</Typography.Text>
          </div>
        </Descriptions.Item>
        <Descriptions.Item label={label(tx.counterpart)}>
          {formatVnd(t.counterpartRequired)}
        </Descriptions.Item>
      </Descriptions>
      <List
        size="small"
        bordered
        loading={loading}
        dataSource={result.items}
        renderItem={(i) => (
          <List.Item data-testid={`support-item-${i.itemCode}`}>
            <List.Item.Meta
              title={
                <Space wrap>
                  <span>{i.itemNameVi}</span>
                  {i.capVnd ? <Tag color="blue">{`Trần ${formatVnd(i.capVnd)}`}</Tag> : null}
                  {i.percent !== null ? <Tag>{`${i.percent}%`}</Tag> : null}
                </Space>
              }
              description={
                <>
                  <div>{i.explanationVi}</div>
                  {i.citation ? (
                    <Typography.Text type="secondary" data-testid="citation">
                      {`${label(tx.basis)}: ${citationOf(i.citation)}${i.citation.note ? ` (${i.citation.note})` : ''}`}
                    </Typography.Text>
                  ) : null}
                </>
              }
            />
            <Typography.Text strong>{formatVnd(i.allowedState)}</Typography.Text>
          </List.Item>
        )}
      />
      {result.violations.map((v) => (
        <Alert
          key={`${v.code}-${v.lineRefs.join(',')}-${v.messageVi}`}
          type="error"
          showIcon
          message={v.messageVi}
          data-testid={`violation-${v.code}`}
        />
      ))}
      {result.unknownsVi.map((u) => (
        <Alert key={u} type="info" message={u} />
      ))}
    </Space>
  );
}
