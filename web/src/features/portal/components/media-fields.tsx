import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, List, Typography } from 'antd';
import { useRef, useState } from 'react';
import type { MediaDto } from '../../../../../shared/schemas/portal.ts';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { useUpload } from '../api.ts';
import { usePortalText } from '../labels.ts';

const size = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;

function UploadButton({
  accept,
  purpose,
  onUploaded,
  testId,
}: {
  accept: string;
  purpose: 'image' | 'attachment';
  onUploaded: (m: MediaDto) => void;
  testId: string;
}) {
  const p = usePortalText();
  const upload = useUpload();
  const feedback = useFeedback();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <Button icon={<UploadOutlined />} loading={busy} onClick={() => input.current?.click()}>
        {p('upload')}
      </Button>
      <input
        ref={input}
        type="file"
        style={{ display: 'none' }}
        accept={accept}
        data-testid={testId}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          setBusy(true);
          try {
            onUploaded(await upload(file, purpose));
          } catch (err) {
            feedback.error(err);
          } finally {
            setBusy(false);
          }
        }}
      />
    </>
  );
}

/** The cover picture: one uploaded image, shown as a thumbnail. A form control (value/onChange). */
export function CoverField({
  value,
  onChange,
}: {
  value?: MediaDto | null;
  onChange?: (m: MediaDto | null) => void;
}) {
  const p = usePortalText();
  return (
    <Flex gap={12} align="center" wrap>
      {value ? (
        <img
          src={value.url}
          alt={value.name}
          style={{ width: 160, height: 90, objectFit: 'cover', borderRadius: 4, border: '1px solid #eee' }}
        />
      ) : null}
      <UploadButton
        accept="image/png,image/jpeg,image/gif,image/webp"
        purpose="image"
        onUploaded={(m) => onChange?.(m)}
        testId="cover-input"
      />
      {value ? (
        <Button icon={<DeleteOutlined />} onClick={() => onChange?.(null)}>
          {p('remove')}
        </Button>
      ) : null}
    </Flex>
  );
}

/** Files offered for download with the item (a document's PDF, forms, annexes). A form control. */
export function AttachmentsField({
  value,
  onChange,
}: {
  value?: MediaDto[];
  onChange?: (m: MediaDto[]) => void;
}) {
  const p = usePortalText();
  const list = value ?? [];
  return (
    <div>
      <UploadButton
        accept=".pdf,.doc,.docx,.xls,.xlsx,image/*"
        purpose="attachment"
        onUploaded={(m) => onChange?.([...list, m])}
        testId="attachment-input"
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0' }}>
        {p('uploadHint')}
      </Typography.Paragraph>
      {list.length ? (
        <List
          size="small"
          dataSource={list}
          renderItem={(m) => (
            <List.Item
              actions={[
                <Button
                  key="rm"
                  size="small"
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={p('remove')}
                  onClick={() => onChange?.(list.filter((x) => x.id !== m.id))}
                />,
              ]}
            >
              <a href={m.url} target="_blank" rel="noopener noreferrer">
                <PaperClipOutlined /> {m.name}
              </a>{' '}
              <Typography.Text type="secondary">({size(m.size)})</Typography.Text>
            </List.Item>
          )}
        />
      ) : null}
    </div>
  );
}
