// A small service worker: the app shell works on a weak or lost connection.
// API calls and sockets always go to the network (stale market data is worse than none).
const SHELL = 'linggong-shell-v1';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(['/', '/manifest.webmanifest', '/icon.svg'])));
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== SHELL).map((k) => caches.delete(k)))),
  );
  self.clients.claim();
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/socket.io')) return;
  // Network first, the cached copy when offline; hashed assets are cached as they load.
  event.respondWith(
    fetch(event.request)
      .then((response) => {
        if (response.ok && (url.pathname.startsWith('/assets/') || event.request.mode === 'navigate')) {
          const copy = response.clone();
          caches.open(SHELL).then((cache) => cache.put(event.request.mode === 'navigate' ? '/' : event.request, copy));
        }
        return response;
      })
      .catch(() => caches.match(event.request.mode === 'navigate' ? '/' : event.request).then((r) => r || Response.error())),
  );
});
