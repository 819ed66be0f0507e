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
