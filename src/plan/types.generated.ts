/* Generated from schemas/plan.schema.json by `npm run gen:types`; do not edit by hand. */

/**
 * Dòng trên cùng bên trái, chữ in hoa, không đậm: "UBND TỈNH SÓC TRĂNG". Bỏ khóa này khi cơ quan ban hành không có cơ quan chủ quản (Ủy ban nhân dân). Một dòng, hoặc danh sách các dòng để tự chọn chỗ xuống dòng.
 */
export type Lines = Line | [Line, ...Line[]];
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển: tên cơ quan, địa danh, người ký, nơi nhận.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Line".
 */
export type Line = string;
/**
 * Tên cơ quan ban hành, in hoa đậm: "SỞ GIÁO DỤC VÀ ĐÀO TẠO". Tên dài ghi thành danh sách các dòng, ngắt ở chỗ hợp lý (không ngắt giữa tên người): [TRƯỜNG THPT CHUYÊN, NGUYỄN THỊ MINH KHAI]. Ủy ban nhân dân không có cơ quan chủ quản: [ỦY BAN NHÂN DÂN, HUYỆN PHÚ TÂN].
 */
export type Lines1 = Line | [Line, ...Line[]];
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển: tên cơ quan, địa danh, người ký, nơi nhận.
 */
export type Line1 = string;
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển: tên cơ quan, địa danh, người ký, nơi nhận.
 */
export type Line2 = string;
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển: tên cơ quan, địa danh, người ký, nơi nhận.
 */
export type Line3 = string;
/**
 * Dòng trích yếu dưới chữ "KẾ HOẠCH", ví dụ "Tuyên truyền cải cách hành chính năm 2025". Được dùng {{…}} để tham chiếu.
 */
export type ProseLine = string;
/**
 * Các đoạn "Căn cứ …", "Thực hiện …" trước phần I, mỗi phần tử một đoạn.
 */
export type Paragraphs = Prose | [Prose | BodyTable, ...(Prose | BodyTable)[]];
/**
 * Một đoạn văn. *nghiêng*, **đậm**; {{targets.khoa}}, {{units.khoa}} (tên viết tắt), {{units.khoa.name}} (tên đầy đủ), {{year}} để tham chiếu.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Prose".
 */
export type Prose = string;
/**
 * Tên bảng, in đậm trên bảng. Không bắt buộc.
 */
export type ProseLine1 = string;
/**
 * Tiêu đề một cột, một dòng; để trống ("") khi cột không có tiêu đề, như ô gộp của văn bản gốc.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "GridHeading".
 */
export type GridHeading = string;
/**
 * Một ô, một dòng, như văn bản một dòng ({{…}}, *nghiêng*, **đậm**); để trống ("") khi ô không có chữ.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "GridCell".
 */
export type GridCell = string;
/**
 * Một con số (80), một chuỗi ("100%", "04 số/tháng") hoặc {value, unit, label}.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Target".
 */
export type Target =
  | number
  | Line
  | {
      /**
       * Con số của chỉ tiêu.
       */
      value: number;
      unit?: Line4;
      label?: Line5;
    };
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển: tên cơ quan, địa danh, người ký, nơi nhận.
 */
export type Line4 = string;
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển: tên cơ quan, địa danh, người ký, nơi nhận.
 */
export type Line5 = string;
/**
 * Tên đầy đủ (chuỗi), hoặc {name, short}.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Unit".
 */
export type Unit =
  | Line
  | {
      name: Line6;
      short?: Line7;
    };
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển: tên cơ quan, địa danh, người ký, nơi nhận.
 */
export type Line6 = string;
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển: tên cơ quan, địa danh, người ký, nơi nhận.
 */
export type Line7 = string;
/**
 * Tùy chọn. Mã ổn định để so sánh kế hoạch giữa các năm (cchc-plan diff) khi thứ tự thay đổi.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Id".
 */
export type Id = string;
/**
 * "MỤC TIÊU, YÊU CẦU" (không ghi số La Mã: số được đánh tự động).
 */
export type ProseLine2 = string;
/**
 * Đoạn văn ngay dưới tiêu đề.
 */
export type Paragraphs1 = Prose | [Prose | BodyTable, ...(Prose | BodyTable)[]];
/**
 * Danh sách ý "- …".
 *
 * @minItems 1
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Items".
 */
export type Items = [Item, ...Item[]];
/**
 * Một ý "- …"; dạng {text, items} khi có ý con "+ …". Dấu gạch được thêm khi dựng.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Item".
 */
export type Item =
  | Prose
  | {
      text: Prose1;
      /**
       * Các ý con, mỗi ý một chuỗi.
       *
       * @minItems 1
       */
      items?: [Prose, ...Prose[]];
    };
/**
 * Một đoạn văn. *nghiêng*, **đậm**; {{targets.khoa}}, {{units.khoa}} (tên viết tắt), {{units.khoa.name}} (tên đầy đủ), {{year}} để tham chiếu.
 */
export type Prose1 = string;
/**
 * "Mục tiêu" (in đậm). Bỏ trống khi tiểu mục chỉ là một đoạn đánh số.
 */
export type ProseLine3 = string;
/**
 * Đoạn văn của tiểu mục.
 */
export type Paragraphs2 = Prose | [Prose | BodyTable, ...(Prose | BodyTable)[]];
/**
 * Tiêu đề sau "a)".
 */
export type ProseLine4 = string;
/**
 * Đoạn văn của điểm.
 */
export type Paragraphs3 = Prose | [Prose | BodyTable, ...(Prose | BodyTable)[]];
/**
 * Đoạn văn sau các gạch đầu dòng.
 */
export type Paragraphs4 = Prose | [Prose | BodyTable, ...(Prose | BodyTable)[]];
/**
 * Đoạn văn sau các điểm, ví dụ "*(Có phụ lục … kèm theo)*".
 */
export type Paragraphs5 = Prose | [Prose | BodyTable, ...(Prose | BodyTable)[]];
/**
 * Đoạn văn sau các tiểu mục của mục này.
 */
export type Paragraphs6 = Prose | [Prose | BodyTable, ...(Prose | BodyTable)[]];
/**
 * Đoạn sau mục cuối cùng, ví dụ "Trên đây là Kế hoạch …/.".
 */
export type Paragraphs7 = Prose | [Prose | BodyTable, ...(Prose | BodyTable)[]];
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển: tên cơ quan, địa danh, người ký, nơi nhận.
 */
export type Line8 = string;
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển: tên cơ quan, địa danh, người ký, nơi nhận.
 */
export type Line9 = string;
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển: tên cơ quan, địa danh, người ký, nơi nhận.
 */
export type Line10 = string;
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển: tên cơ quan, địa danh, người ký, nơi nhận.
 */
export type Line11 = string;
/**
 * In hoa khi dựng: "PHÂN CÔNG NHIỆM VỤ TUYÊN TRUYỀN CCHC NĂM 2025".
 */
export type ProseLine5 = string;
/**
 * kind: assignments (phân công theo tháng, mặc định), rota (luân phiên viết tin bài theo quý) hoặc table (bảng tự do).
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Table".
 */
export type Table = AssignmentTable | RotaTable | FreeTable;
/**
 * Chữ thường không dấu, số và gạch dưới, bắt đầu bằng chữ: tccb, udcntt, trained.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Key".
 */
export type Key = string;
/**
 * Như một đoạn văn ({{…}}, *nghiêng*, **đậm**) nhưng in trên một dòng hoặc một ô: tiêu đề, ô bảng. Văn bản dài viết dạng khối ">-" (các dòng nối bằng dấu cách), không xuống dòng.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "ProseLine".
 */
export type ProseLine6 = string;
/**
 * Một dòng, hoặc danh sách các dòng khi muốn tự chọn chỗ xuống dòng: [SỞ GIÁO DỤC VÀ ĐÀO TẠO, TỈNH BẠC LIÊU].
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Lines".
 */
export type Lines2 = Line | [Line, ...Line[]];
/**
 * Một đoạn, hoặc danh sách các đoạn; một phần tử có thể là một bảng: - table: { columns: […], rows: […] }.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Paragraphs".
 */
export type Paragraphs8 = Prose | [Prose | BodyTable, ...(Prose | BodyTable)[]];
/**
 * Khóa đơn vị (tccb), một dòng chữ, hoặc chữ có tham chiếu {{units.tccb}}.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Cell".
 */
export type Cell = ProseLine6;
/**
 * Một ô, hoặc danh sách được nối bằng dấu phẩy.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Cells".
 */
export type Cells = Cell | [Cell, ...Cell[]];
/**
 * Số tháng 1–12.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Month".
 */
export type Month = number;
/**
 * Một tháng (3) hoặc danh sách tháng ([2, 3]).
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Months".
 */
export type Months = Month | [Month, ...Month[]];
/**
 * Như một đoạn văn ({{…}}, *nghiêng*, **đậm**) nhưng in trên một dòng hoặc một ô: tiêu đề, ô bảng. Văn bản dài viết dạng khối ">-" (các dòng nối bằng dấu cách), không xuống dòng.
 */
export type ProseLine7 = string;
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển: tên cơ quan, địa danh, người ký, nơi nhận.
 */
export type Line12 = string;
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển: tên cơ quan, địa danh, người ký, nơi nhận.
 */
export type Line13 = string;
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển: tên cơ quan, địa danh, người ký, nơi nhận.
 */
export type Line14 = string;
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển: tên cơ quan, địa danh, người ký, nơi nhận.
 */
export type Line15 = string;
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển: tên cơ quan, địa danh, người ký, nơi nhận.
 */
export type Line16 = string;
/**
 * Như một đoạn văn ({{…}}, *nghiêng*, **đậm**) nhưng in trên một dòng hoặc một ô: tiêu đề, ô bảng. Văn bản dài viết dạng khối ">-" (các dòng nối bằng dấu cách), không xuống dòng.
 */
export type ProseLine8 = string;
/**
 * Như một đoạn văn ({{…}}, *nghiêng*, **đậm**) nhưng in trên một dòng hoặc một ô: tiêu đề, ô bảng. Văn bản dài viết dạng khối ">-" (các dòng nối bằng dấu cách), không xuống dòng.
 */
export type ProseLine9 = string;
/**
 * Khóa đơn vị (tccb), một dòng chữ, hoặc chữ có tham chiếu {{units.tccb}}.
 */
export type Cell1 = ProseLine6;
/**
 * Khóa, tên, hoặc danh sách.
 */
export type Cells1 = Cell | [Cell, ...Cell[]];
/**
 * Tháng (3) hoặc các tháng ([3, 9]); ô ghi "Tháng 3 năm 2025".
 */
export type Months1 = Month | [Month, ...Month[]];
/**
 * Như một đoạn văn ({{…}}, *nghiêng*, **đậm**) nhưng in trên một dòng hoặc một ô: tiêu đề, ô bảng. Văn bản dài viết dạng khối ">-" (các dòng nối bằng dấu cách), không xuống dòng.
 */
export type ProseLine10 = string;
/**
 * "Phân công nhiệm vụ viết tin, bài đăng chuyên trang CCHC tỉnh Sóc Trăng". Không bắt buộc: phụ lục có thể đi thẳng từ dòng "(Kèm theo …)" vào bảng.
 */
export type ProseLine11 = string;
/**
 * Nội dung dòng, {{quarter}} là quý bằng số La Mã: "Cộng tác tin bài … trong quý {{quarter}}".
 */
export type ProseLine12 = string;
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển: tên cơ quan, địa danh, người ký, nơi nhận.
 */
export type Line17 = string;
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển: tên cơ quan, địa danh, người ký, nơi nhận.
 */
export type Line18 = string;
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển: tên cơ quan, địa danh, người ký, nơi nhận.
 */
export type Line19 = string;
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển: tên cơ quan, địa danh, người ký, nơi nhận.
 */
export type Line20 = string;
/**
 * Ghi thay cho nhiệm vụ chung của bảng.
 */
export type ProseLine13 = string;
/**
 * Khóa đơn vị hoặc tên.
 */
export type Cell2 = ProseLine6;
/**
 * Khóa, tên, hoặc danh sách.
 */
export type Cells2 = Cell | [Cell, ...Cell[]];
/**
 * Các tháng trong quý: [2, 3].
 */
export type Months2 = Month | [Month, ...Month[]];
/**
 * Như một đoạn văn ({{…}}, *nghiêng*, **đậm**) nhưng in trên một dòng hoặc một ô: tiêu đề, ô bảng. Văn bản dài viết dạng khối ">-" (các dòng nối bằng dấu cách), không xuống dòng.
 */
export type ProseLine14 = string;

/**
 * Một kế hoạch (một năm hoặc một giai đoạn) dưới dạng dữ liệu. cchc-plan kiểm tra tệp này rồi dựng văn bản Word theo Nghị định 30/2020/NĐ-CP.
 */
export interface Plan {
  header: Header;
  /**
   * Một năm (2025) hoặc một giai đoạn nhiều năm ("2022-2025"). Năm đầu là năm của kế hoạch: các ô "Tháng 3 năm 2025" dùng năm này.
   */
  period: number | string;
  title: ProseLine;
  preamble?: Paragraphs;
  /**
   * Các chỉ tiêu, mỗi chỉ tiêu một khóa, được viết trong văn bản bằng {{targets.khoa}} để con số chỉ ghi một lần.
   */
  targets?: {
    [k: string]: Target;
  };
  /**
   * Các đơn vị, cơ quan xuất hiện trong bảng và văn bản, khai báo một lần rồi dùng khóa (tccb, vp, snv …).
   */
  units?: {
    [k: string]: Unit;
  };
  /**
   * Thân kế hoạch: các mục đánh số La Mã theo thứ tự.
   *
   * @minItems 1
   */
  sections: [Section, ...Section[]];
  closing?: Paragraphs7;
  signer?: Signer;
  /**
   * Các nơi nhận, mỗi dòng một nơi, không cần gạch đầu dòng và dấu chấm phẩy: chúng được thêm khi dựng. Dòng "Lưu: …" khai báo ở khóa archive.
   *
   * @minItems 1
   */
  recipients: [Line10, ...Line10[]];
  /**
   * Dòng cuối của Nơi nhận: "Lưu: VT, TCCB.". Ghi danh sách [VT, TCCB] hoặc một chuỗi.
   */
  archive: Line | [Line11, ...Line11[]];
  /**
   * Không, một hoặc nhiều phụ lục; mỗi phụ lục sang trang mới và có bảng riêng.
   */
  appendices?: Appendix[];
}
/**
 * Tên cơ quan, số, ký hiệu, địa danh và ngày tháng.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Header".
 */
export interface Header {
  parent?: Lines;
  agency: Lines1;
  name?: Line1;
  code: Line2;
  /**
   * Chữ viết tắt loại văn bản theo Phụ lục III Nghị định 30: KH (Kế hoạch, mặc định), CTr (Chương trình) …
   */
  type?: 'KH' | 'CTr' | 'PA' | 'ĐA' | 'HD' | 'BC' | 'TB' | 'QĐ' | 'TTr' | 'CT';
  /**
   * Số đăng ký; để trống (hoặc bỏ khóa) khi chưa lấy số. Số dưới 10 viết có số 0 đứng trước: 05.
   */
  number?: number | string | null;
  place: Line3;
  /**
   * YYYY-MM-DD; bản dự thảo có thể để trống ngày (YYYY-MM) hoặc cả ngày và tháng (YYYY).
   */
  date: number | string;
}
/**
 * Một bảng ở chỗ một đoạn văn: - table: { columns: [STT, Nội dung], rows: [[1, …]] }.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "BodyTable".
 */
export interface BodyTable {
  table: Grid;
}
/**
 * Một bảng đặt giữa các đoạn văn, trong khổ dọc: { title, columns, rows } như bảng tự do của phụ lục, ví dụ chỉ tiêu "STT | Nội dung | Số lượng | Thời gian".
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Grid".
 */
export interface Grid {
  title?: ProseLine1;
  /**
   * Tiêu đề các cột.
   *
   * @minItems 1
   */
  columns: [GridHeading, ...GridHeading[]];
  /**
   * Độ rộng tương đối của các cột, mỗi cột một số: [1, 6, 2, 2] cho STT hẹp, nội dung rộng. Mặc định các cột rộng bằng nhau.
   *
   * @minItems 1
   */
  widths?: [number, ...number[]];
  /**
   * Căn lề chữ trong từng cột, mỗi cột một giá trị: left (trái), center (giữa), right (phải), ví dụ [center, left, center, left]. Mặc định: cột STT và cột toàn số ở giữa, còn lại căn trái.
   *
   * @minItems 1
   */
  align?: ['left' | 'center' | 'right', ...('left' | 'center' | 'right')[]];
  /**
   * Mỗi dòng một danh sách ô, đủ số cột.
   *
   * @minItems 1
   */
  rows: [GridCell[], ...GridCell[][]];
}
/**
 * Một mục đánh số La Mã: tiêu đề in hoa, rồi đoạn văn, gạch đầu dòng, các tiểu mục 1., 2., … và đoạn sau.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Section".
 */
export interface Section {
  id?: Id;
  title: ProseLine2;
  text?: Paragraphs1;
  items?: Items;
  /**
   * Các tiểu mục đánh số Ả Rập.
   *
   * @minItems 1
   */
  parts?: [Part, ...Part[]];
  closing?: Paragraphs6;
}
/**
 * Tiểu mục đánh số Ả Rập; không có tiêu đề thì đoạn văn đầu tiên đứng ngay sau số.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Part".
 */
export interface Part {
  id?: Id;
  title?: ProseLine3;
  text?: Paragraphs2;
  items?: Items;
  /**
   * Các điểm đánh chữ cái.
   *
   * @minItems 1
   */
  parts?: [Point, ...Point[]];
  closing?: Paragraphs5;
}
/**
 * Điểm đánh chữ cái theo thứ tự tiếng Việt (a, b, c, d, đ, e …).
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Point".
 */
export interface Point {
  id?: Id;
  title?: ProseLine4;
  text?: Paragraphs3;
  items?: Items;
  closing?: Paragraphs4;
}
/**
 * Thẩm quyền, chức vụ và họ tên người ký.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Signer".
 */
export interface Signer {
  /**
   * Dòng thẩm quyền trên chức vụ: "KT. GIÁM ĐỐC" (TM., Q., KT., TL., TUQ.). Thẩm quyền tập thể trên cấp phó ghi thành danh sách hai dòng: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH].
   */
  authority?: string | [string] | [string, string];
  title: Line8;
  name?: Line9;
}
/**
 * Một phụ lục: tiêu đề và một hoặc nhiều bảng.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Appendix".
 */
export interface Appendix {
  id?: Id;
  title: ProseLine5;
  /**
   * Năm của các bảng của phụ lục trong kế hoạch nhiều năm ("2026 - 2027"): "Tháng 12 năm 2027". Mặc định là năm của bảng, của phụ lục, rồi năm đầu của kế hoạch.
   */
  year?: number;
  /**
   * Các bảng của phụ lục, đánh số 1., 2. khi có từ hai bảng.
   *
   * @minItems 1
   */
  tables: [Table, ...Table[]];
}
/**
 * Mỗi dòng: nội dung, hình thức, đơn vị chủ trì, đơn vị phối hợp, tháng.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "AssignmentTable".
 */
export interface AssignmentTable {
  /**
   * assignments
   */
  kind?: 'assignments';
  title?: ProseLine7;
  /**
   * Mặc định true: bảng phân công cả năm, tháng nào không có việc thì validate cảnh báo. Ghi false cho bảng chỉ gồm vài tháng (một đợt, một chuyên đề).
   */
  monthly?: boolean;
  /**
   * Năm của các dòng của bảng trong kế hoạch nhiều năm ("2026 - 2027"): "Tháng 12 năm 2027". Mặc định là năm của bảng, của phụ lục, rồi năm đầu của kế hoạch.
   */
  year?: number;
  /**
   * Đổi tiêu đề cột mặc định của mẫu.
   */
  columns?: {
    content?: Line12;
    form?: Line13;
    lead?: Line14;
    with?: Line15;
    when?: Line16;
  };
  /**
   * Các hoạt động, đánh số tự động.
   *
   * @minItems 1
   */
  rows: [Assignment, ...Assignment[]];
}
/**
 * Một dòng của bảng phân công.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Assignment".
 */
export interface Assignment {
  id?: Id;
  content: ProseLine8;
  form: ProseLine9;
  lead: Cell1;
  with?: Cells1;
  month?: Months1;
  /**
   * Năm của dòng này trong kế hoạch nhiều năm ("2026 - 2027"): "Tháng 12 năm 2027". Mặc định là năm của bảng, của phụ lục, rồi năm đầu của kế hoạch.
   */
  year?: number;
  when?: ProseLine10;
}
/**
 * Mỗi dòng: quý, đơn vị phụ trách, cơ quan phối hợp, các tháng.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "RotaTable".
 */
export interface RotaTable {
  /**
   * rota
   */
  kind: 'rota';
  title?: ProseLine11;
  /**
   * Năm của các dòng của bảng trong kế hoạch nhiều năm ("2026 - 2027"): "Tháng 12 năm 2027". Mặc định là năm của bảng, của phụ lục, rồi năm đầu của kế hoạch.
   */
  year?: number;
  task?: ProseLine12;
  /**
   * Đổi tiêu đề cột mặc định của mẫu.
   */
  columns?: {
    task?: Line17;
    lead?: Line18;
    with?: Line19;
    when?: Line20;
  };
  /**
   * Một dòng mỗi lượt.
   *
   * @minItems 1
   */
  rows: [RotaTurn, ...RotaTurn[]];
}
/**
 * Đơn vị phụ trách trong một quý và các tháng gửi bài.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "RotaTurn".
 */
export interface RotaTurn {
  id?: Id;
  /**
   * 1–4.
   */
  quarter: number;
  task?: ProseLine13;
  lead: Cell2;
  with?: Cells2;
  months: Months2;
  /**
   * Năm của dòng này trong kế hoạch nhiều năm ("2026 - 2027"): "Tháng 12 năm 2027". Mặc định là năm của bảng, của phụ lục, rồi năm đầu của kế hoạch.
   */
  year?: number;
}
/**
 * Bảng với tiêu đề cột và các dòng chữ tùy ý.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "FreeTable".
 */
export interface FreeTable {
  /**
   * table
   */
  kind: 'table';
  title?: ProseLine14;
  /**
   * Tiêu đề các cột.
   *
   * @minItems 1
   */
  columns: [Line, ...Line[]];
  /**
   * Độ rộng tương đối của các cột, mỗi cột một số: [1, 6, 2, 2] cho STT hẹp, nội dung rộng. Mặc định các cột rộng bằng nhau.
   *
   * @minItems 1
   */
  widths?: [number, ...number[]];
  /**
   * Căn lề chữ trong từng cột, mỗi cột một giá trị: left (trái), center (giữa), right (phải), ví dụ [center, left, center, left]. Mặc định: cột STT và cột toàn số ở giữa, còn lại căn trái.
   *
   * @minItems 1
   */
  align?: ['left' | 'center' | 'right', ...('left' | 'center' | 'right')[]];
  /**
   * Mỗi dòng một danh sách ô, đủ số cột.
   *
   * @minItems 1
   */
  rows: [ProseLine6[], ...ProseLine6[][]];
}
