import { SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Input } from 'antd';
import { useEffect, useRef, useState } from 'react';

type Props = {
  value: string | undefined;
  onSearch: (q: string | undefined) => void;
  placeholder: string;
  width?: number;
  /** Values offered as the user types (any other text is still accepted). */
  suggestions?: readonly string[];
};

/** Free-text search that asks the server 300 ms after the user stops typing (the server ignores diacritics). */
export function SearchBox({ value, onSearch, placeholder, width = 280, suggestions }: Props) {
  const [text, setText] = useState(value ?? '');
  const latest = useRef(onSearch);
  latest.current = onSearch;
  const sent = useRef(value ?? '');

  useEffect(() => {
    // Follow outside changes (back button, cleared filters) without echoing them back.
    if ((value ?? '') !== sent.current) {
      sent.current = value ?? '';
      setText(value ?? '');
    }
  }, [value]);

  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed === sent.current) return;
    const timer = setTimeout(() => {
      sent.current = trimmed;
      latest.current(trimmed || undefined);
    }, 300);
    return () => clearTimeout(timer);
  }, [text]);

  const style = { width, maxWidth: '100%' };
  if (suggestions) {
    const lower = text.trim().toLowerCase();
    return (
      <AutoComplete
        value={text}
        onChange={(v: string) => setText(v ?? '')}
        options={suggestions.filter((s) => s.toLowerCase().includes(lower)).map((s) => ({ value: s }))}
        style={style}
        allowClear
      >
        <Input placeholder={placeholder} aria-label={placeholder} />
      </AutoComplete>
    );
  }
  return (
    <Input
      allowClear
      prefix={<SearchOutlined />}
      placeholder={placeholder}
      value={text}
      onChange={(e) => setText(e.target.value)}
      style={style}
      aria-label={placeholder}
      type="search"
    />
  );
}
