import { Form, Input, InputNumber, Modal, Typography } from 'antd';
import type { Council, CouncilSchemeRow } from '../../../../../shared/schemas/councils.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { useCouncilAction } from '../api.ts';
import { tx } from '../text.ts';

type Values = { points: Record<string, number>; rationale: string };

/** One member's score sheet for one scheme: each criterion within its scale, a mandatory rationale. */
export function ScoreModal({
  council,
  row,
  onClose,
}: {
  council: Council;
  row: CouncilSchemeRow;
  onClose: () => void;
}) {
  const label = useLabel();
  const [form] = Form.useForm<Values>();
  const score = useCouncilAction<{ schemeId: string; points: Record<string, number>; rationale: string }>(
    council.id,
    '/scores',
  );
  const fb = useFeedback();
  const submit = async () => {
    const v = await form.validateFields();
    score.mutate(
      { schemeId: row.schemeId, points: v.points, rationale: v.rationale },
      {
        onSuccess: () => {
          fb.success(label(tx.saved));
          onClose();
        },
        onError: (e) => fb.error(e, form),
      },
    );
  };
  return (
    <Modal
      open
      title={`${label(tx.score)} · ${row.code}`}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={score.isPending}
      okButtonProps={{ id: 'score-submit' }}
      width={640}
    >
      <Typography.Paragraph type="secondary">{`${council.sheet.name} (${council.sheet.citation}, v${council.sheet.version})`}</Typography.Paragraph>
      <Form form={form} layout="horizontal" labelCol={{ span: 16 }} wrapperCol={{ span: 8 }}>
        {council.sheet.criteria.map((c) => (
          <Form.Item
            key={c.code}
            name={['points', c.code]}
            label={`${label({ vi: c.name, en: c.nameEn })} (0–${c.max})`}
            rules={[{ required: true }]}
          >
            <InputNumber min={0} step={0.5} data-testid={`score-${c.code}`} style={{ width: '100%' }} />
          </Form.Item>
        ))}
        <Form.Item
          name="rationale"
          label={label(tx.rationale)}
          labelCol={{ span: 24 }}
          wrapperCol={{ span: 24 }}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea rows={3} data-testid="score-rationale" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
