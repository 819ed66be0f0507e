// `cchc-plan preview YEAR|FILE [--port N]`: the document in a browser while the plan is edited, served on
// 127.0.0.1 only. Without --port it takes the first free port from 8130; a --port in use is exit 2.
// Ctrl-C (SIGINT), SIGTERM or SIGHUP stops it and the command returns 0; so does the end of the process that
// started it (npx, a terminal closed), which may die without passing its signal on.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang } from '../diagnostics/messages.js';
import { defaultTemplates } from '../doc/compose.js';
import { displayPath } from '../paths.js';
import { planFile } from '../plan/files.js';
import { Preview } from '../preview/server.js';
import { say, systemError } from '../i18n.js';

export interface PreviewCommandOptions {
  port?: string;
  templates?: string;
  lang: Lang;
}

const FIRST_PORT = 8130;
const TRIES = 50;
const HOST = '127.0.0.1';
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export async function preview(arg: string, options: PreviewCommandOptions): Promise<number> {
  const file = planFile(arg);
  if (!existsSync(file) || !statSync(file).isFile()) {
    process.stderr.write(say(`cchc-plan: không có kế hoạch ${displayPath(file)}\n`, `cchc-plan: no plan ${displayPath(file)}\n`));
    return 2;
  }
  const templatesDir = options.templates ? resolve(options.templates) + '/' : defaultTemplates();
  if (!existsSync(templatesDir)) {
    process.stderr.write(say(
      `cchc-plan: không có thư mục mẫu ${displayPath(templatesDir)}; --templates phải là một thư mục có plan.hbs (sao chép templates/ để bắt đầu)\n`,
      `cchc-plan: no templates folder ${displayPath(templatesDir)}; --templates must be a folder with plan.hbs (copy templates/ to start)\n`,
    ));
    return 2;
  }
  const asked = options.port === undefined ? undefined : Number(options.port);
  if (asked !== undefined && !(Number.isInteger(asked) && asked >= 0 && asked <= 65535)) {
    process.stderr.write(say(
      `cchc-plan: --port '${options.port}' không phải số cổng: ghi một số từ 1 đến 65535, hoặc 0 để lấy cổng trống bất kỳ\n`,
      `cchc-plan: --port '${options.port}' is not a port number: give one from 1 to 65535, or 0 for any free port\n`,
    ));
    return 2;
  }

  const previewer = new Preview({ file, templatesDir, lang: options.lang, log: (line) => process.stderr.write(`${line}\n`) });
  await previewer.render();
  let port: number | undefined;
  for (let candidate = asked ?? FIRST_PORT; port === undefined; candidate++) {
    const error = await listen(previewer, candidate);
    if (!error) port = (previewer.server.address() as { port: number }).port;
    else if (error.code === 'EADDRINUSE' && asked === undefined && candidate < FIRST_PORT + TRIES) continue;
    else {
      const why = error.code === 'EADDRINUSE'
        ? say(`cổng ${candidate} đang bận; chọn cổng khác bằng --port, hoặc bỏ --port để lấy cổng trống kế tiếp`,
          `port ${candidate} is in use; choose another with --port, or leave --port out to take the next free one`)
        : say(`không mở được ${HOST}:${candidate}: ${systemError(error)}`, `cannot listen on ${HOST}:${candidate}: ${systemError(error)}`);
      process.stderr.write(`cchc-plan: ${why}\n`);
      await previewer.close();
      return 2;
    }
  }
  previewer.watch();
  // Ctrl-C is caught before the address is printed: whoever reads the address may stop us at once.
  const stopped = new Promise<void>((done) => {
    const started = launchers();
    // A launcher that dies leaves its child to another process (init, a subreaper): a parent id changes.
    // Two levels: npx runs the tool through `sh -c`, and a killed npx leaves that shell running.
    const orphaned = setInterval(() => {
      const now = launchers();
      if (now.parent !== started.parent || now.grandparent !== started.grandparent) stop();
    }, 500);
    orphaned.unref();
    const stop = () => {
      for (const signal of SIGNALS) process.off(signal, stop);
      clearInterval(orphaned);
      done();
    };
    for (const signal of SIGNALS) process.on(signal, stop);
  });
  process.stdout.write(`http://${HOST}:${port}/\n`);
  process.stderr.write(say(
    `Đang xem trước ${displayPath(file)}; mỗi lần lưu, trang tự hiển thị lại. Ctrl-C để dừng.\n`,
    `Previewing ${displayPath(file)}; the page re-renders at each save. Ctrl-C stops it.\n`,
  ));
  await stopped;
  await previewer.close();
  process.stderr.write(say('Đã dừng xem trước.\n', 'Preview stopped.\n'));
  return 0;
}

/** This process's parent, and the parent's parent where the system shows it (/proc on Linux). */
function launchers(): { parent: number; grandparent?: number } {
  const parent = process.ppid;
  try {
    // Field 4 of /proc/PID/stat, after the command name in parentheses (which may hold spaces).
    const stat = readFileSync(`/proc/${parent}/stat`, 'utf8');
    return { parent, grandparent: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) };
  } catch {
    return { parent };
  }
}

function listen(previewer: Preview, port: number): Promise<NodeJS.ErrnoException | undefined> {
  return new Promise((resolve) => {
    const server = previewer.server;
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      resolve(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(undefined);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, HOST);
  });
}
