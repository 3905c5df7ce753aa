import { DeleteOutlined, PaperClipOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Input, List, Space, Typography, Upload } from 'antd';
import { useRef, useState } from 'react';
import { formatDate } from '../../../../../shared/format.ts';
import type { DocumentRef } from '../../../../../shared/schemas/contracts.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { contractFileUrl, useContractUpload } from '../api.ts';
import { tx } from '../text.ts';
import { fill } from './tags.tsx';

/** The types the server accepts (files module, checked again there by content). */
const ACCEPT = '.pdf,.docx,.xlsx,.doc,.xls,.jpg,.jpeg,.png';

/** A document as one line: a download link when it has a file, then its number and date. */
export function DocumentLabel({ contractId, doc }: { contractId: string | null; doc: DocumentRef }) {
  const extra = [doc.number, doc.date ? formatDate(doc.date) : null].filter(Boolean).join(', ');
  return (
    <span>
      {doc.fileId && contractId ? (
        <a href={contractFileUrl(contractId, doc.fileId)} data-testid="document-link">
          <PaperClipOutlined /> {doc.name}
        </a>
      ) : (
        doc.name
      )}
      {extra ? <Typography.Text type="secondary">{` (${extra})`}</Typography.Text> : null}
    </span>
  );
}

/** The documents of a record in a list or table cell; a dash when there are none. */
export function DocumentLinks({
  contractId,
  documents,
}: {
  contractId: string | null;
  documents: DocumentRef[] | undefined;
}) {
  if (!documents?.length) return <>—</>;
  return (
    <Space direction="vertical" size={0}>
      {documents.map((d, i) => (
        <DocumentLabel key={d.fileId ?? `${d.name}-${i}`} contractId={contractId} doc={d} />
      ))}
    </Space>
  );
}

/**
 * An antd Form control (value/onChange of DocumentRef[]): uploads files to the contract (each answer is a
 * DocumentRef with its file id), lists them with download links and a remove button, and adds a reference
 * without a file (name, number, date). Without a contract only references can be added.
 */
export function DocumentsField({
  contractId,
  value,
  onChange,
  testId = 'documents',
}: {
  contractId?: string | null;
  value?: DocumentRef[];
  onChange?: (v: DocumentRef[]) => void;
  testId?: string;
}) {
  const label = useLabel();
  const feedback = useFeedback();
  const upload = useContractUpload(contractId ?? undefined);
  const [busy, setBusy] = useState(0);
  const [draft, setDraft] = useState({ name: '', number: '', date: '' });
  // Uploads finish one by one, before the form re-renders: each appends to the latest list.
  const latest = useRef<DocumentRef[]>(value ?? []);
  latest.current = value ?? [];
  const set = (next: DocumentRef[]) => {
    latest.current = next;
    onChange?.(next);
  };
  const addReference = () => {
    if (!draft.name.trim()) return;
    set([
      ...latest.current,
      { name: draft.name.trim(), number: draft.number.trim() || null, date: draft.date || null },
    ]);
    setDraft({ name: '', number: '', date: '' });
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid={testId}>
      {value?.length ? (
        <List
          size="small"
          dataSource={value}
          data-testid={`${testId}-list`}
          renderItem={(d, i) => (
            <List.Item
              actions={[
                <Button
                  key="remove"
                  type="text"
                  danger
                  size="small"
                  icon={<DeleteOutlined />}
                  aria-label={label(tx.docRemove)}
                  title={label(tx.docRemove)}
                  onClick={() => set(latest.current.filter((_, j) => j !== i))}
                />,
              ]}
            >
              <DocumentLabel contractId={contractId ?? null} doc={d} />
            </List.Item>
          )}
        />
      ) : null}
      {contractId ? (
        <Space wrap>
          <Upload
            name="file"
            accept={ACCEPT}
            multiple
            showUploadList={false}
            customRequest={async ({ file, onSuccess, onError }) => {
              setBusy((n) => n + 1);
              try {
                const saved = await upload(file as File);
                set([...latest.current, saved]);
                feedback.success(fill(label(tx.docUploaded), { name: saved.name }));
                onSuccess?.(saved);
              } catch (e) {
                feedback.error(e);
                onError?.(e as Error);
              } finally {
                setBusy((n) => n - 1);
              }
            }}
          >
            <Button icon={<UploadOutlined />} loading={busy > 0} data-testid={`${testId}-upload`}>
              {label(tx.docUpload)}
            </Button>
          </Upload>
          <Typography.Text type="secondary">{label(tx.docTypes)}</Typography.Text>
        </Space>
      ) : (
        <Typography.Text type="secondary">{label(tx.docNoContract)}</Typography.Text>
      )}
      <Space.Compact style={{ width: '100%' }}>
        <Input
          placeholder={label(tx.docName)}
          aria-label={label(tx.docName)}
          style={{ flex: '3 1 200px' }}
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          onPressEnter={(e) => {
            e.preventDefault();
            addReference();
          }}
          data-testid={`${testId}-name`}
        />
        <Input
          placeholder={label(tx.docNo)}
          aria-label={label(tx.docNo)}
          value={draft.number}
          onChange={(e) => setDraft({ ...draft, number: e.target.value })}
          style={{ flex: '1 1 110px' }}
        />
        <Input
          type="date"
          aria-label={label(tx.date)}
          value={draft.date}
          onChange={(e) => setDraft({ ...draft, date: e.target.value })}
          style={{ flex: '0 0 150px' }}
        />
        <Button
          icon={<PlusOutlined />}
          onClick={addReference}
          disabled={!draft.name.trim()}
          title={label(tx.docAdd)}
          aria-label={label(tx.docAdd)}
        >
          {label(tx.docAddShort)}
        </Button>
      </Space.Compact>
    </Space>
  );
}
