// The live preview: the plan rendered as the web page (writers/html.ts) and served on 127.0.0.1 only.
// Each save of the plan or of a template re-renders it and tells the open pages through server-sent
// events; the page fetches itself again and swaps its body. A plan with errors shows validate's findings
// instead. The server reads no file a request names: it answers three paths and 404s the rest.
import { watch, type FSWatcher } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { basename, dirname } from 'node:path';
import { Findings } from '../diagnostics/finding.js';
import type { Lang } from '../diagnostics/messages.js';
import { renderReport } from '../diagnostics/report.js';
import { compose, forgetTemplates, loadTemplates, TemplateError } from '../doc/compose.js';
import { displayPath } from '../paths.js';
import { checkPlanFile } from '../plan/check.js';
import { escapeHtml, renderHtml } from '../writers/html.js';
import { say } from '../i18n.js';

const LIVE_JS = `// cchc-plan preview: fetch the page again when the plan or a template is saved.
const events = new EventSource('/__preview/events');
events.onmessage = async () => {
  const response = await fetch('/', { cache: 'no-store' });
  const next = new DOMParser().parseFromString(await response.text(), 'text/html');
  document.title = next.title;
  const style = document.querySelector('style'), nextStyle = next.querySelector('style');
  if (style && nextStyle) style.textContent = nextStyle.textContent;
  document.body.replaceWith(document.adoptNode(next.body));
};
`;
const LIVE_HEAD = '<script src="/__preview/live.js" defer></script>';
/** The page's own script and styles only: plan text is escaped, and nothing else could run if it were not. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'; img-src 'self' data:";

export interface PreviewOptions {
  file: string;
  templatesDir: string;
  lang: Lang;
  /** Told of each render: the findings of a plan with errors, or that the document is back. */
  log: (line: string) => void;
}

export class Preview {
  private page = '';
  private version = 0;
  private failing = false;
  private clients = new Set<ServerResponse>();
  private watchers: FSWatcher[] = [];
  private timer: NodeJS.Timeout | undefined;
  readonly server: Server;

  constructor(private readonly options: PreviewOptions) {
    this.server = createServer((req, res) => this.handle(req, res));
  }

  /** Renders the plan as the page; never throws, so a bad save never stops the server. */
  async render(): Promise<void> {
    const { file, templatesDir, lang } = this.options;
    const started = performance.now();
    try {
      const findings = new Findings();
      const checked = await checkPlanFile(file, findings);
      if (!checked.plan) {
        const sources = new Map(checked.text !== undefined ? [[file, checked.text]] : []);
        const report = renderReport(findings, { format: 'text', lang, color: false, sources, files: [file] });
        this.page = problemPage(file, findings, report);
        this.failing = true;
        this.options.log(report.trimEnd());
      } else {
        this.page = renderHtml(compose(checked.plan, await loadTemplates(templatesDir)), LIVE_HEAD);
        if (this.failing) this.options.log(say(`${displayPath(file)}: hết lỗi, tài liệu hiển thị lại`, `${displayPath(file)}: no more errors, the document shows again`));
        this.failing = false;
        const ms = Math.round(performance.now() - started);
        this.options.log(say(`${displayPath(file)}: đã hiển thị (${ms} ms)`, `${displayPath(file)}: rendered (${ms} ms)`));
      }
    } catch (error) {
      const message = error instanceof TemplateError ? error.message : say(`không hiển thị được: ${error instanceof Error ? error.message : String(error)}`, `cannot render: ${error instanceof Error ? error.message : String(error)}`);
      this.page = problemPage(file, new Findings(), message);
      this.failing = true;
      this.options.log(message);
    }
    this.version++;
    for (const client of this.clients) client.write(`data: ${this.version}\n\n`);
  }

  /** Watches the plan's folder (editors save by renaming a new file over the old) and the templates. */
  watch(): void {
    const { file, templatesDir } = this.options;
    const again = (dir: string) => {
      clearTimeout(this.timer);
      // One save is several events; render once they have settled.
      this.timer = setTimeout(() => {
        if (dir === templatesDir) forgetTemplates(templatesDir);
        void this.render();
      }, 60);
    };
    this.watchers.push(watch(dirname(file), (_, name) => name === basename(file) && again(dirname(file))));
    this.watchers.push(watch(templatesDir, (_, name) => (!name || name.endsWith('.hbs')) && again(templatesDir)));
    for (const w of this.watchers) w.on('error', () => undefined);
  }

  close(): Promise<void> {
    clearTimeout(this.timer);
    for (const w of this.watchers) w.close();
    for (const client of this.clients) client.end();
    this.clients.clear();
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections?.();
    });
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const port = (this.server.address() as { port: number } | null)?.port;
    const send = (status: number, type: string, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    // A page of another site that points a name of its own at 127.0.0.1 reaches us with its Host: refused.
    if (req.headers.host !== `127.0.0.1:${port}` && req.headers.host !== `localhost:${port}`) return send(403, 'text/plain; charset=utf-8', 'Forbidden\n');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain; charset=utf-8', 'Method not allowed\n', { Allow: 'GET, HEAD' });
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/') return send(200, 'text/html; charset=utf-8', this.page, { 'Content-Security-Policy': CSP });
    if (path === '/__preview/live.js') return send(200, 'text/javascript; charset=utf-8', LIVE_JS);
    if (path === '/__preview/events') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(`retry: 500\n\n`);
      this.clients.add(res);
      req.on('close', () => this.clients.delete(res));
      return;
    }
    send(404, 'text/plain; charset=utf-8', 'Not found\n');
  }
}

/** The findings where the document would be: each at its line and column, then validate's full text. */
function problemPage(file: string, findings: Findings, report: string): string {
  const items = findings.sorted().map((f) => `<li><code>${escapeHtml(`${displayPath(f.file)}:${f.line}:${f.column}`)}</code> ${escapeHtml(f.severity === 'error' ? 'lỗi' : 'cảnh báo')} <code>${escapeHtml(f.code)}</code></li>`);
  return [
    '<!DOCTYPE html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(`Lỗi — ${displayPath(file)}`)}</title>`,
    // Monospace fonts that hold Vietnamese letters with their marks; the browser's default may not, and
    // then draws the marks from another font, beside the letter rather than over it.
    '<style>body { font-family: system-ui, sans-serif; margin: 2rem; } pre { background: #fff4f4; border: 1px solid #e0b4b4; padding: 1rem; white-space: pre-wrap; font-size: 14px; font-family: "DejaVu Sans Mono", "Noto Sans Mono", "Liberation Mono", Consolas, "Courier New", monospace; } h1 { color: #a00; font-size: 1.3rem; }</style>',
    LIVE_HEAD,
    '</head>',
    '<body>',
    '<main class="problems">',
    `<h1>${escapeHtml(displayPath(file))} chưa dựng được</h1>`,
    items.length ? `<ul class="findings">${items.join('')}</ul>` : '',
    `<pre class="report">${escapeHtml(report)}</pre>`,
    '<p>Sửa và lưu tệp: trang tự hiển thị lại tài liệu.</p>',
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
