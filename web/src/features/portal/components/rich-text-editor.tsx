import {
  BoldOutlined,
  ItalicOutlined,
  LinkOutlined,
  OrderedListOutlined,
  PictureOutlined,
  RedoOutlined,
  UndoOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { Button, Flex, Input, Modal, Tooltip, Typography } from 'antd';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { MediaDto } from '../../../../../shared/schemas/portal.ts';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { useUpload } from '../api.ts';
import { usePortalText } from '../labels.ts';

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * A small rich-text editor on contentEditable: headings, bold, italic, lists, links and images uploaded
 * through the portal's checked file storage. What it produces is HTML that the server sanitises on save;
 * the editor is a convenience, never the line of defence.
 */
export function RichTextEditor({
  value,
  onChange,
  onImage,
  ariaLabel,
}: {
  value?: string;
  onChange?: (html: string) => void;
  onImage?: (media: MediaDto) => void;
  ariaLabel: string;
}) {
  const p = usePortalText();
  const feedback = useFeedback();
  const upload = useUpload();
  const area = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const saved = useRef<Range | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const [href, setHref] = useState('https://');
  const [busy, setBusy] = useState(false);

  // The editor owns its DOM; outside changes (loading an item, restoring a version) replace it.
  useEffect(() => {
    const el = area.current;
    if (el && el.innerHTML !== (value ?? '')) el.innerHTML = value ?? '';
  }, [value]);

  const emit = () => onChange?.(area.current?.innerHTML ?? '');
  const keepSelection = () => {
    const sel = window.getSelection();
    if (sel && sel.rangeCount > 0 && area.current?.contains(sel.anchorNode))
      saved.current = sel.getRangeAt(0);
  };
  const restoreSelection = () => {
    area.current?.focus();
    const sel = window.getSelection();
    if (saved.current && sel) {
      sel.removeAllRanges();
      sel.addRange(saved.current);
    }
  };
  const run = (command: string, arg?: string) => {
    restoreSelection();
    document.execCommand(command, false, arg);
    emit();
  };

  const insertImage = async (file: File) => {
    setBusy(true);
    try {
      const media = await upload(file, 'image');
      run(
        'insertHTML',
        `<img src="${escapeAttr(media.url)}" alt="${escapeAttr(file.name.replace(/\.[^.]+$/, ''))}">`,
      );
      onImage?.(media);
    } catch (e) {
      feedback.error(e);
    } finally {
      setBusy(false);
    }
  };

  const tool = (title: string, icon: ReactNode, onClick: () => void, label?: string) => (
    <Tooltip title={title}>
      <Button
        size="small"
        icon={icon}
        aria-label={title}
        onMouseDown={(e) => e.preventDefault()}
        onClick={onClick}
        loading={busy && title === p('image')}
      >
        {label}
      </Button>
    </Tooltip>
  );

  return (
    <div className="kc-rte" style={{ border: '1px solid #d9d9d9', borderRadius: 6 }}>
      <Flex wrap gap={4} style={{ padding: 6, borderBottom: '1px solid #f0f0f0', background: '#fafafa' }}>
        {tool(p('heading'), null, () => run('formatBlock', '<h2>'), 'H2')}
        {tool(p('subheading'), null, () => run('formatBlock', '<h3>'), 'H3')}
        {tool(p('paragraph'), null, () => run('formatBlock', '<p>'), '¶')}
        {tool(p('bold'), <BoldOutlined />, () => run('bold'))}
        {tool(p('italic'), <ItalicOutlined />, () => run('italic'))}
        {tool(p('bullets'), <UnorderedListOutlined />, () => run('insertUnorderedList'))}
        {tool(p('numbers'), <OrderedListOutlined />, () => run('insertOrderedList'))}
        {tool(p('link'), <LinkOutlined />, () => {
          keepSelection();
          setLinkOpen(true);
        })}
        {tool(p('image'), <PictureOutlined />, () => {
          keepSelection();
          fileInput.current?.click();
        })}
        {tool(p('undo'), <UndoOutlined />, () => run('undo'))}
        {tool(p('redo'), <RedoOutlined />, () => run('redo'))}
      </Flex>
      {/* biome-ignore lint/a11y/useSemanticElements: a rich-text area has no native element; role textbox + multiline is the ARIA pattern. */}
      <div
        ref={area}
        role="textbox"
        tabIndex={0}
        aria-multiline="true"
        aria-label={ariaLabel}
        contentEditable
        suppressContentEditableWarning
        onInput={emit}
        onBlur={() => {
          keepSelection();
          emit();
        }}
        onKeyUp={keepSelection}
        onMouseUp={keepSelection}
        style={{ minHeight: 260, padding: '8px 12px', outline: 'none', lineHeight: 1.6 }}
      />
      <input
        ref={fileInput}
        type="file"
        accept="image/png,image/jpeg,image/gif,image/webp"
        style={{ display: 'none' }}
        data-testid="rte-image-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void insertImage(file);
        }}
      />
      <Typography.Text type="secondary" style={{ display: 'block', padding: '4px 12px', fontSize: 12 }}>
        {p('sanitiseNote')}
      </Typography.Text>
      <Modal
        open={linkOpen}
        title={p('link')}
        onCancel={() => setLinkOpen(false)}
        onOk={() => {
          setLinkOpen(false);
          if (/^(https?:\/\/|mailto:|\/)/i.test(href.trim())) run('createLink', href.trim());
        }}
      >
        <Input
          value={href}
          onChange={(e) => setHref(e.target.value)}
          placeholder={p('linkPrompt')}
          aria-label={p('linkPrompt')}
        />
      </Modal>
    </div>
  );
}
