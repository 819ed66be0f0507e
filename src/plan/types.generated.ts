/* Generated from schemas/plan.schema.json by `npm run gen:types`; do not edit by hand. */

/**
 * Dòng trích yếu dưới chữ "KẾ HOẠCH", ví dụ "Tuyên truyền cải cách hành chính năm 2025". Được dùng {{…}} để tham chiếu.
 */
export type Prose = string;
/**
 * Các đoạn "Căn cứ …", "Thực hiện …" trước phần I, mỗi phần tử một đoạn.
 */
export type Paragraphs = Prose1 | [Prose1, ...Prose1[]];
/**
 * Một đoạn văn. *nghiêng*, **đậm**; {{targets.khoa}}, {{units.khoa}} (tên viết tắt), {{units.khoa.name}} (tên đầy đủ), {{year}} để tham chiếu.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Prose".
 */
export type Prose1 = string;
/**
 * Một con số (80), một chuỗi ("100%", "04 số/tháng") hoặc {value, unit, label}.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Target".
 */
export type Target =
  | number
  | string
  | {
      /**
       * Con số của chỉ tiêu.
       */
      value: number;
      /**
       * "%" (kiểm tra trong khoảng 0–100), "tin, bài/tháng" …
       */
      unit?: string;
      /**
       * Chỉ tiêu nói về điều gì; dùng trong báo cáo so sánh.
       */
      label?: string;
    };
/**
 * Tên đầy đủ (chuỗi), hoặc {name, short}.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Unit".
 */
export type Unit =
  | string
  | {
      /**
       * "Phòng Tổ chức cán bộ".
       */
      name: string;
      /**
       * Tên dùng trong bảng: "Phòng TCCB". Mặc định là tên đầy đủ.
       */
      short?: string;
    };
/**
 * Tùy chọn. Mã ổn định để so sánh kế hoạch giữa các năm (cchc-plan diff) khi thứ tự thay đổi.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Id".
 */
export type Id = string;
/**
 * Một đoạn văn. *nghiêng*, **đậm**; {{targets.khoa}}, {{units.khoa}} (tên viết tắt), {{units.khoa.name}} (tên đầy đủ), {{year}} để tham chiếu.
 */
export type Prose2 = string;
/**
 * Đoạn văn ngay dưới tiêu đề.
 */
export type Paragraphs1 = Prose1 | [Prose1, ...Prose1[]];
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
  | Prose1
  | {
      text: Prose3;
      /**
       * Các ý con, mỗi ý một chuỗi.
       *
       * @minItems 1
       */
      items?: [Prose1, ...Prose1[]];
    };
/**
 * Một đoạn văn. *nghiêng*, **đậm**; {{targets.khoa}}, {{units.khoa}} (tên viết tắt), {{units.khoa.name}} (tên đầy đủ), {{year}} để tham chiếu.
 */
export type Prose3 = string;
/**
 * Một đoạn văn. *nghiêng*, **đậm**; {{targets.khoa}}, {{units.khoa}} (tên viết tắt), {{units.khoa.name}} (tên đầy đủ), {{year}} để tham chiếu.
 */
export type Prose4 = string;
/**
 * Đoạn văn của tiểu mục.
 */
export type Paragraphs2 = Prose1 | [Prose1, ...Prose1[]];
/**
 * Một đoạn văn. *nghiêng*, **đậm**; {{targets.khoa}}, {{units.khoa}} (tên viết tắt), {{units.khoa.name}} (tên đầy đủ), {{year}} để tham chiếu.
 */
export type Prose5 = string;
/**
 * Đoạn văn của điểm.
 */
export type Paragraphs3 = Prose1 | [Prose1, ...Prose1[]];
/**
 * Đoạn văn sau các gạch đầu dòng.
 */
export type Paragraphs4 = Prose1 | [Prose1, ...Prose1[]];
/**
 * Đoạn văn sau các điểm, ví dụ "*(Có phụ lục … kèm theo)*".
 */
export type Paragraphs5 = Prose1 | [Prose1, ...Prose1[]];
/**
 * Đoạn văn sau các tiểu mục của mục này.
 */
export type Paragraphs6 = Prose1 | [Prose1, ...Prose1[]];
/**
 * Đoạn sau mục cuối cùng, ví dụ "Trên đây là Kế hoạch …/.".
 */
export type Paragraphs7 = Prose1 | [Prose1, ...Prose1[]];
/**
 * Một đoạn văn. *nghiêng*, **đậm**; {{targets.khoa}}, {{units.khoa}} (tên viết tắt), {{units.khoa.name}} (tên đầy đủ), {{year}} để tham chiếu.
 */
export type Prose6 = string;
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
 * Một đoạn, hoặc danh sách các đoạn.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Paragraphs".
 */
export type Paragraphs8 = Prose1 | [Prose1, ...Prose1[]];
/**
 * Khóa đơn vị (tccb), một dòng chữ, hoặc chữ có tham chiếu {{units.tccb}}.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Cell".
 */
export type Cell = string;
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
 * Một đoạn văn. *nghiêng*, **đậm**; {{targets.khoa}}, {{units.khoa}} (tên viết tắt), {{units.khoa.name}} (tên đầy đủ), {{year}} để tham chiếu.
 */
export type Prose7 = string;
/**
 * Một đoạn văn. *nghiêng*, **đậm**; {{targets.khoa}}, {{units.khoa}} (tên viết tắt), {{units.khoa.name}} (tên đầy đủ), {{year}} để tham chiếu.
 */
export type Prose8 = string;
/**
 * Một đoạn văn. *nghiêng*, **đậm**; {{targets.khoa}}, {{units.khoa}} (tên viết tắt), {{units.khoa.name}} (tên đầy đủ), {{year}} để tham chiếu.
 */
export type Prose9 = string;
/**
 * Khóa đơn vị (tccb), một dòng chữ, hoặc chữ có tham chiếu {{units.tccb}}.
 */
export type Cell1 = string;
/**
 * Khóa, tên, hoặc danh sách.
 */
export type Cells1 = Cell | [Cell, ...Cell[]];
/**
 * Tháng (3) hoặc các tháng ([3, 9]); ô ghi "Tháng 3 năm 2025".
 */
export type Months1 = Month | [Month, ...Month[]];
/**
 * Một đoạn văn. *nghiêng*, **đậm**; {{targets.khoa}}, {{units.khoa}} (tên viết tắt), {{units.khoa.name}} (tên đầy đủ), {{year}} để tham chiếu.
 */
export type Prose10 = string;
/**
 * Một đoạn văn. *nghiêng*, **đậm**; {{targets.khoa}}, {{units.khoa}} (tên viết tắt), {{units.khoa.name}} (tên đầy đủ), {{year}} để tham chiếu.
 */
export type Prose11 = string;
/**
 * Một đoạn văn. *nghiêng*, **đậm**; {{targets.khoa}}, {{units.khoa}} (tên viết tắt), {{units.khoa.name}} (tên đầy đủ), {{year}} để tham chiếu.
 */
export type Prose12 = string;
/**
 * Một đoạn văn. *nghiêng*, **đậm**; {{targets.khoa}}, {{units.khoa}} (tên viết tắt), {{units.khoa.name}} (tên đầy đủ), {{year}} để tham chiếu.
 */
export type Prose13 = string;
/**
 * Khóa đơn vị hoặc tên.
 */
export type Cell2 = string;
/**
 * Khóa, tên, hoặc danh sách.
 */
export type Cells2 = Cell | [Cell, ...Cell[]];
/**
 * Các tháng trong quý: [2, 3].
 */
export type Months2 = Month | [Month, ...Month[]];
/**
 * Một đoạn văn. *nghiêng*, **đậm**; {{targets.khoa}}, {{units.khoa}} (tên viết tắt), {{units.khoa.name}} (tên đầy đủ), {{year}} để tham chiếu.
 */
export type Prose14 = string;

/**
 * Một kế hoạch (một năm hoặc một giai đoạn) dưới dạng dữ liệu. cchc-plan kiểm tra tệp này rồi dựng văn bản Word theo Nghị định 30/2020/NĐ-CP.
 */
export interface Plan {
  header: Header;
  /**
   * Một năm (2025) hoặc một giai đoạn nhiều năm ("2022-2025"). Năm đầu là năm của kế hoạch: các ô "Tháng 3 năm 2025" dùng năm này.
   */
  period: number | string;
  title: Prose;
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
  recipients: [string, ...string[]];
  /**
   * Dòng cuối của Nơi nhận: "Lưu: VT, TCCB.". Ghi danh sách [VT, TCCB] hoặc một chuỗi.
   */
  archive: string | [string, ...string[]];
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
  /**
   * Dòng trên cùng bên trái, chữ in hoa: "UBND TỈNH SÓC TRĂNG".
   */
  parent: string;
  /**
   * Dòng thứ hai, in hoa đậm: "SỞ GIÁO DỤC VÀ ĐÀO TẠO".
   */
  agency: string;
  /**
   * Tên cơ quan ban hành viết thường, dùng trong câu: "Sở Giáo dục và Đào tạo" (dòng "Kèm theo Kế hoạch số … của …" ở phụ lục). Mặc định là tên in hoa.
   */
  name?: string;
  /**
   * Phần sau dấu gạch của ký hiệu: "SGDĐT" trong "Số: 05/KH-SGDĐT". Không có khoảng trắng.
   */
  code: string;
  /**
   * Chữ viết tắt loại văn bản theo Phụ lục III Nghị định 30: KH (Kế hoạch, mặc định), CTr (Chương trình) …
   */
  type?: 'KH' | 'CTr' | 'PA' | 'ĐA' | 'HD' | 'BC' | 'TB' | 'QĐ' | 'TTr' | 'CT';
  /**
   * Số đăng ký; để trống (hoặc bỏ khóa) khi chưa lấy số. Số dưới 10 viết có số 0 đứng trước: 05.
   */
  number?: number | string | null;
  /**
   * Địa danh trước ngày tháng: "Sóc Trăng", "Thành phố Hồ Chí Minh".
   */
  place: string;
  /**
   * YYYY-MM-DD; bản dự thảo có thể để trống ngày (YYYY-MM) hoặc cả ngày và tháng (YYYY).
   */
  date: number | string;
}
/**
 * Một mục đánh số La Mã: tiêu đề in hoa, rồi đoạn văn, gạch đầu dòng, các tiểu mục 1., 2., … và đoạn sau.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Section".
 */
export interface Section {
  id?: Id;
  title: Prose2;
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
  title?: Prose4;
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
  title?: Prose5;
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
   * Dòng trên chức vụ khi ký thay: "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN", "Q. GIÁM ĐỐC", "TL. GIÁM ĐỐC", "TUQ. GIÁM ĐỐC".
   */
  authority?: string;
  /**
   * "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "HIỆU TRƯỞNG".
   */
  title: string;
  /**
   * Không ghi học hàm, học vị. Bản dự thảo có thể để trống.
   */
  name?: string;
}
/**
 * Một phụ lục: tiêu đề và một hoặc nhiều bảng.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Appendix".
 */
export interface Appendix {
  id?: Id;
  title: Prose6;
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
  title: Prose7;
  /**
   * Đổi tiêu đề cột mặc định của mẫu.
   */
  columns?: {
    /**
     * Mặc định "Nội dung tuyên truyền".
     */
    content?: string;
    /**
     * Mặc định "Hình thức tuyên truyền".
     */
    form?: string;
    /**
     * Mặc định "Đơn vị chủ trì".
     */
    lead?: string;
    /**
     * Mặc định "Đơn vị phối hợp".
     */
    with?: string;
    /**
     * Mặc định "Thời gian thực hiện".
     */
    when?: string;
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
  content: Prose8;
  form: Prose9;
  lead: Cell1;
  with?: Cells1;
  month?: Months1;
  when?: Prose10;
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
  title: Prose11;
  task?: Prose12;
  /**
   * Đổi tiêu đề cột mặc định của mẫu.
   */
  columns?: {
    /**
     * Mặc định "Nhiệm vụ".
     */
    task?: string;
    /**
     * Mặc định "Đơn vị phụ trách".
     */
    lead?: string;
    /**
     * Mặc định "Cơ quan phối hợp".
     */
    with?: string;
    /**
     * Mặc định "Thời gian thực hiện".
     */
    when?: string;
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
  task?: Prose13;
  lead: Cell2;
  with?: Cells2;
  months: Months2;
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
  title: Prose14;
  /**
   * Tiêu đề các cột.
   *
   * @minItems 1
   */
  columns: [string, ...string[]];
  /**
   * Mỗi dòng một danh sách ô, đủ số cột.
   *
   * @minItems 1
   */
  rows: [Prose1[], ...Prose1[][]];
}
