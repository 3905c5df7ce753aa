import {
  ArrowLeftOutlined,
  EyeOutlined,
  GlobalOutlined,
  HistoryOutlined,
  SaveOutlined,
} from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Form,
  Input,
  Result,
  Row,
  Select,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  ArticleCreateInput,
  type PortalItemDto,
  type PortalKind,
  portalKindLabels,
} from '../../../../../shared/schemas/portal.ts';
import { useI18n, useLabel } from '../../../lib/i18n.tsx';
import { useZodRules } from '../../../lib/zod-rules.ts';
import { PageHeader } from '../../../ui/page-header.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { usePortalItem, useSaveItem } from '../api.ts';
import { fromItem, KindFields, toInput, type Values } from '../components/content-fields.tsx';
import { AttachmentsField, CoverField } from '../components/media-fields.tsx';
import { RevisionsDrawer } from '../components/revisions-drawer.tsx';
import { RichTextEditor } from '../components/rich-text-editor.tsx';
import { StatusTag, WorkflowActions } from '../components/workflow-actions.tsx';
import { ADMIN_BASE, kindBySegment, kindSegments, usePortalText } from '../labels.ts';

const shape = ArticleCreateInput.shape;

function Editor({ kind, item }: { kind: PortalKind; item?: PortalItemDto }) {
  const p = usePortalText();
  const label = useLabel();
  const { lang } = useI18n();
  const rules = useZodRules();
  const feedback = useFeedback();
  const navigate = useNavigate();
  const save = useSaveItem(kind);
  const [form] = Form.useForm<Values>();
  const [dirty, setDirty] = useState(false);
  const [history, setHistory] = useState(false);
  const readOnly = item ? !item.abilities.update : false;
  const kindName = label(portalKindLabels[kind]).toLowerCase();

  const submit = (v: Values) => {
    const input = toInput(kind, v);
    save.mutate(item ? { id: item.id, input: { ...input, version: item.version } } : { input }, {
      onSuccess: (saved) => {
        setDirty(false);
        feedback.success(item ? p('saved', { version: saved.version }) : p('created'));
        // The form is keyed by id and version, so the saved item's values replace the form's.
        if (!item) navigate(`${ADMIN_BASE}/${kindSegments[kind]}/${saved.id}`, { replace: true });
      },
      onError: (e) => feedback.error(e, form),
    });
  };

  return (
    <>
      <PageHeader
        title={item ? item.title : p('newTitle', { kind: kindName })}
        subtitle={
          item ? (
            <Space wrap>
              <StatusTag item={item} />
              <Typography.Text type="secondary">
                {item.provinceName ?? p('national')} · v{item.version}
              </Typography.Text>
            </Space>
          ) : undefined
        }
        extra={
          <>
            <Link to={`${ADMIN_BASE}?kind=${kind}`}>
              <Button icon={<ArrowLeftOutlined />}>{p('back')}</Button>
            </Link>
            {item ? (
              <>
                <Button icon={<EyeOutlined />} href={`/api/portal/items/${item.id}/preview`} target="_blank">
                  {p('preview')}
                </Button>
                <Button icon={<HistoryOutlined />} onClick={() => setHistory(true)}>
                  {p('history')}
                </Button>
                {item.status === 'published' && !item.scheduled ? (
                  <Button icon={<GlobalOutlined />} href={item.publicUrl} target="_blank">
                    {p('viewPublic')}
                  </Button>
                ) : null}
              </>
            ) : null}
            {!readOnly ? (
              <Button
                type="primary"
                icon={<SaveOutlined />}
                loading={save.isPending}
                onClick={() => form.submit()}
              >
                {p('save')}
              </Button>
            ) : null}
            {item ? <WorkflowActions item={item} dirty={dirty} /> : null}
          </>
        }
      />
      {item?.reviewNote ? (
        <Alert
          type="warning"
          showIcon
          message={p('reviewNote')}
          description={item.reviewNote}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Form<Values>
        key={item ? `${item.id}:${item.version}` : 'new'}
        form={form}
        layout="vertical"
        disabled={readOnly}
        onFinish={submit}
        onValuesChange={() => setDirty(true)}
        initialValues={item ? fromItem(item) : { registrationMode: 'none', tags: [], attachments: [] }}
      >
        <Row gutter={24}>
          <Col xs={24} lg={16}>
            <Card size="small">
              <Form.Item name="title" label={p('fTitle')} rules={rules(shape.title)}>
                <Input maxLength={300} />
              </Form.Item>
              <Form.Item name="summary" label={p('fSummary')} rules={rules(shape.summary)}>
                <Input.TextArea rows={3} maxLength={1000} showCount />
              </Form.Item>
              <Form.Item name="bodyHtml" label={p('fBody')}>
                <RichTextEditor ariaLabel={p('fBody')} />
              </Form.Item>
            </Card>
          </Col>
          <Col xs={24} lg={8}>
            <Card size="small">
              <KindFields kind={kind} />
              <Form.Item name="slug" label={p('fSlug')} extra={p('fSlugHelp')} rules={rules(shape.slug)}>
                <Input placeholder="hoi-cho-cong-nghiep-nong-thon-2026" lang={lang} />
              </Form.Item>
              <Form.Item name="tags" label={p('fTags')}>
                <Select mode="tags" tokenSeparators={[',']} maxCount={20} />
              </Form.Item>
              <Form.Item name="cover" label={p('fCover')}>
                <CoverField />
              </Form.Item>
              <Form.Item name="attachments" label={p('fAttachments')}>
                <AttachmentsField />
              </Form.Item>
            </Card>
          </Col>
        </Row>
      </Form>
      {item ? <RevisionsDrawer item={item} open={history} onClose={() => setHistory(false)} /> : null}
    </>
  );
}

/** /admin/cong-thong-tin/<kind>/moi (new) or /admin/cong-thong-tin/<kind>/<id> (edit). */
export function ContentEditorPage() {
  const { segment = '', id } = useParams();
  const kind = kindBySegment[segment];
  const isNew = id === 'moi';
  const query = usePortalItem(kind ?? 'article', kind && !isNew ? id : undefined);
  if (!kind) return <Result status="404" />;
  if (isNew) return <Editor kind={kind} />;
  if (query.error) return <QueryError error={query.error} retry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton active />;
  return <Editor kind={kind} item={query.data} />;
}
