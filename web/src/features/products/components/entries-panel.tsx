import { PlusOutlined } from '@ant-design/icons';
import { Button, Image, Input, Modal, Popconfirm, Space, Table } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { EntryDto, RoundDto } from '../../../../../shared/schemas/products.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { useEntries, useFileComplaint, useWithdraw } from '../api.ts';
import { groupLabels, tx } from '../text.ts';
import { EntryStatusTag } from './fields.tsx';

function ComplainButton({ entry }: { entry: EntryDto }) {
  const label = useLabel();
  const feedback = useFeedback();
  const complain = useFileComplaint();
  const [open, setOpen] = useState(false);
  const [content, setContent] = useState('');
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {label(tx.complain)}
      </Button>
      <Modal
        open={open}
        title={`${label(tx.complain)}: ${entry.name}`}
        okText={label(tx.save)}
        cancelText={label(tx.cancel)}
        confirmLoading={complain.isPending}
        onCancel={() => setOpen(false)}
        onOk={async () => {
          try {
            await complain.mutateAsync({ entryId: entry.id, content });
            setOpen(false);
            setContent('');
          } catch (e) {
            feedback.error(e);
          }
        }}
      >
        <Input.TextArea
          rows={5}
          value={content}
          onChange={(e) => setContent(e.target.value)}
          placeholder={label(tx.complaintContent)}
        />
      </Modal>
    </>
  );
}

/** The round's entries the user may see (all for organisers and members, their own or their province's otherwise). */
export function EntriesPanel({ round }: { round: RoundDto }) {
  const label = useLabel();
  const navigate = useNavigate();
  const feedback = useFeedback();
  const entries = useEntries(round.id);
  const withdraw = useWithdraw();
  if (entries.error) return <QueryError error={entries.error} retry={() => void entries.refetch()} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {round.abilities.register ? (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => navigate('dang-ky')}
          data-testid="register-product"
        >
          {label(tx.register)}
        </Button>
      ) : null}
      <Table<EntryDto>
        rowKey="id"
        loading={entries.isFetching}
        dataSource={entries.data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: label(tx.noEntries) }}
        scroll={{ x: 900 }}
        columns={[
          {
            key: 'photo',
            width: 72,
            render: (_, e) =>
              e.photoFileIds[0] ? (
                <Image
                  width={56}
                  height={56}
                  style={{ objectFit: 'cover' }}
                  src={`/api/product-entries/${e.id}/files/${e.photoFileIds[0]}`}
                  alt={e.name}
                />
              ) : null,
          },
          {
            key: 'name',
            title: label(tx.productName),
            width: 280,
            render: (_, e) => (
              <>
                <strong>{e.name}</strong>
                <div style={{ color: '#666' }}>{e.establishmentName}</div>
              </>
            ),
          },
          { key: 'group', title: label(tx.group), width: 200, render: (_, e) => label(groupLabels[e.group]) },
          { key: 'lower', title: label(tx.lowerCert), width: 180, dataIndex: 'lowerCertificateNumber' },
          {
            key: 'avg',
            title: label(tx.average),
            width: 110,
            align: 'right',
            render: (_, e) => e.averageScore?.toLocaleString('vi-VN') ?? '',
          },
          {
            key: 'status',
            title: label(tx.status),
            width: 130,
            render: (_, e) => <EntryStatusTag status={e.status} />,
          },
          { key: 'cert', title: label(tx.certificate), width: 170, dataIndex: 'certificateNumber' },
          {
            key: 'actions',
            width: 200,
            render: (_, e) => (
              <Space>
                {e.abilities.withdraw ? (
                  <Popconfirm
                    title={label(tx.withdraw)}
                    onConfirm={() =>
                      withdraw
                        .mutateAsync({ id: e.id, version: e.version })
                        .catch((err: unknown) => feedback.error(err))
                    }
                  >
                    <Button size="small" danger>
                      {label(tx.withdraw)}
                    </Button>
                  </Popconfirm>
                ) : null}
                {e.abilities.complain ? <ComplainButton entry={e} /> : null}
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
