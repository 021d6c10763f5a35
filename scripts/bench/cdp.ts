/**
 * A bare Chrome DevTools Protocol client for the bench's timings: Chromium started with a debugging port, one
 * WebSocket, pages opened in fresh browser contexts. Playwright is not used for timings because it attaches to
 * every new worker and holds it paused until its own process has answered (`Target.setAutoAttach` with
 * `waitForDebuggerOnStart`): on two cores that put ~100 ms on the search's critical path (Pagefind's worker), so
 * the first result looked slower than a reader, with no debugger attached, sees it. Nothing here attaches to
 * workers.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Reply {
  id?: number;
  result?: unknown;
  error?: { message: string };
}

export interface CdpPage {
  navigate(url: string): Promise<void>;
  /** The value of `expression` in the page, polled every 20 ms until it is neither undefined nor null. */
  waitFor<T>(expression: string, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

export interface CdpBrowser {
  newPage(opts: { width: number; height: number; initScript: string }): Promise<CdpPage>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

export async function launchCdp(executablePath: string, flags: string[]): Promise<CdpBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-cdp-'));
  const proc = spawn(executablePath, [...flags, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const wsUrl = await new Promise<string>((ok, fail) => {
    let buf = '';
    proc.stderr.on('data', (d) => {
      buf += d;
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(buf);
      if (m) ok(m[1]!);
    });
    proc.on('exit', (code) => fail(new Error(`${executablePath} exited (${code}) before it listened: ${buf.slice(-500)}`)));
  });
  const ws = new WebSocket(wsUrl);
  await new Promise((ok, fail) => {
    ws.addEventListener('open', ok);
    ws.addEventListener('error', fail);
  });
  let next = 0;
  const pending = new Map<number, (r: Reply) => void>();
  ws.addEventListener('message', (e) => {
    const m = JSON.parse(String(e.data)) as Reply;
    if (m.id === undefined) return; // an event: nothing here listens to any
    pending.get(m.id)?.(m);
    pending.delete(m.id);
  });
  function send<T>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    const id = ++next;
    ws.send(JSON.stringify({ id, method, params, sessionId }));
    return new Promise((ok, fail) =>
      pending.set(id, (m) => (m.error ? fail(new Error(`${method}: ${m.error.message}`)) : ok(m.result as T))),
    );
  }

  return {
    async newPage({ width, height, initScript }) {
      const { browserContextId } = await send<{ browserContextId: string }>('Target.createBrowserContext');
      const { targetId } = await send<{ targetId: string }>('Target.createTarget', { url: 'about:blank', browserContextId });
      const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
      await send('Page.enable', {}, sessionId);
      await send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false }, sessionId);
      await send('Page.addScriptToEvaluateOnNewDocument', { source: initScript }, sessionId);
      return {
        async navigate(url) {
          await send('Page.navigate', { url }, sessionId);
        },
        async waitFor<T>(expression: string, timeoutMs = 60_000) {
          const end = Date.now() + timeoutMs;
          while (Date.now() < end) {
            const r = await send<{ result: { value?: T } }>('Runtime.evaluate', { expression, returnByValue: true }, sessionId).catch(
              () => undefined, // the page may be between documents
            );
            const v = r?.result.value;
            if (v !== undefined && v !== null) return v;
            await sleep(20);
          }
          throw new Error(`timed out waiting for ${expression}`);
        },
        async close() {
          await send('Target.closeTarget', { targetId });
          await send('Target.disposeBrowserContext', { browserContextId });
        },
      };
    },
    async close() {
      ws.close();
      proc.kill();
      await new Promise((ok) => (proc.exitCode !== null ? ok(undefined) : proc.once('exit', ok)));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
