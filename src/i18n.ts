// The language of every message a person reads: Vietnamese, or English with --lang en or CCHC_LANG=en.
// Set once, when the command line is read: a run speaks one language, so modules deep below the commands
// (a template error, a lock that could not be had) word their messages without being handed it.
export type Lang = 'vi' | 'en';

let current: Lang = 'vi';

export function setLang(lang: Lang): void {
  current = lang;
}

export function currentLang(): Lang {
  return current;
}

/** The message in the run's language. */
export function say(vi: string, en: string): string {
  return current === 'en' ? en : vi;
}

/** What the system's error codes mean, in words a person reads, never the code alone. */
const SYSTEM_ERRORS: Record<string, [string, string]> = {
  ENOENT: ['không có tệp hoặc thư mục', 'no such file or folder'],
  EACCES: ['không có quyền truy cập', 'permission denied'],
  EPERM: ['hệ thống không cho phép thao tác này', 'operation not permitted'],
  EISDIR: ['đây là một thư mục, không phải tệp', 'it is a folder, not a file'],
  ENOTDIR: ['một phần của đường dẫn không phải thư mục', 'a part of the path is not a folder'],
  ENAMETOOLONG: ['tên tệp quá dài', 'the file name is too long'],
  ENOSPC: ['đĩa đã đầy', 'no space left on the disk'],
  EDQUOT: ['đã hết hạn mức dung lượng', 'the disk quota is used up'],
  EROFS: ['ổ đĩa chỉ cho đọc', 'the disk is read-only'],
  EEXIST: ['tệp đã có', 'the file exists'],
  EBUSY: ['tệp đang được chương trình khác dùng', 'the file is in use by another program'],
  EMFILE: ['mở quá nhiều tệp cùng lúc', 'too many open files'],
  ENOTEMPTY: ['thư mục không trống', 'the folder is not empty'],
  EXDEV: ['không chuyển được tệp sang ổ đĩa khác', 'cannot move the file to another disk'],
  EADDRINUSE: ['cổng đang được chương trình khác dùng', 'the port is in use by another program'],
  EADDRNOTAVAIL: ['địa chỉ không dùng được trên máy này', 'the address is not available on this machine'],
  EIO: ['lỗi đọc ghi đĩa', 'input/output error on the disk'],
  ELOOP: ['đường dẫn có liên kết vòng', 'the path has a loop of links'],
  busy: ['người khác đang ghi tệp này quá lâu; thử lại sau ít phút', 'someone else has been writing this file too long; try again in a few minutes'],
  compromised: ['khóa của tệp bị mất trong khi ghi (máy tạm ngủ?); không ghi gì, hãy chạy lại', 'the lock on the file was lost while writing (did the machine sleep?); nothing was written, run it again'],
};

/** A system error (or its code) in words; an unknown code is kept after the words so it can be looked up. */
export function systemError(error: unknown): string {
  const code = typeof error === 'string' ? error : (error as NodeJS.ErrnoException | undefined)?.code;
  const words = code ? SYSTEM_ERRORS[code] : undefined;
  if (words) return say(words[0], words[1]);
  if (code) return say(`lỗi hệ thống ${code}`, `system error ${code}`);
  return error instanceof Error ? error.message : String(error);
}
