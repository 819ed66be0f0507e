// Generated plans for the benchmark: the 2025 plan's shape at any size, valid by construction.
const UNITS = { tccb: 'Phòng Tổ chức cán bộ', vp: 'Văn phòng', udcntt: 'Tổ Ứng dụng công nghệ thông tin', tructhuoc: 'các đơn vị trực thuộc Sở' };
const KEYS = Object.keys(UNITS);
const SENTENCE = 'Tuyên truyền mục tiêu, nhiệm vụ cải cách hành chính của tỉnh, của cơ quan, đơn vị; phản ánh những mặt mạnh, mặt hạn chế trong công tác CCHC';

const q = (s) => JSON.stringify(s);

/**
 * A plan with `rows` table rows and `paragraphs` body paragraphs (in sections of 20). With `appendices`
 * above 1 the rows are shared among that many appendices, alternately a five-column assignment table
 * (a landscape page) and a two-column table (portrait). With `aliases`, every twelfth row sets an anchor on
 * its cooperating units (`with: &w1 [vp, udcntt]`) and the row after it repeats them as an alias (`*w1`).
 */
export function generatePlan({ rows, paragraphs, code = 'SGDĐT', year = 2025, appendices = 1, aliases = false }) {
  const out = [];
  out.push('header:', '  parent: UBND TỈNH BENCH', '  agency: SỞ GIÁO DỤC VÀ ĐÀO TẠO', `  code: ${code}`, '  number: "05"', '  place: Sóc Trăng', `  date: ${year}-01-15`);
  out.push(`period: ${year}`, `title: Tuyên truyền cải cách hành chính năm ${year}`);
  out.push('targets:', '  trained: { value: 100, unit: "%", label: Được tập huấn }');
  out.push('units:');
  for (const [key, name] of Object.entries(UNITS)) out.push(`  ${key}: ${q(name)}`);
  out.push('sections:');
  const sections = Math.max(1, Math.ceil(paragraphs / 20));
  for (let s = 0; s < sections; s++) {
    out.push(`  - title: MỤC ${s + 1}`, '    text:');
    for (let p = 0; p < Math.min(20, paragraphs - s * 20); p++) out.push(`      - ${q(`${SENTENCE} (đoạn ${s * 20 + p + 1}), phấn đấu {{targets.trained}} công chức được tập huấn.`)}`);
  }
  out.push('signer: { title: GIÁM ĐỐC, name: Nguyễn Văn A }', 'recipients: [Sở Nội vụ]', 'archive: [VT]');
  if (rows > 0) {
    out.push('appendices:');
    for (let a = 0; a < appendices; a++) {
      const share = Math.ceil(rows / appendices);
      const count = Math.min(share, rows - a * share);
      out.push(`  - title: Phụ lục số ${a + 1}`, '    tables:');
      if (a % 2 === 0) {
        out.push('      - title: Phân công nhiệm vụ', '        rows:');
        for (let r = 0; r < count; r++) {
          out.push(`          - content: ${q(`Nội dung tuyên truyền số ${r + 1} về cải cách hành chính`)}`);
          out.push(`            form: Đăng tin trên website (mục CCHC)`);
          out.push(`            lead: ${KEYS[r % KEYS.length]}`);
          if (aliases && r % 12 === 0) out.push(`            with: &w${r / 12} [${KEYS[(r + 1) % KEYS.length]}, ${KEYS[(r + 2) % KEYS.length]}]`);
          else if (aliases && r % 12 === 1) out.push(`            with: *w${(r - 1) / 12}`);
          else out.push(`            with: ${KEYS[(r + 1) % KEYS.length]}`);
          out.push(`            month: ${(r % 12) + 1}`);
        }
      } else {
        out.push('      - kind: table', '        title: Lịch họp giao ban', '        columns: [Nội dung, Thời gian]', '        rows:');
        for (let r = 0; r < count; r++) out.push(`          - [${q(`Họp giao ban số ${r + 1} về cải cách hành chính`)}, Hằng tháng]`);
      }
    }
  }
  return out.join('\n') + '\n';
}
