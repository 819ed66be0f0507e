// What the commands print goes to file descriptors 1 and 2 directly. Node makes process.stdout, when
// it is first used, a net.Socket for a pipe or a tty.WriteStream for a terminal; loading the net and
// stream modules for that took 4-5 ms of a cold start, more than reading and checking a plan.
import { fstatSync, writeSync } from 'node:fs';

export interface Output {
  write(text: string): void;
  /** Whether a terminal is on the other end; asked of Node's stream only for a character device. */
  readonly isTTY: boolean;
}

/** Exported for its test, which hands it a descriptor of its own. */
export function output(fd: number, stream: () => NodeJS.WriteStream): Output {
  // Once a write has had to go through Node's stream, every later one does, so none overtakes it.
  let viaStream = false;
  let tty: boolean | undefined;
  return {
    write(text) {
      if (viaStream) {
        stream().write(text);
        return;
      }
      const bytes = Buffer.from(text, 'utf8');
      let at = 0;
      try {
        while (at < bytes.length) at += writeSync(fd, bytes, at);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') return; // the reader has gone (cchc-plan diff … | head): nothing more to say
        if (code !== 'EAGAIN') throw error;
        // A non-blocking descriptor, which some parents hand down: Node's stream waits for it.
        viaStream = true;
        stream().write(bytes.subarray(at));
      }
    },
    get isTTY() {
      return (tty ??= isCharacterDevice(fd) && stream().isTTY === true);
    },
  };
}

function isCharacterDevice(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
}

export const stdout = output(1, () => process.stdout);
export const stderr = output(2, () => process.stderr);
