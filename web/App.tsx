// Providers and routes. Every party's pages are lazy chunks: a consumer's phone loads the consumer pages only,
// the merchant console, workbench and admin load on their own routes.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import type { Locale } from 'antd/es/locale';
import zhCNLocale from 'antd/locale/zh_CN';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Loading } from './components/Loading';
import { ApiError } from './lib/api';

const Home = lazy(() => import('./routes/Home'));
const Login = lazy(() => import('./routes/Login'));
const ConsumerLayout = lazy(() => import('./routes/consumer/ConsumerLayout'));
const MyCases = lazy(() => import('./routes/consumer/MyCases'));
const FilePage = lazy(() => import('./routes/consumer/FilePage'));
const CasePage = lazy(() => import('./routes/consumer/CasePage'));
const MerchantLayout = lazy(() => import('./routes/merchant/MerchantLayout'));
const Inbox = lazy(() => import('./routes/merchant/Inbox'));
const MerchantCase = lazy(() => import('./routes/merchant/MerchantCase'));
const Policies = lazy(() => import('./routes/merchant/Policies'));
const Stores = lazy(() => import('./routes/merchant/Stores'));
const Commitments = lazy(() => import('./routes/merchant/Commitments'));
const Figures = lazy(() => import('./routes/merchant/Figures'));
const DeskLayout = lazy(() => import('./routes/desk/DeskLayout'));
const DeskQueue = lazy(() => import('./routes/desk/DeskQueue'));
const DeskCase = lazy(() => import('./routes/desk/DeskCase'));
const Dashboard = lazy(() => import('./routes/desk/Dashboard'));
const AdminHome = lazy(() => import('./routes/admin/AdminHome'));
const NotFound = lazy(() => import('./routes/NotFound'));

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The API client already retried network failures; an answer from the server (4xx) is final.
        retry: (count, err) => !(err instanceof ApiError && err.status < 500) && count < 1,
        refetchOnWindowFocus: true,
        staleTime: 5_000,
      },
    },
  });
}

const antdLocales: Record<string, () => Promise<Locale>> = {
  'zh-CN': async () => zhCNLocale,
  'zh-HK': async () => (await import('antd/locale/zh_HK')).default,
  en: async () => (await import('antd/locale/en_US')).default,
};

function useAntdLocale(): Locale {
  const { i18n } = useTranslation();
  const [locale, setLocale] = useState<Locale>(zhCNLocale);
  useEffect(() => {
    let live = true;
    void (antdLocales[i18n.language] ?? antdLocales['zh-CN']!)().then((l) => live && setLocale(l));
    return () => {
      live = false;
    };
  }, [i18n.language]);
  return locale;
}

export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/" element={<Home />} />
        <Route path="/login" element={<Login />} />
        <Route path="/c" element={<ConsumerLayout />}>
          <Route index element={<MyCases />} />
          <Route path="file" element={<FilePage />} />
          <Route path=":caseId" element={<CasePage />} />
        </Route>
        <Route path="/m" element={<MerchantLayout />}>
          <Route index element={<Inbox />} />
          <Route path="cases/:caseId" element={<MerchantCase />} />
          <Route path="policies" element={<Policies />} />
          <Route path="stores" element={<Stores />} />
          <Route path="commitments" element={<Commitments />} />
          <Route path="figures" element={<Figures />} />
        </Route>
        <Route path="/desk" element={<DeskLayout />}>
          <Route index element={<DeskQueue />} />
          <Route path="cases/:caseId" element={<DeskCase />} />
          <Route path="stats" element={<Dashboard />} />
        </Route>
        <Route path="/admin/*" element={<AdminHome />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Suspense>
  );
}

export function App({ client = makeQueryClient() }: { client?: QueryClient }) {
  const locale = useAntdLocale();
  return (
    <QueryClientProvider client={client}>
      <ConfigProvider locale={locale} theme={{ token: { colorPrimary: '#1677ff', borderRadius: 6 } }}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
