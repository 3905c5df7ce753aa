import { InputNumber } from 'antd';

/** Integer đồng as a string, shown grouped with dots (1.234.567). */
export function MoneyInput(props: { value?: string; onChange?: (v: string) => void; testId?: string }) {
  return (
    <InputNumber<string>
      stringMode
      min="0"
      step="1000000"
      style={{ width: '100%' }}
      value={props.value}
      onChange={(v) => props.onChange?.(v ?? '0')}
      formatter={(v) => String(v ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, '.')}
      parser={(v) => (v ?? '').replace(/\D/g, '')}
      addonAfter="₫"
      data-testid={props.testId}
    />
  );
}
