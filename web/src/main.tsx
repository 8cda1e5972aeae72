import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { setUnauthorizedHandler } from './api/client';
import { sessionQueryKey } from './api/session';
import { createQueryClient } from './app/query-client';
import { createRouter } from './app/router';
import './app/global.css';

dayjs.locale('zh-cn');

const queryClient = createQueryClient();
const router = createRouter();

// Any 401 outside the login form means the session is gone: forget it, and RequireSession sends the user to /login.
setUnauthorizedHandler(() => {
  queryClient.setQueryData(sessionQueryKey, null);
});

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

createRoot(root).render(
  <StrictMode>
    <ConfigProvider
      locale={zhCN}
      componentSize="middle"
      theme={{ token: { borderRadius: 4, fontFamily: '-apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif' } }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <Suspense fallback={null}>
            <RouterProvider router={router} />
          </Suspense>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
