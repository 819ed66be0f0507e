// An agency's other names, from the one printed in capitals in its header: the name a sentence uses
// ("Trường THPT Phan Ngọc Hiển", "Ủy ban nhân dân xã Tân Hòa") and the short code after the dash of a
// document's number ("THPTPNH", "UBND", "SGDĐT"). A starting point that init prints for the agency to
// check, not a rule: offices have their own registered codes.

/** Kinds of agency with their sentence case and code, longest first so "PHÒNG GIÁO DỤC…" wins over "PHÒNG". */
const KINDS: [upper: string, sentence: string, code: string][] = [
  ['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Sở Giáo dục và Đào tạo', 'SGDĐT'],
  ['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 'Phòng Giáo dục và Đào tạo', 'PGDĐT'],
  ['PHÒNG VĂN HÓA - XÃ HỘI', 'Phòng Văn hóa - Xã hội', 'VHXH'],
  ['ỦY BAN NHÂN DÂN', 'Ủy ban nhân dân', 'UBND'],
  ['UỶ BAN NHÂN DÂN', 'Ủy ban nhân dân', 'UBND'],
  ['TRUNG TÂM GIÁO DỤC THƯỜNG XUYÊN', 'Trung tâm Giáo dục thường xuyên', 'TTGDTX'],
  ['TRƯỜNG TRUNG HỌC PHỔ THÔNG', 'Trường Trung học phổ thông', 'THPT'],
  ['TRƯỜNG TRUNG HỌC CƠ SỞ', 'Trường Trung học cơ sở', 'THCS'],
  ['TRƯỜNG TIỂU HỌC', 'Trường Tiểu học', 'TH'],
  ['TRƯỜNG MẦM NON', 'Trường Mầm non', 'MN'],
  ['TRƯỜNG MẪU GIÁO', 'Trường Mẫu giáo', 'MG'],
  ['TRƯỜNG', 'Trường', ''],
];

/** Words that name a level of place: lower case in a sentence ("huyện Phú Tân"). */
const LEVELS = ['THÀNH PHỐ', 'THỊ XÃ', 'THỊ TRẤN', 'TỈNH', 'HUYỆN', 'QUẬN', 'XÃ', 'PHƯỜNG', 'ĐẶC KHU'];

/** A word written in capitals in a sentence too: an abbreviation (THPT, THCS, GDĐT, DTNT, PTDTNT). */
const isAbbreviation = (word: string) => /^[A-ZĐ]{2,}$/u.test(word) && !/[AEIOUY]/.test(word.replace(/^U(?=BND)/, '')) || /^(THPT|THCS|TH|MN|GDĐT|GDTX|PTDTNT|DTNT|UBND|HĐND|CCHC)$/u.test(word);

const capitalised = (word: string) => word.charAt(0) + word.slice(1).toLocaleLowerCase('vi');

/** Words that join or describe rather than name: lower case ("THCS và THPT", "THPT chuyên"); "và" has no letter in the code. */
const LOWER = new Set(['VÀ', 'CHUYÊN']);
const inSentence = (w: string) => (isAbbreviation(w) ? w : LOWER.has(w) ? w.toLocaleLowerCase('vi') : capitalised(w));

/** The sentence form and the code of an agency's name in capitals, with the rest of the name after its kind. */
export function agencyNames(upper: string): { name: string; code: string } {
  const text = upper.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleUpperCase('vi');
  const kind = KINDS.find(([k]) => text === k || text.startsWith(`${k} `));
  let rest = kind ? text.slice(kind[0].length).trim() : text;
  const parts: string[] = kind ? [kind[1]] : [];
  let code = kind?.[2] ?? '';
  const level = LEVELS.find((l) => rest === l || rest.startsWith(`${l} `));
  if (level) {
    parts.push(level.toLocaleLowerCase('vi'));
    rest = rest.slice(level.length).trim();
  }
  const words = rest.split(' ').filter(Boolean);
  const abbreviations = words.filter(isAbbreviation);
  const proper = words.filter((w) => !isAbbreviation(w) && w !== 'VÀ');
  parts.push(...words.map(inSentence));
  if (!kind) {
    // No kind known: the name's first word capitalised, the code the initials of every word.
    const name = parts.join(' ');
    return { name: capitalised(name.split(' ')[0]!) + name.slice(name.split(' ')[0]!.length), code: words.filter((w) => w !== 'VÀ').map((w) => (isAbbreviation(w) ? w : w.charAt(0))).join('') };
  }
  // A People's Committee and a Department are known by their kind; a school by its kind and its name's initials.
  if (kind[0].startsWith('TRƯỜNG')) code = `${code}${abbreviations.join('')}${proper.map((w) => w.charAt(0)).join('')}`;
  return { name: parts.join(' '), code: code || words.map((w) => w.charAt(0)).join('') };
}

/** Prefixes of a parent agency's name before its place: "SỞ GDĐT SÓC TRĂNG", "UBND TỈNH AN GIANG". */
const BEFORE_PLACE = /^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|SỞ GIÁO DỤC VÀ ĐÀO TẠO|SỞ GDĐT|SỞ GD&ĐT|PHÒNG GIÁO DỤC VÀ ĐÀO TẠO|PHÒNG GDĐT)\s+/u;

/**
 * The place of the date line, from a name that ends in one: "ỦY BAN NHÂN DÂN XÃ TÂN HÒA" → "Tân Hòa",
 * "UBND TỈNH SÓC TRĂNG" → "Sóc Trăng", "UBND THÀNH PHỐ HỒ CHÍ MINH" → "Thành phố Hồ Chí Minh" (a city
 * keeps its word, as Decree 30's examples write it). Undefined when the name holds no place.
 */
export function placeFrom(upper: string): string | undefined {
  let text = upper.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleUpperCase('vi');
  if (!BEFORE_PLACE.test(text)) return undefined;
  text = text.replace(BEFORE_PLACE, '');
  const level = LEVELS.find((l) => text.startsWith(`${l} `));
  const words = (level ? text.slice(level.length) : text).trim().split(' ').filter(Boolean).map(capitalised);
  if (words.length === 0) return undefined;
  return (level === 'THÀNH PHỐ' ? 'Thành phố ' : '') + words.join(' ');
}
