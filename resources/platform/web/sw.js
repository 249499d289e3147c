// BizSync service worker: keeps the application shell so the dashboard opens at once and without
// network. Each visit shows the kept copy and refreshes it in the background for the next one.
// API answers are never kept here: the page keeps the last views of each company itself (app.js),
// tied to the signed-in user, and forgets them at sign-out.
'use strict';

const SHELL = 'bizsync-shell-v1';
const FILES = ['./', 'app.js', 'style.css', 'manifest.webmanifest', 'icons/bizsync-icon-32.png'];

self.addEventListener('install', event => {
  event.waitUntil(caches.open(SHELL).then(cache => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(k => k.startsWith('bizsync-shell-') && k !== SHELL).map(k => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.includes('/api/')) {
    return;
  }
  // Every page of the app is the one document; the QR code's query string only pre-fills it.
  const key = request.mode === 'navigate' ? self.registration.scope : url.origin + url.pathname;
  event.respondWith(caches.open(SHELL).then(async cache => {
    const kept = await cache.match(key);
    const fresh = fetch(key, { cache: 'no-cache' }).then(response => {
      if (response.ok) cache.put(key, response.clone());
      return response;
    });
    if (kept) {
      event.waitUntil(fresh.catch(() => undefined));
      return kept;
    }
    return fresh;
  }));
});
