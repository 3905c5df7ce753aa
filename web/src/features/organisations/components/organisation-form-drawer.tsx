import { Button, Drawer, Form, Input, Select, Space, Switch } from 'antd';
import { fieldMessages } from '../../../../../shared/errors.ts';
import {
  OrganisationCreateInput,
  type OrganisationDto,
  type OrganisationUpdateInput,
  type OrgKind,
  orgKindLabels,
  orgKinds,
  provincialOrgKinds,
} from '../../../../../shared/schemas/identity.ts';
import { useI18n, useLabel } from '../../../lib/i18n.tsx';
import { useZodRules } from '../../../lib/zod-rules.ts';
import { ProvinceSelect } from '../../../ui/province-select.tsx';
import { isVersionConflict, useFeedback } from '../../../ui/use-feedback.ts';
import { useCreateOrganisation, useUpdateOrganisation } from '../api.ts';
import { OrganisationSelect } from './organisation-select.tsx';

type Values = {
  code: string;
  name: string;
  shortName?: string;
  kind?: OrgKind;
  provinceCode?: string;
  parentId?: string;
  address?: string;
  phone?: string;
  email?: string;
  active?: boolean;
};

const shape = OrganisationCreateInput.shape;
const orNull = (s: string | undefined | null) => (s?.trim() ? s.trim() : null);
const TEXT_FIELDS = ['name', 'shortName', 'address', 'phone', 'email'] as const;

export function OrganisationFormDrawer({
  organisation: org,
  onClose,
}: {
  organisation?: OrganisationDto;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const label = useLabel();
  const rules = useZodRules();
  const feedback = useFeedback();
  const create = useCreateOrganisation();
  const update = useUpdateOrganisation();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? org?.kind;
  const needsProvince = kind ? provincialOrgKinds.includes(kind) : false;

  const submit = (v: Values) => {
    const done = () => {
      feedback.success(org ? t('common.saved') : t('organisations.created', { code: v.code }));
      onClose();
    };
    const onError = (e: unknown) => {
      feedback.error(e, form);
      if (isVersionConflict(e)) onClose();
    };
    if (!org) {
      const input: OrganisationCreateInput = {
        code: v.code.trim(),
        name: v.name,
        shortName: orNull(v.shortName),
        kind: v.kind as OrgKind,
        provinceCode: v.provinceCode ?? null,
        parentId: v.parentId ?? null,
        address: orNull(v.address),
        phone: orNull(v.phone),
        email: orNull(v.email),
      };
      create.mutate(input, { onSuccess: done, onError });
      return;
    }
    const input: OrganisationUpdateInput = { version: org.version };
    for (const f of TEXT_FIELDS) {
      const next = orNull(v[f]);
      if (next !== org[f]) {
        if (f === 'name') input.name = next ?? '';
        else input[f] = next;
      }
    }
    if ((v.provinceCode ?? null) !== org.provinceCode) input.provinceCode = v.provinceCode ?? null;
    if ((v.parentId ?? null) !== org.parentId) input.parentId = v.parentId ?? null;
    if (v.active !== undefined && v.active !== org.active) input.active = v.active;
    update.mutate({ id: org.id, input }, { onSuccess: done, onError });
  };

  return (
    <Drawer
      open
      width={560}
      title={org ? t('organisations.editTitle', { name: org.name }) : t('organisations.create')}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending || update.isPending} onClick={() => form.submit()}>
            {org ? t('common.save') : t('organisations.createSubmit')}
          </Button>
        </Space>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          org
            ? {
                code: org.code,
                name: org.name,
                shortName: org.shortName ?? undefined,
                kind: org.kind,
                provinceCode: org.provinceCode ?? undefined,
                parentId: org.parentId ?? undefined,
                address: org.address ?? undefined,
                phone: org.phone ?? undefined,
                email: org.email ?? undefined,
                active: org.active,
              }
            : undefined
        }
      >
        <Form.Item
          name="code"
          label={t('organisations.field.code')}
          rules={org ? undefined : rules(shape.code)}
        >
          <Input disabled={Boolean(org)} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('organisations.field.kind')}
          rules={org ? undefined : rules(shape.kind)}
        >
          <Select
            disabled={Boolean(org)}
            options={orgKinds.map((k) => ({ value: k, label: label(orgKindLabels[k]) }))}
            placeholder={t('organisations.pickKind')}
          />
        </Form.Item>
        <Form.Item name="name" label={t('organisations.field.name')} rules={rules(shape.name)}>
          <Input />
        </Form.Item>
        <Form.Item name="shortName" label={t('organisations.field.shortName')} rules={rules(shape.shortName)}>
          <Input />
        </Form.Item>
        <Form.Item
          name="provinceCode"
          label={t('organisations.field.province')}
          rules={[
            ...rules(shape.provinceCode),
            ...(needsProvince ? [{ required: true, message: fieldMessages.required[lang] }] : []),
          ]}
        >
          <ProvinceSelect />
        </Form.Item>
        <Form.Item name="parentId" label={t('organisations.field.parent')}>
          <OrganisationSelect
            allowClear
            initial={
              org?.parentId && org.parentName
                ? { id: org.parentId, name: org.parentName, provinceName: null }
                : undefined
            }
          />
        </Form.Item>
        <Form.Item name="address" label={t('organisations.field.address')} rules={rules(shape.address)}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
        <Form.Item name="phone" label={t('organisations.field.phone')} rules={rules(shape.phone)}>
          <Input type="tel" />
        </Form.Item>
        <Form.Item name="email" label={t('organisations.field.email')} rules={rules(shape.email)}>
          <Input type="email" />
        </Form.Item>
        {org ? (
          <Form.Item name="active" label={t('organisations.field.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        ) : null}
      </Form>
    </Drawer>
  );
}
