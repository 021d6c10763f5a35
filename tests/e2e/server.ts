/**
 * A tiny static file server for dist/ (node:http, no dependencies), behaving like a plain static host:
 * `/x/` serves `/x/index.html`, `/x` redirects to `/x/` when that directory exists, unknown paths
 * get `404.html` with status 404.
 *
 * Options: `prefix` serves the directory only under that path (as a host serving a site built with
 * BASE_PATH; everything else is a bare 404); `headers` applies the directory's `_headers` file (the
 * Netlify/Cloudflare format: a path pattern, exact or ending in `*`, then indented `Name: value` lines);
 * `gzip` compresses text and labels Pagefind's gzip files as docs/nginx.conf does.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHeaders, type HeaderRule } from '../../scripts/deploy/headers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

async function isFile(p: string) {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}
async function isDir(p: string) {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

export interface StaticServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Serve only under this path ("/gx/plan-2018/"). */
  prefix?: string;
  /** Apply `<dir>/_headers` to the responses. */
  headers?: boolean;
  /**
   * Compress text (HTML, CSS, JavaScript, JSON, CSV, SVG, XML) for a client that accepts gzip, and send Pagefind's
   * gzip files with `Content-Encoding: gzip`, as docs/nginx.conf does.
   */
  gzip?: boolean;
}

/** The types docs/nginx.conf compresses (`gzip_types`, and HTML); Pagefind's own files are compressed already. */
const COMPRESSED = new Set(['.html', '.css', '.js', '.mjs', '.json', '.csv', '.svg', '.xml', '.txt']);
/** Pagefind's index files, gzip on disk (docs/nginx.conf's `location` for them). */
const PAGEFIND_GZIP = /^\/pagefind\/.+\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/;

/** Headers of every matching rule; values of one header from several rules are joined with ", " as hosts do. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules) {
    const hit = r.pattern.endsWith('*') ? path.startsWith(r.pattern.slice(0, -1)) : path === r.pattern;
    if (!hit) continue;
    for (const [k, v] of r.headers) out[k] = out[k] ? `${out[k]}, ${v}` : v;
  }
  return out;
}

export async function serve(dir: string, port = 0, options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const prefix = options.prefix ?? '/';
  const rules = options.headers ? parseHeaders(await readFile(join(root, '_headers'), 'utf8')) : [];
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let path: string;
      try {
        path = decodeURIComponent(url.pathname);
      } catch {
        res.writeHead(400).end('bad request');
        return;
      }
      if (!path.startsWith(prefix)) {
        if (`${path}/` === prefix) res.writeHead(301, { Location: prefix }).end();
        else res.writeHead(404, { 'Content-Type': TYPES['.txt'] }).end('not found (outside the site)');
        return;
      }
      const extra = headersFor(rules, url.pathname);
      path = `/${path.slice(prefix.length)}`;
      const file = normalize(join(root, path));
      if (!file.startsWith(root)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      let target: string | null = null;
      if (path.endsWith('/')) {
        if (await isFile(join(file, 'index.html'))) target = join(file, 'index.html');
      } else if (await isFile(file)) {
        target = file;
      } else if (await isDir(file)) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      if (!target) {
        const notFound = join(root, '404.html');
        res.writeHead(404, { ...extra, 'Content-Type': TYPES['.html'] });
        res.end((await isFile(notFound)) ? await readFile(notFound) : 'not found');
        return;
      }
      let body = await readFile(target);
      const gzip = options.gzip && COMPRESSED.has(extname(target)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      if (gzip) body = gzipSync(body);
      // Pagefind's gzip files go out as they are, labelled as gzip, as docs/nginx.conf sends them.
      const gzipFile = options.gzip && PAGEFIND_GZIP.test(path);
      // Nothing is cached between tests, unless the site's own _headers say otherwise.
      res.writeHead(200, {
        'Cache-Control': 'no-store',
        ...extra,
        'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream',
        'Content-Length': body.length,
        ...(options.gzip ? { Vary: 'Accept-Encoding' } : {}),
        ...(gzip || gzipFile ? { 'Content-Encoding': 'gzip' } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      res.writeHead(500).end(String(err));
    }
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const addr = server.address();
  const actual = typeof addr === 'object' && addr ? addr.port : port;
  return {
    url: `http://127.0.0.1:${actual}`,
    server,
    // Without closeAllConnections, close() waits on the sockets a browser still holds open (a tab kept open
    // between tests): any-plan.test once stalled for minutes here with nothing running.
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

// `tsx tests/e2e/server.ts [dir] [port]`: serve by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const s = await serve(process.argv[2] ?? 'dist', Number(process.argv[3] ?? 4322), { prefix: process.argv[4], headers: process.argv[5] === 'headers' });
  console.log(`serving ${process.argv[2] ?? 'dist'} at ${s.url}`);
}
