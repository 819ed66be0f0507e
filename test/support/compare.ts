// The comparison the seeds are held to: words, once whitespace is collapsed and Markdown/HTML markers and
// bullet glyphs are dropped.

export function words(lines: string[]): string {
  return lines
    .map((line) =>
      line
        .normalize('NFC')
        .replace(/<\/?b>/g, '')
        .replace(/\\([\\`*_[\]<>|#+.-])/g, '$1')
        .replace(/\*+/g, '')
        .replace(/^\s*#+\s*/, '')
        .replace(/^\s*[-·+]\s+/, ''),
    )
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A readable pointer to the first place two word sequences part. */
export function firstDifference(a: string, b: string): string {
  const x = a.split(' ');
  const y = b.split(' ');
  const i = x.findIndex((w, k) => w !== y[k]);
  if (i < 0 && x.length === y.length) return 'equal';
  const at = i < 0 ? x.length : i;
  return `word ${at}:\n  built: …${x.slice(Math.max(0, at - 8), at + 8).join(' ')}\n  seed:  …${y.slice(Math.max(0, at - 8), at + 8).join(' ')}`;
}
