import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, List, Select, Space, Upload } from 'antd';
import { useState } from 'react';
import {
  type AttachmentKind,
  attachmentKindLabels,
  attachmentKinds,
  type SchemeDto,
} from '../../../../../shared/schemas/schemes.ts';
import { useMe } from '../../../app/session.tsx';
import { useLabel } from '../../../lib/i18n.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { schemeKeys, useDeleteAttachment } from '../api.ts';
import { tx } from '../text.ts';

/** The dossier files (survey report, quotations, request letter); uploads while the scheme can be edited. */
export function SchemeAttachments({ scheme }: { scheme: SchemeDto }) {
  const label = useLabel();
  const me = useMe();
  const qc = useQueryClient();
  const feedback = useFeedback();
  const remove = useDeleteAttachment(scheme.id);
  const [kind, setKind] = useState<AttachmentKind>('survey_report');
  return (
    <>
      <List
        size="small"
        dataSource={scheme.attachments}
        locale={{ emptyText: label(tx.none) }}
        renderItem={(a) => (
          <List.Item
            actions={
              scheme.abilities.attach
                ? [
                    <Button
                      key="rm"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => remove.mutate(a.id, { onError: (e) => feedback.error(e) })}
                      aria-label="Xóa"
                    />,
                  ]
                : []
            }
          >
            <a href={`/api/schemes/${scheme.id}/attachments/${a.id}`}>{a.name}</a>
            <span>{label(attachmentKindLabels[a.kind])}</span>
          </List.Item>
        )}
      />
      {scheme.abilities.attach ? (
        <Space style={{ marginTop: 8 }}>
          <Select
            value={kind}
            onChange={setKind}
            style={{ width: 280 }}
            options={attachmentKinds.map((k) => ({ value: k, label: label(attachmentKindLabels[k]) }))}
          />
          <Upload
            name="file"
            action={`/api/schemes/${scheme.id}/attachments?kind=${kind}`}
            headers={{ 'x-csrf-token': me.csrfToken }}
            withCredentials
            showUploadList={false}
            onChange={(info) => {
              if (info.file.status === 'done')
                void qc.invalidateQueries({ queryKey: schemeKeys.detail(scheme.id) });
              if (info.file.status === 'error')
                feedback.error(
                  new Error((info.file.response as { detail?: string } | undefined)?.detail ?? ''),
                );
            }}
          >
            <Button icon={<UploadOutlined />}>{label(tx.upload)}</Button>
          </Upload>
        </Space>
      ) : null}
    </>
  );
}
