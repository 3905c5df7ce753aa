import { Button, DatePicker, Drawer, Flex, Form, Input, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  type LegalDocKind,
  LegalDocumentCreateInput,
  type LegalDocumentDto,
  LegalDocumentUpdateInput,
  legalDocKindLabels,
  legalDocKinds,
} from '../../../../../shared/schemas/reference.ts';
import { useI18n, useLabel } from '../../../lib/i18n.tsx';
import { checkWholeInput, useZodRules } from '../../../lib/zod-rules.ts';
import { isVersionConflict, useFeedback } from '../../../ui/use-feedback.ts';
import { useSaveLegalDocument } from '../api.ts';

type Values = {
  number: string;
  kind?: LegalDocKind;
  issueDate?: Dayjs | null;
  issuer?: string;
  title: string;
  effectiveFrom?: Dayjs | null;
  effectiveTo?: Dayjs | null;
  fileUrl?: string;
  note?: string;
};

const DATE_FORMAT = 'DD/MM/YYYY';
const shape = LegalDocumentCreateInput.shape;
const orNull = (s: string | undefined | null) => (s?.trim() ? s.trim() : null);
const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const day = (s: string | null) => (s ? dayjs(s) : null);

/** Registers a legal document or corrects its entry. */
export function LegalDocumentDrawer({
  document: doc,
  onClose,
}: {
  document?: LegalDocumentDto;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const label = useLabel();
  const rules = useZodRules();
  const feedback = useFeedback();
  const save = useSaveLegalDocument();
  const [form] = Form.useForm<Values>();

  const submit = (v: Values) => {
    const fields = {
      number: v.number,
      kind: v.kind as LegalDocKind,
      issueDate: iso(v.issueDate),
      issuer: orNull(v.issuer),
      title: v.title,
      effectiveFrom: iso(v.effectiveFrom),
      effectiveTo: iso(v.effectiveTo),
      fileUrl: orNull(v.fileUrl),
      note: orNull(v.note),
    };
    const options = {
      onSuccess: () => {
        feedback.success(doc ? t('common.saved') : t('legal.created', { number: fields.number.trim() }));
        onClose();
      },
      onError: (e: unknown) => {
        feedback.error(e, form);
        if (isVersionConflict(e)) onClose();
      },
    };
    if (doc) {
      const input = { version: doc.version, ...fields };
      if (checkWholeInput(form, LegalDocumentUpdateInput, input, lang))
        save.mutate({ id: doc.id, input }, options);
    } else if (checkWholeInput(form, LegalDocumentCreateInput, fields, lang)) {
      save.mutate({ input: fields }, options);
    }
  };

  return (
    <Drawer
      open
      width={600}
      title={doc ? t('legal.editTitle', { number: doc.number }) : t('legal.create')}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          doc
            ? {
                number: doc.number,
                kind: doc.kind,
                issueDate: day(doc.issueDate),
                issuer: doc.issuer ?? undefined,
                title: doc.title,
                effectiveFrom: day(doc.effectiveFrom),
                effectiveTo: day(doc.effectiveTo),
                fileUrl: doc.fileUrl ?? undefined,
                note: doc.note ?? undefined,
              }
            : undefined
        }
      >
        <Form.Item
          name="number"
          label={t('legal.field.number')}
          rules={rules(shape.number)}
          extra={t('legal.numberHint')}
        >
          <Input autoComplete="off" placeholder="45/2012/NĐ-CP" />
        </Form.Item>
        <Form.Item name="kind" label={t('legal.field.kind')} rules={rules(shape.kind)}>
          <Select options={legalDocKinds.map((k) => ({ value: k, label: label(legalDocKindLabels[k]) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('legal.field.title')} rules={rules(shape.title)}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        <Form.Item name="issuer" label={t('legal.field.issuer')} rules={rules(shape.issuer)}>
          <Input />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="issueDate" label={t('legal.field.issueDate')}>
            <DatePicker format={DATE_FORMAT} placeholder={t('common.datePlaceholder')} />
          </Form.Item>
          <Form.Item name="effectiveFrom" label={t('legal.field.effectiveFrom')}>
            <DatePicker format={DATE_FORMAT} placeholder={t('common.datePlaceholder')} />
          </Form.Item>
          <Form.Item name="effectiveTo" label={t('legal.field.effectiveTo')}>
            <DatePicker format={DATE_FORMAT} placeholder={t('common.datePlaceholder')} />
          </Form.Item>
        </Flex>
        <Form.Item name="fileUrl" label={t('legal.field.fileUrl')} rules={rules(shape.fileUrl)}>
          <Input placeholder="https://…" />
        </Form.Item>
        <Form.Item name="note" label={t('legal.field.note')} rules={rules(shape.note)}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
