import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Session } from 'chdb';

/** Query-string fields of ClickHouse's HTTP interface that are not settings. */
const NOT_SETTINGS = new Set(['query', 'database', 'query_id', 'session_id', 'role', 'default_format']);

/**
 * The part of ClickHouse's HTTP interface `@clickhouse/client` uses, served by the embedded engine
 * (chdb), so the production driver is tested against the real engine without a server binary:
 * POST with the SQL in the body (or in `query`, with the body as insert data), `param_*` fields
 * bound server-side, every other field a setting. Settings are applied with SET before each
 * statement, so a setting the driver forgets to send is missing here too.
 */
export async function startFakeClickHouse(
  session: Session,
): Promise<{ url: string; requests: URLSearchParams[]; close(): Promise<void> }> {
  const requests: URLSearchParams[] = [];
  let tail: Promise<unknown> = Promise.resolve();
  const server = createServer((req, res) => {
    const run = tail.then(async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      requests.push(url.searchParams);
      const body = await read(req);
      try {
        const database = url.searchParams.get('database');
        if (database) session.query(`USE \`${database.replaceAll('`', '')}\``, 'Null');
        const query = url.searchParams.get('query');
        // An insert names the statement in `query` and sends the rows as the body.
        const sql = query === null ? body : `${query}\n${body}`;
        const types = new Map([...sql.matchAll(/\{(\w+):([^}]+)\}/g)].map((m) => [m[1]!, m[2]!]));
        const params: Record<string, unknown> = {};
        for (const [name, value] of url.searchParams) {
          if (name.startsWith('param_')) {
            const param = name.slice('param_'.length);
            params[param] = decodeParam(value, types.get(param) ?? 'String');
          } else if (!NOT_SETTINGS.has(name))
            session.query(
              `SET ${name.replace(/[^a-z0-9_]/gi, '')} = '${value.replaceAll("'", "\\'")}'`,
              'Null',
            );
        }
        const result = await session.queryBindAsync(sql, params, { format: 'TabSeparated' });
        res.writeHead(200, { 'Content-Type': 'text/plain; charset=UTF-8' });
        res.end(Buffer.from(result.bytes()));
      } catch (err) {
        // ClickHouse answers errors with status 500 and the exception text.
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=UTF-8' });
        res.end(err instanceof Error ? err.message : String(err));
      }
    });
    tail = run.catch(() => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function read(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A `param_…` value as the HTTP interface reads it (text in the "escaped" format, `\N` for
 * NULL, arrays as literals), turned into the JS value chdb binds.
 */
function decodeParam(text: string, type: string): unknown {
  if (text === '\\N') return null;
  // Each type reads its own escaped text: an array its literal (escapes inside the quotes).
  return /^(Nullable\(|LowCardinality\()*Array\(/.test(type)
    ? new ArrayLiteral(text).read()
    : unescapeText(text);
}

const ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', '0': '\0' };
const unescapeText = (text: string) => text.replace(/\\(.)/gs, (_, c: string) => ESCAPES[c] ?? c);

/** `['a','b\'c',NULL,[1,2]]`: quoted strings, bare numbers, NULL and nested arrays. */
class ArrayLiteral {
  private pos = 0;
  constructor(private readonly text: string) {}

  read(): unknown {
    const c = this.text[this.pos];
    if (c === '[') {
      this.pos++;
      const items: unknown[] = [];
      while (this.text[this.pos] !== ']') {
        items.push(this.read());
        if (this.text[this.pos] === ',') this.pos++;
      }
      this.pos++;
      return items;
    }
    if (c === "'") {
      let out = '';
      this.pos++;
      while (this.text[this.pos] !== "'") {
        const ch = this.text[this.pos++]!;
        out += ch === '\\' ? unescapeText(`\\${this.text[this.pos++]}`) : ch;
      }
      this.pos++;
      return out;
    }
    const start = this.pos;
    while (this.pos < this.text.length && !/[,\]]/.test(this.text[this.pos]!)) this.pos++;
    const bare = this.text.slice(start, this.pos).trim();
    return bare === 'NULL' ? null : bare;
  }
}
