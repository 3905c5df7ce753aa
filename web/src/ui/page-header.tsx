import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** Title of an admin page with its main actions on the right. */
export function PageHeader({
  title,
  extra,
  subtitle,
}: {
  title: string;
  extra?: ReactNode;
  subtitle?: ReactNode;
}) {
  return (
    <Flex justify="space-between" align="flex-start" wrap gap={12} style={{ marginBottom: 16 }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {subtitle ? <Typography.Text type="secondary">{subtitle}</Typography.Text> : null}
      </div>
      {extra ? (
        <Flex gap={8} wrap>
          {extra}
        </Flex>
      ) : null}
    </Flex>
  );
}

/** A row of list filters that wraps on narrow screens. */
export function FilterBar({ children }: { children: ReactNode }) {
  return (
    <Flex gap={8} wrap style={{ marginBottom: 16 }}>
      {children}
    </Flex>
  );
}
