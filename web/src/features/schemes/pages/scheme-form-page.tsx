import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Steps,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { ProblemFieldError } from '../../../../../shared/errors.ts';
import type { SchemeLevel } from '../../../../../shared/schemas/rules.ts';
import {
  type SchemeDto,
  type SchemeInput,
  type SupportPreviewInput,
  schemeKindLabels,
  schemeKinds,
  schemeLevelLabels,
} from '../../../../../shared/schemas/schemes.ts';
import { useMe } from '../../../app/session.tsx';
import { isApiError } from '../../../lib/api.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { ProvinceSelect } from '../../../ui/province-select.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { useCatalogue } from '../../catalogues/api.ts';
import { OrganisationSelect } from '../../organisations/components/organisation-select.tsx';
import { useSaveScheme, useScheme, useSupportItems, useSupportPreview } from '../api.ts';
import { CostLinesEditor } from '../components/cost-lines-editor.tsx';
import { EstablishmentSelect } from '../components/establishment-select.tsx';
import { IsoDateInput, lineTotal } from '../components/fields.tsx';
import { SchemeListsFields } from '../components/scheme-lists-fields.tsx';
import { SupportPanel } from '../components/support-panel.tsx';
import { UnitSelect } from '../components/unit-select.tsx';
import { tx } from '../text.ts';

type Values = Omit<SchemeInput, 'costLines'> & {
  costLines: (Omit<SchemeInput['costLines'][number], 'total'> & { total?: string })[];
};

function valuesOf(s: SchemeDto): Values {
  return {
    planYear: s.planYear,
    level: s.level,
    kind: s.kind,
    title: s.title,
    goals: s.goals,
    need: s.need,
    scale: s.scale,
    organisation: s.organisation,
    effects: s.effects,
    contentCodes: s.contents.map((c) => c.code),
    industryCodes: s.industryCodes,
    provinceCode: s.provinceCode,
    locationUnitId: s.location?.unitId ?? null,
    address: s.address,
    implementerOrgId: s.implementerOrgId,
    beneficiaryIds: s.beneficiaries.map((b) => b.id),
    beneficiariesLater: s.beneficiariesLater,
    partners: s.partners,
    startDate: s.startDate,
    endDate: s.endDate,
    milestones: s.milestones,
    valueChain: s.valueChain,
    priorityArea: s.priorityArea,
    costLines: s.costLines,
    costTotal: null,
    contacts: s.contacts,
  };
}

/** The form's values as the API takes them: line totals computed, empty optional fields dropped. */
function inputOf(v: Values): SchemeInput {
  return {
    ...v,
    costLines: (v.costLines ?? []).map((l) => ({ ...l, total: lineTotal(l.quantity, l.unitPrice) })),
    partners: v.partners ?? [],
    milestones: v.milestones ?? [],
    contacts: v.contacts ?? [],
    beneficiaryIds: v.beneficiaryIds ?? [],
    industryCodes: v.industryCodes ?? [],
    contentCodes: v.contentCodes ?? [],
    costTotal: null,
  };
}

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setV(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return v;
}

/** Drafting or editing a scheme in five steps, with the support recomputed by the rules as the estimate changes. */
export function SchemeFormPage() {
  const { id } = useParams();
  const label = useLabel();
  const me = useMe();
  const navigate = useNavigate();
  const existing = useScheme(id);
  const save = useSaveScheme();
  const feedback = useFeedback();
  const [form] = Form.useForm<Values>();
  const [step, setStep] = useState(0);
  const [fieldErrors, setFieldErrors] = useState<ProblemFieldError[]>([]);
  const contents = useCatalogue('activity-contents', { kind: 'content', pageSize: 200 });
  const industries = useCatalogue('industries', { pageSize: 200 });

  useEffect(() => {
    if (existing.data) form.setFieldsValue(valuesOf(existing.data));
  }, [existing.data, form]);

  const planYear = Form.useWatch('planYear', form);
  const level = Form.useWatch('level', form) as SchemeLevel | undefined;
  const provinceCode = Form.useWatch('provinceCode', form);
  const startDate = Form.useWatch('startDate', form);
  const priorityArea = Form.useWatch('priorityArea', form);
  const kind = Form.useWatch('kind', form);
  const contentCodes = (Form.useWatch('contentCodes', form) as string[] | undefined) ?? [];
  const lines = Form.useWatch('costLines', form) as Values['costLines'] | undefined;
  const items = useSupportItems({ planYear, level, provinceCode, startDate: startDate ?? undefined });

  const preview = useMemo<SupportPreviewInput | null>(() => {
    const complete = (lines ?? []).filter((l) => l?.itemCode && l.quantity && l.unitPrice && l.fundingSource);
    if (!planYear || !level || !provinceCode || complete.length === 0) return null;
    return {
      planYear,
      level,
      provinceCode,
      startDate: startDate ?? null,
      priorityArea: Boolean(priorityArea),
      costLines: complete.map((l) => ({
        itemCode: l.itemCode,
        contentCode: l.contentCode || 'ND45-3',
        description: l.description || '—',
        unit: l.unit ?? null,
        quantity: l.quantity,
        unitPrice: l.unitPrice,
        total: lineTotal(l.quantity, l.unitPrice),
        fundingSource: l.fundingSource,
      })),
    };
  }, [planYear, level, provinceCode, startDate, priorityArea, lines]);
  const live = useSupportPreview(useDebounced(preview, 400));

  const onSave = async () => {
    const values = form.getFieldsValue(true) as Values;
    setFieldErrors([]);
    try {
      const base = inputOf(values);
      const saved = await save.mutateAsync({
        id,
        input: id ? { ...base, version: existing.data!.version } : base,
      });
      feedback.success(label(tx.saved));
      navigate(`/admin/de-an/${saved.id}`);
    } catch (e) {
      if (isApiError(e)) setFieldErrors(e.fieldErrors);
      feedback.error(e, form);
    }
  };

  if (id && existing.error)
    return <QueryError error={existing.error} retry={() => void existing.refetch()} />;
  const steps = [tx.stepGeneral, tx.stepPlace, tx.stepSchedule, tx.stepEstimate, tx.stepContacts];
  const show = (k: number) => ({ display: step === k ? 'block' : 'none' });
  const nextYear = new Date().getFullYear() + 1;

  return (
    <>
      <PageHeader
        title={id ? `${label(tx.edit)} ${existing.data?.code ?? ''}` : label(tx.create)}
        subtitle={label(tx.liveHint)}
      />
      <Steps
        current={step}
        onChange={setStep}
        items={steps.map((s) => ({ title: label(s) }))}
        style={{ marginBottom: 16 }}
      />
      {fieldErrors.length ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={fieldErrors.map((f) => <div key={`${f.path}-${f.code}`}>{`${f.path}: ${f.message}`}</div>)}
          data-testid="form-errors"
        />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve
        initialValues={{
          planYear: nextYear,
          level: 'national',
          kind: 'ordinary',
          provinceCode: me.user.provinceCode ?? undefined,
          implementerOrgId: ['centre', 'implementer'].includes(me.user.organisationKind)
            ? me.user.organisationId
            : undefined,
          contentCodes: ['ND45-3'],
          costLines: [],
          priorityArea: false,
          beneficiariesLater: false,
        }}
      >
        <Card style={show(0)}>
          <Row gutter={16}>
            <Col xs={24} md={6}>
              <Form.Item name="planYear" label={label(tx.year)} rules={[{ required: true }]}>
                <InputNumber min={2010} max={2100} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={9}>
              <Form.Item name="level" label={label(tx.level)} rules={[{ required: true }]}>
                <Select
                  options={(['national', 'local'] as const).map((l) => ({
                    value: l,
                    label: label(schemeLevelLabels[l]),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={9}>
              <Form.Item name="kind" label={label(tx.kind)} rules={[{ required: true }]}>
                <Select options={schemeKinds.map((k) => ({ value: k, label: label(schemeKindLabels[k]) }))} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="title" label={label(tx.name)} rules={[{ required: true }]}>
            <Input data-testid="scheme-title" />
          </Form.Item>
          <Form.Item name="implementerOrgId" label={label(tx.implementer)} rules={[{ required: true }]}>
            <OrganisationSelect />
          </Form.Item>
          <Form.Item name="need" label={label(tx.need)}>
            <Input.TextArea rows={3} data-testid="scheme-need" />
          </Form.Item>
          <Form.Item name="goals" label={label(tx.goals)}>
            <Input.TextArea rows={3} data-testid="scheme-goals" />
          </Form.Item>
          <Form.Item name="scale" label={label(tx.scale)}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="valueChain" label={label(tx.valueChain)}>
            <Input />
          </Form.Item>
        </Card>
        <Card style={show(1)}>
          <Form.Item name="contentCodes" label={label(tx.contents)}>
            <Select
              mode="multiple"
              loading={contents.isLoading}
              options={(contents.data?.items ?? []).map((c) => ({
                value: c.code,
                label: `${c.code} — ${c.nameVi}`,
              }))}
            />
          </Form.Item>
          <Form.Item name="industryCodes" label={label(tx.industries)}>
            <Select
              mode="multiple"
              options={(industries.data?.items ?? []).map((c) => ({ value: c.code, label: c.nameVi }))}
            />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="provinceCode" label={label(tx.province)} rules={[{ required: true }]}>
                <ProvinceSelect allowClear={false} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item name="address" label={label(tx.address)}>
                <Input />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="locationUnitId" label={label(tx.location)}>
            <UnitSelect provinceCode={provinceCode} initial={existing.data?.location} />
          </Form.Item>
          <Form.Item name="beneficiaryIds" label={label(tx.beneficiaries)}>
            <EstablishmentSelect provinceCode={provinceCode} initial={existing.data?.beneficiaries} />
          </Form.Item>
          {kind === 'group' ? (
            <Form.Item name="beneficiariesLater" valuePropName="checked">
              <Checkbox>{label(tx.beneficiariesLater)}</Checkbox>
            </Form.Item>
          ) : null}
          <Form.Item name="priorityArea" valuePropName="checked">
            <Checkbox>{label(tx.priority)}</Checkbox>
          </Form.Item>
        </Card>
        <Card style={show(2)}>
          <Space wrap size="large">
            <Form.Item name="startDate" label={label(tx.start)}>
              <IsoDateInput id="startDate" />
            </Form.Item>
            <Form.Item name="endDate" label={label(tx.end)}>
              <IsoDateInput id="endDate" />
            </Form.Item>
          </Space>
          <SchemeListsFields part="schedule" />
        </Card>
        <Card style={show(3)}>
          {items.data?.fallbackVi ? (
            <Alert type="info" message={items.data.fallbackVi} style={{ marginBottom: 8 }} />
          ) : null}
          <Typography.Paragraph type="secondary">
            {items.data ? `${label(tx.ruleSet)}: ${items.data.legalBasis}` : ''}
          </Typography.Paragraph>
          <CostLinesEditor items={items.data} contentCodes={contentCodes} level={level} result={live.data} />
          <div style={{ marginTop: 16 }}>
            {live.error ? (
              <QueryError error={live.error} />
            ) : (
              <SupportPanel result={live.data} loading={live.isFetching} />
            )}
          </div>
        </Card>
        <Card style={show(4)}>
          <Form.Item name="organisation" label={label(tx.organisation)}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="effects" label={label(tx.effects)}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <SchemeListsFields part="people" />
        </Card>
      </Form>
      <Space style={{ marginTop: 16 }}>
        <Button disabled={step === 0} onClick={() => setStep(step - 1)}>
          {label(tx.back)}
        </Button>
        <Button
          disabled={step === steps.length - 1}
          onClick={() => setStep(step + 1)}
          data-testid="next-step"
        >
          {label(tx.next)}
        </Button>
        <Button
          type="primary"
          loading={save.isPending}
          onClick={() => void onSave()}
          data-testid="save-scheme"
        >
          {label(tx.saveDraft)}
        </Button>
      </Space>
    </>
  );
}
