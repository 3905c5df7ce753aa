import { Descriptions, Drawer, Empty, List, Skeleton, Tag, Typography } from 'antd';
import { formatDate } from '../../../../../shared/format.ts';
import type { UnitLinkDto } from '../../../../../shared/schemas/reference.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { useUnitDetail } from '../api.ts';

type Props = { id: number | undefined; onClose: () => void; onOpen: (id: number) => void };

/** One unit with where it came from (pre-2025 predecessors) or where it went (2025 successors). */
export function UnitDetailDrawer({ id, onClose, onOpen }: Props) {
  const { t } = useI18n();
  const detail = useUnitDetail(id);
  const u = detail.data;

  const links = (title: string, items: UnitLinkDto[]) => (
    <>
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {title}
      </Typography.Title>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('units.noLinks')} />
      ) : (
        <List
          size="small"
          bordered
          dataSource={items}
          renderItem={(l) => (
            <List.Item
              actions={[
                <Tag key="kind" color={l.kind === 'full' ? 'blue' : 'orange'}>
                  {t(l.kind === 'full' ? 'units.link.full' : 'units.link.partial')}
                </Tag>,
              ]}
            >
              <div>
                <Typography.Link onClick={() => onOpen(l.unit.id)}>{l.unit.name}</Typography.Link>
                <div>
                  <Typography.Text type="secondary">
                    {[l.unit.typeLabel, l.unit.code, l.unit.level !== 'province' ? l.unit.provinceName : null]
                      .filter(Boolean)
                      .join(' · ')}
                  </Typography.Text>
                </div>
              </div>
            </List.Item>
          )}
        />
      )}
    </>
  );

  return (
    <Drawer open={id !== undefined} width={560} onClose={onClose} title={u ? u.name : t('units.detail')}>
      {detail.error ? <QueryError error={detail.error} retry={() => void detail.refetch()} /> : null}
      {detail.isLoading ? <Skeleton active /> : null}
      {u ? (
        <>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('units.col.code')}>{u.code}</Descriptions.Item>
            <Descriptions.Item label={t('units.col.type')}>{u.typeLabel}</Descriptions.Item>
            <Descriptions.Item label={t('units.col.level')}>{t(`units.level.${u.level}`)}</Descriptions.Item>
            <Descriptions.Item label={t('units.col.era')}>{t(`units.era.${u.era}`)}</Descriptions.Item>
            {u.parentName ? (
              <Descriptions.Item label={t('units.col.parent')}>{u.parentName}</Descriptions.Item>
            ) : null}
            {u.provinceName ? (
              <Descriptions.Item label={t('units.col.province')}>{u.provinceName}</Descriptions.Item>
            ) : null}
            <Descriptions.Item label={t('units.col.validity')}>
              {u.validTo
                ? t('units.validRange', { from: formatDate(u.validFrom), to: formatDate(u.validTo) })
                : t('units.validFrom', { from: formatDate(u.validFrom) })}
            </Descriptions.Item>
            {u.currentProvince && u.era === 'pre2025' ? (
              <Descriptions.Item label={t('units.currentProvince')}>
                {u.currentProvince.name}
              </Descriptions.Item>
            ) : null}
          </Descriptions>
          {u.era === '2025'
            ? links(t('units.predecessors'), u.predecessors)
            : links(t('units.successors'), u.successors)}
        </>
      ) : null}
    </Drawer>
  );
}
