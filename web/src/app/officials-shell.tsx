import { QueryClientProvider } from '@tanstack/react-query';
import { Outlet } from 'react-router';
import { queryClient } from '../lib/query-client.ts';
import { AntdProvider } from './antd-provider.tsx';
import { SessionProvider } from './session.tsx';

/** What the log-in page and the officials' app share: Ant Design, the query cache and the session. */
export function OfficialsShell() {
  return (
    <AntdProvider>
      <QueryClientProvider client={queryClient}>
        <SessionProvider>
          <Outlet />
        </SessionProvider>
      </QueryClientProvider>
    </AntdProvider>
  );
}
