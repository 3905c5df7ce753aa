import { Button, Form, Input, Modal, Radio, Table, Tag } from 'antd';
import { useState } from 'react';
import { formatDate } from '../../../../../shared/format.ts';
import type { ComplaintDto, RoundDto } from '../../../../../shared/schemas/products.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { useComplaints, useResolveComplaint } from '../api.ts';
import { complaintStatusLabels, fill, tx } from '../text.ts';

function ResolveModal({ complaint, onClose }: { complaint: ComplaintDto; onClose: () => void }) {
  const label = useLabel();
  const feedback = useFeedback();
  const resolve = useResolveComplaint();
  const [form] = Form.useForm<{ outcome: 'upheld' | 'rejected'; response: string }>();
  return (
    <Modal
      open
      title={`${label(tx.resolve)}: ${complaint.entryName}`}
      okText={label(tx.save)}
      cancelText={label(tx.cancel)}
      confirmLoading={resolve.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <p>{complaint.content}</p>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ outcome: 'rejected' }}
        onFinish={async (v) => {
          try {
            await resolve.mutateAsync({ id: complaint.id, input: { ...v, version: complaint.version } });
            onClose();
          } catch (e) {
            feedback.error(e, form);
          }
        }}
      >
        <Form.Item name="outcome">
          <Radio.Group
            options={[
              { value: 'upheld', label: label(tx.upheld) },
              { value: 'rejected', label: label(tx.rejected) },
            ]}
          />
        </Form.Item>
        <Form.Item name="response" label={label(tx.response)} rules={[{ required: true, min: 5 }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Complaints about the results (15 working days from publication) and how each was handled (answer due in 10). */
export function ComplaintsPanel({ round }: { round: RoundDto }) {
  const label = useLabel();
  const complaints = useComplaints(round.id);
  const [open, setOpen] = useState<ComplaintDto | null>(null);
  if (complaints.error)
    return <QueryError error={complaints.error} retry={() => void complaints.refetch()} />;
  return (
    <>
      {round.complaintWindowEnds ? (
        <p>{fill(label(tx.complaintUntil), { date: formatDate(round.complaintWindowEnds) })}</p>
      ) : null}
      <Table<ComplaintDto>
        rowKey="id"
        loading={complaints.isFetching}
        dataSource={complaints.data ?? []}
        pagination={false}
        locale={{ emptyText: label(tx.noComplaints) }}
        columns={[
          {
            key: 'entry',
            title: label(tx.productName),
            render: (_, c) => `${c.entryName} – ${c.establishmentName}`,
          },
          { key: 'content', title: label(tx.complaintContent), dataIndex: 'content' },
          {
            key: 'on',
            title: label(tx.submittedOn),
            width: 110,
            render: (_, c) => formatDate(c.submittedOn),
          },
          {
            key: 'due',
            title: label(tx.responseDue),
            width: 110,
            render: (_, c) => formatDate(c.responseDue),
          },
          {
            key: 'status',
            title: label(tx.status),
            width: 200,
            render: (_, c) => (
              <>
                <Tag color={c.status === 'open' ? 'gold' : c.status === 'upheld' ? 'green' : 'default'}>
                  {label(complaintStatusLabels[c.status])}
                </Tag>
                {c.response ? <div>{c.response}</div> : null}
              </>
            ),
          },
          {
            key: 'act',
            width: 110,
            render: (_, c) =>
              c.abilities.resolve ? (
                <Button size="small" onClick={() => setOpen(c)}>
                  {label(tx.resolve)}
                </Button>
              ) : null,
          },
        ]}
      />
      {open ? <ResolveModal complaint={open} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
