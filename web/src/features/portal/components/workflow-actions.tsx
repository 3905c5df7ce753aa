import { Button, DatePicker, Form, Input, Modal, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { formatDateTime } from '../../../../../shared/format.ts';
import {
  type ContentStatus,
  contentStatusLabels,
  type PortalItemDto,
  type PortalItemSummaryDto,
  type WorkflowAction,
} from '../../../../../shared/schemas/portal.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { useTransition } from '../api.ts';
import { type PortalTextKey, usePortalText } from '../labels.ts';

const statusColors: Record<ContentStatus, string> = {
  draft: 'default',
  in_review: 'gold',
  published: 'green',
  archived: 'purple',
};

/** The item's state as a tag; a published item whose time has not come shows when it will appear. */
export function StatusTag({
  item,
}: {
  item: Pick<PortalItemSummaryDto, 'status' | 'scheduled' | 'publishedAt'>;
}) {
  const label = useLabel();
  const p = usePortalText();
  if (item.scheduled)
    return <Tag color="blue">{p('scheduled', { at: formatDateTime(item.publishedAt) })}</Tag>;
  return <Tag color={statusColors[item.status]}>{label(contentStatusLabels[item.status])}</Tag>;
}

const buttons: { action: WorkflowAction; text: PortalTextKey; primary?: boolean; danger?: boolean }[] = [
  { action: 'submit', text: 'wSubmit', primary: true },
  { action: 'publish', text: 'wPublish', primary: true },
  { action: 'return', text: 'wReturn', danger: true },
  { action: 'archive', text: 'wArchive' },
  { action: 'reopen', text: 'wReopen' },
];

/**
 * Workflow buttons from the item's `abilities` (the server's policy): an editor sees "Gửi duyệt", a reviewer
 * "Duyệt và xuất bản" (now or at a chosen time) and "Trả lại" with a note.
 */
export function WorkflowActions({ item, dirty }: { item: PortalItemDto; dirty: boolean }) {
  const p = usePortalText();
  const label = useLabel();
  const feedback = useFeedback();
  const transition = useTransition();
  const [asking, setAsking] = useState<'publish' | 'return' | null>(null);
  const [publishAt, setPublishAt] = useState<Dayjs | null>(null);
  const [note, setNote] = useState('');

  const fire = (action: WorkflowAction, extra: { publishAt?: string | null; note?: string | null } = {}) => {
    if (dirty) {
      feedback.error(new Error(p('unsaved')));
      return;
    }
    transition.mutate(
      { id: item.id, input: { action, version: item.version, ...extra } },
      {
        onSuccess: (next) => {
          setAsking(null);
          feedback.success(p('done', { status: label(contentStatusLabels[next.status]) }));
        },
        onError: (e) => feedback.error(e),
      },
    );
  };

  return (
    <>
      {buttons
        .filter((b) => item.abilities[b.action])
        .map((b) => (
          <Button
            key={b.action}
            type={b.primary ? 'primary' : 'default'}
            danger={b.danger}
            loading={transition.isPending && transition.variables?.input.action === b.action}
            onClick={() =>
              b.action === 'publish' || b.action === 'return' ? setAsking(b.action) : fire(b.action)
            }
          >
            {p(b.text)}
          </Button>
        ))}
      <Modal
        open={asking === 'publish'}
        title={p('wPublish')}
        okText={publishAt ? p('publishAt') : p('publishNow')}
        confirmLoading={transition.isPending}
        onCancel={() => setAsking(null)}
        onOk={() => fire('publish', { publishAt: publishAt ? publishAt.toISOString() : null })}
      >
        <Form layout="vertical">
          <Form.Item label={p('publishAt')} extra={p('publishAtHelp')}>
            <DatePicker showTime format="DD/MM/YYYY HH:mm" value={publishAt} onChange={setPublishAt} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={asking === 'return'}
        title={p('wReturn')}
        confirmLoading={transition.isPending}
        onCancel={() => setAsking(null)}
        onOk={() => fire('return', { note: note.trim() || null })}
      >
        <Input.TextArea
          rows={3}
          maxLength={1000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={p('note')}
        />
      </Modal>
    </>
  );
}
