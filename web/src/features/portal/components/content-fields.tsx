import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import {
  type ArticleCategory,
  ArticleCreateInput,
  articleCategories,
  articleCategoryLabels,
  type ContentInput,
  DocumentCreateInput,
  type DocumentKind,
  documentKindLabels,
  documentKinds,
  EventCreateInput,
  type EventKind,
  eventKindLabels,
  eventKinds,
  type MediaDto,
  type PortalItemDto,
  type PortalKind,
  type RegistrationMode,
} from '../../../../../shared/schemas/portal.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { useZodRules } from '../../../lib/zod-rules.ts';
import { usePortalSearch } from '../api.ts';
import { usePortalText } from '../labels.ts';

export type Values = {
  title: string;
  slug?: string;
  summary?: string;
  bodyHtml?: string;
  tags?: string[];
  cover?: MediaDto | null;
  attachments?: MediaDto[];
  category?: ArticleCategory;
  eventKind?: EventKind;
  dates?: [Dayjs, Dayjs] | null;
  place?: string;
  organiser?: string;
  registrationMode?: RegistrationMode;
  registrationUrl?: string;
  registrationDeadline?: Dayjs | null;
  relatedIds?: string[];
  docNumber?: string;
  docKind?: DocumentKind;
  issuer?: string;
  issuedOn?: Dayjs | null;
  effective?: [Dayjs | null, Dayjs | null] | null;
};

const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const day = (s: string | null | undefined) => (s ? dayjs(s) : null);
const text = (s: string | undefined | null) => (s?.trim() ? s.trim() : null);
export const DATE_FORMAT = 'DD/MM/YYYY';

/** The form's values as the kind's API input: only the fields that kind accepts (the schemas are strict). */
export function toInput(kind: PortalKind, v: Values): ContentInput {
  const base: ContentInput = {
    title: v.title?.trim(),
    slug: text(v.slug),
    summary: text(v.summary),
    bodyHtml: v.bodyHtml ?? '',
    tags: v.tags ?? [],
    coverMediaId: v.cover?.id ?? null,
    attachmentIds: (v.attachments ?? []).map((a) => a.id),
  };
  switch (kind) {
    case 'article':
      return { ...base, category: v.category };
    case 'event':
      return {
        ...base,
        eventKind: v.eventKind,
        startsOn: iso(v.dates?.[0]) ?? undefined,
        endsOn: iso(v.dates?.[1]) ?? undefined,
        place: v.place?.trim(),
        organiser: v.organiser?.trim(),
        registrationMode: v.registrationMode ?? 'none',
        registrationUrl: v.registrationMode === 'link' ? text(v.registrationUrl) : null,
        registrationDeadline: v.registrationMode === 'form' ? iso(v.registrationDeadline) : null,
        relatedIds: v.relatedIds ?? [],
      };
    case 'document':
      return {
        ...base,
        docNumber: v.docNumber?.trim(),
        docKind: v.docKind,
        issuer: v.issuer?.trim(),
        issuedOn: iso(v.issuedOn) ?? undefined,
        effectiveFrom: iso(v.effective?.[0]),
        effectiveTo: iso(v.effective?.[1]),
      };
    case 'page':
      return base;
  }
}

export function fromItem(item: PortalItemDto): Values {
  return {
    title: item.title,
    slug: item.slug,
    summary: item.summary ?? undefined,
    bodyHtml: item.bodyHtml,
    tags: item.tags,
    cover: item.cover,
    attachments: item.attachments,
    category: item.category ?? undefined,
    eventKind: item.event?.eventKind,
    dates: item.event ? [dayjs(item.event.startsOn), dayjs(item.event.endsOn)] : null,
    place: item.event?.place,
    organiser: item.event?.organiser,
    registrationMode: item.event?.registrationMode ?? 'none',
    registrationUrl: item.event?.registrationUrl ?? undefined,
    registrationDeadline: day(item.event?.registrationDeadline),
    relatedIds: item.relatedIds,
    docNumber: item.document?.docNumber,
    docKind: item.document?.docKind,
    issuer: item.document?.issuer,
    issuedOn: day(item.document?.issuedOn),
    effective: item.document ? [day(item.document.effectiveFrom), day(item.document.effectiveTo)] : null,
  };
}

function RelatedDocuments({ value, onChange }: { value?: string[]; onChange?: (v: string[]) => void }) {
  const [q, setQ] = useState('');
  const docs = usePortalSearch('document', q);
  return (
    <Select
      mode="multiple"
      showSearch
      filterOption={false}
      onSearch={setQ}
      value={value}
      onChange={onChange}
      options={docs.data?.items.map((d) => ({
        value: d.id,
        label: `${d.document?.docNumber ?? ''} — ${d.title}`,
      }))}
      loading={docs.isFetching}
    />
  );
}

/** The fields only one kind has: an article's category, an event's dates and registration, a document's number. */
export function KindFields({ kind }: { kind: PortalKind }) {
  const p = usePortalText();
  const label = useLabel();
  const rules = useZodRules();
  const mode = Form.useWatch<RegistrationMode | undefined>('registrationMode');
  if (kind === 'article')
    return (
      <Form.Item name="category" label={p('fCategory')} rules={rules(ArticleCreateInput.shape.category)}>
        <Select
          options={articleCategories.map((c) => ({ value: c, label: label(articleCategoryLabels[c]) }))}
        />
      </Form.Item>
    );
  if (kind === 'event') {
    const s = EventCreateInput.shape;
    return (
      <>
        <Form.Item name="eventKind" label={p('fEventKind')} rules={rules(s.eventKind)}>
          <Select options={eventKinds.map((k) => ({ value: k, label: label(eventKindLabels[k]) }))} />
        </Form.Item>
        <Form.Item name="dates" label={p('fDates')} rules={[{ required: true }]}>
          <DatePicker.RangePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="place" label={p('fPlace')} rules={rules(s.place)}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="organiser" label={p('fOrganiser')} rules={rules(s.organiser)}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="registrationMode" label={p('fRegistrationMode')}>
          <Select
            options={[
              { value: 'none', label: p('modeNone') },
              { value: 'link', label: p('modeLink') },
              { value: 'form', label: p('modeForm') },
            ]}
          />
        </Form.Item>
        {mode === 'link' ? (
          <Form.Item
            name="registrationUrl"
            label={p('fRegistrationUrl')}
            rules={[{ required: true }, ...rules(s.registrationUrl)]}
          >
            <Input placeholder="https://" />
          </Form.Item>
        ) : null}
        {mode === 'form' ? (
          <Form.Item name="registrationDeadline" label={p('fDeadline')} rules={[{ required: true }]}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
        ) : null}
        <Form.Item name="relatedIds" label={p('fRelated')}>
          <RelatedDocuments />
        </Form.Item>
      </>
    );
  }
  if (kind === 'document') {
    const s = DocumentCreateInput.shape;
    return (
      <>
        <Form.Item name="docNumber" label={p('fDocNumber')} rules={rules(s.docNumber)} extra="382/CTĐP-QLKC">
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item name="docKind" label={p('fDocKind')} rules={rules(s.docKind)}>
          <Select options={documentKinds.map((k) => ({ value: k, label: label(documentKindLabels[k]) }))} />
        </Form.Item>
        <Form.Item name="issuer" label={p('fIssuer')} rules={rules(s.issuer)}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="issuedOn" label={p('fIssuedOn')} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="effective" label={p('fEffective')}>
          <DatePicker.RangePicker format={DATE_FORMAT} allowEmpty={[true, true]} />
        </Form.Item>
      </>
    );
  }
  return null;
}
