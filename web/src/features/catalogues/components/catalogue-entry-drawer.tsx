import { Button, Drawer, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import {
  ActivityContentCreateInput,
  type ActivityContentDto,
  type ActivityContentKind,
  activityContentKindLabels,
  activityContentKinds,
  IndustryCreateInput,
  type IndustryDto,
} from '../../../../../shared/schemas/reference.ts';
import { useI18n, useLabel } from '../../../lib/i18n.tsx';
import { useZodRules } from '../../../lib/zod-rules.ts';
import { isVersionConflict, useFeedback } from '../../../ui/use-feedback.ts';
import { type EditableCatalogue, useSaveCatalogueEntry } from '../api.ts';

type Values = {
  code: string;
  kind?: ActivityContentKind;
  parentCode?: string;
  programmeGroup?: string;
  nameVi: string;
  nameEn: string;
  note?: string;
  source: string;
  sortOrder?: number;
  active?: boolean;
};

type Entry = ActivityContentDto | IndustryDto;
type Props = { name: EditableCatalogue; entry?: Entry; onClose: () => void };

const orNull = (s: string | undefined | null) => (s?.trim() ? s.trim() : null);
const isActivity = (e: Entry | undefined): e is ActivityContentDto => Boolean(e && 'kind' in e);

/** Adds or edits one catalogue entry; the code (and an activity content's kind) cannot change once made. */
export function CatalogueEntryDrawer({ name, entry, onClose }: Props) {
  const { t } = useI18n();
  const label = useLabel();
  const rules = useZodRules();
  const feedback = useFeedback();
  const save = useSaveCatalogueEntry(name);
  const [form] = Form.useForm<Values>();
  const activity = name === 'activity-contents';
  const shape = activity ? ActivityContentCreateInput.shape : IndustryCreateInput.shape;
  const acShape = ActivityContentCreateInput.shape;

  const submit = (v: Values) => {
    const common = {
      nameVi: v.nameVi,
      nameEn: v.nameEn,
      note: orNull(v.note),
      source: v.source,
      sortOrder: v.sortOrder ?? undefined,
      active: v.active ?? true,
    };
    const extra = activity
      ? { parentCode: orNull(v.parentCode), programmeGroup: orNull(v.programmeGroup) }
      : {};
    const options = {
      onSuccess: () => {
        feedback.success(t('common.saved'));
        onClose();
      },
      onError: (e: unknown) => {
        feedback.error(e, form);
        if (isVersionConflict(e)) onClose();
      },
    };
    if (entry) {
      save.mutate({ id: entry.id, input: { version: entry.version, ...common, ...extra } }, options);
    } else if (activity) {
      save.mutate(
        { input: { code: v.code.trim(), kind: v.kind as ActivityContentKind, ...common, ...extra } },
        options,
      );
    } else {
      save.mutate({ input: { code: v.code.trim(), ...common } }, options);
    }
  };

  return (
    <Drawer
      open
      width={560}
      title={entry ? t('catalogues.editTitle', { code: entry.code }) : t('catalogues.create')}
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
          entry
            ? {
                code: entry.code,
                nameVi: entry.nameVi,
                nameEn: entry.nameEn,
                note: entry.note ?? undefined,
                source: entry.source,
                sortOrder: entry.sortOrder,
                active: entry.active,
                ...(isActivity(entry)
                  ? {
                      kind: entry.kind,
                      parentCode: entry.parentCode ?? undefined,
                      programmeGroup: entry.programmeGroup ?? undefined,
                    }
                  : {}),
              }
            : { active: true }
        }
      >
        <Form.Item
          name="code"
          label={t('catalogues.field.code')}
          rules={entry ? undefined : rules(shape.code)}
        >
          <Input disabled={Boolean(entry)} autoComplete="off" />
        </Form.Item>
        {activity ? (
          <>
            <Form.Item
              name="kind"
              label={t('catalogues.field.kind')}
              rules={entry ? undefined : rules(acShape.kind)}
            >
              <Select
                disabled={Boolean(entry)}
                options={activityContentKinds.map((k) => ({
                  value: k,
                  label: label(activityContentKindLabels[k]),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="parentCode"
              label={t('catalogues.field.parentCode')}
              rules={rules(acShape.parentCode)}
            >
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="programmeGroup"
              label={t('catalogues.field.programmeGroup')}
              rules={rules(acShape.programmeGroup)}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </>
        ) : null}
        <Form.Item name="nameVi" label={t('catalogues.field.nameVi')} rules={rules(shape.nameVi)}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item name="nameEn" label={t('catalogues.field.nameEn')} rules={rules(shape.nameEn)}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item name="source" label={t('catalogues.field.source')} rules={rules(shape.source)}>
          <Input />
        </Form.Item>
        <Form.Item name="note" label={t('catalogues.field.note')} rules={rules(shape.note)}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item name="sortOrder" label={t('catalogues.field.sortOrder')} rules={rules(shape.sortOrder)}>
          <InputNumber min={0} max={100000} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="active" label={t('catalogues.field.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
