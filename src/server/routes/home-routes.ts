import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/store.ts';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The landing page at `/`: what is running, how much data each workspace holds, and where the
 * API lives. The journey-map editor and analytics views (web/) will be served here instead.
 */
export function homeRoutes(app: FastifyInstance, store: Store): void {
  app.get('/', async (_request, reply) => {
    const rows: string[] = [];
    for (const ws of await store.workspaces.list()) {
      const [events, persons, maps] = await Promise.all([
        store.events.count(ws.id),
        store.persons.count(ws.id),
        store.maps.list(ws.id),
      ]);
      rows.push(
        `<tr><td>${escapeHtml(ws.name)}</td><td>${events.toLocaleString('en')}</td><td>${persons.toLocaleString('en')}</td>` +
          `<td>${maps.map((m) => escapeHtml(m.name)).join(', ') || '—'}</td></tr>`,
      );
    }
    return reply.type('text/html; charset=utf-8').send(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Journeylens</title>
<style>body{font:16px system-ui,sans-serif;max-width:56rem;margin:3rem auto;padding:0 1rem;color:#1d2433}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #d5d9e0;padding:.5rem;text-align:left}
code{background:#f1f3f6;padding:.1rem .3rem;border-radius:3px}</style></head>
<body><h1>Journeylens</h1><p>Map, measure and act on customer journeys. Store: <code>${escapeHtml(store.description)}</code></p>
<table><thead><tr><th>Workspace</th><th>Events</th><th>Persons</th><th>Journey maps</th></tr></thead>
<tbody>${rows.join('')}</tbody></table>
<h2>API</h2><ul>
<li>Send events with any Segment SDK: host <code>this server</code>, write key as the Basic user name — <code>POST /v1/batch</code>, <code>/v1/track</code>, <code>/v1/page</code>, <code>/v1/screen</code>, <code>/v1/identify</code>, <code>/v1/alias</code>, <code>/v1/group</code></li>
<li>Read with a bearer token: <code>GET /api/v1/persons/:id</code>, <code>GET /api/v1/events?person=ID&amp;limit=N</code></li>
<li>Health: <code>GET /healthz</code></li></ul></body></html>`);
  });
}
