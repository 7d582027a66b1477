// The public module's face: what anyone may see without signing in — the store QR code and printable sign,
// public store data (API), and the server-rendered store, filing, receipt-link and demo payment pages (until the
// React app replaces them).
export { getPublicStore, type PublicStore } from './get-public-store.js';
export { registerPublicPages } from './pages.routes.js';
export { registerPublicRoutes } from './public.routes.js';
export { storePageUrl } from './store-qr.js';
