/* Generated from schemas/results.schema.json by `npm run gen:types`; do not edit by hand. */

/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển.
 *
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "Line".
 */
export type Line = string;
/**
 * Ngày đã làm, YYYY-MM-DD.
 */
export type Date = string;
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển.
 */
export type Line1 = string;
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển.
 */
export type Line2 = string;
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển.
 */
export type Line3 = string;
/**
 * Ngày đăng, YYYY-MM-DD.
 */
export type Date1 = string;
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển.
 */
export type Line4 = string;
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển.
 */
export type Line5 = string;
/**
 * Mỗi phần tử một đoạn.
 */
export type Paragraphs = Prose | [Prose, ...Prose[]];
/**
 * Một đoạn văn; viết dạng khối ">-" khi dài. *nghiêng*, **đậm**.
 *
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "Prose".
 */
export type Prose = string;
/**
 * Mỗi phần tử một đoạn; các hoạt động của kỳ sau được thêm từ kế hoạch.
 */
export type Paragraphs1 = Prose | [Prose, ...Prose[]];
/**
 * Ngày dạng YYYY-MM-DD, ví dụ 2025-01-20; phải nằm trong thời kỳ của kế hoạch.
 *
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "Date".
 */
export type Date2 = string;
/**
 * Một đoạn, hoặc danh sách các đoạn.
 *
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "Paragraphs".
 */
export type Paragraphs2 = Prose | [Prose, ...Prose[]];

/**
 * Những gì đã làm trong năm theo một kế hoạch: kết quả từng hoạt động theo tháng, tin bài đã đăng, và nhận xét cho báo cáo quý. cchc-plan done và cchc-plan post ghi thêm vào tệp này; cchc-plan status và cchc-plan report đọc nó.
 */
export interface Results {
  /**
   * Kế hoạch được theo dõi: năm (2025 = plans/2025.yaml), hoặc đường dẫn tới tệp kế hoạch tính từ thư mục chứa tệp này.
   */
  plan: number | Line;
  /**
   * Mỗi phần tử là kết quả của một dòng trong bảng phân công, cho một tháng: đã làm (done, evidence) hoặc không làm được (not_done và lý do).
   */
  activities?: Entry[];
  /**
   * Các tin, bài đã đăng trên chuyên mục CCHC, mỗi tin một phần tử: đơn vị, ngày, tiêu đề, địa chỉ. Số tin của mỗi đơn vị trong tháng được so với chỉ tiêu.
   */
  posts?: Post[];
  /**
   * Phần "Tồn tại, hạn chế" và "Phương hướng" của từng báo cáo: q1, q2, q3, q4 (quý), h1 (6 tháng đầu năm), year (cả năm).
   */
  notes?: {
    [k: string]: PeriodNotes;
  };
  /**
   * Nơi nhận, dòng Lưu và người ký của báo cáo, khi khác với kế hoạch.
   */
  report?: {
    /**
     * Mỗi dòng một nơi nhận, ví dụ "Sở Nội vụ (để báo cáo)". Mặc định: Sở Nội vụ (để báo cáo).
     *
     * @minItems 1
     */
    recipients?: [Line, ...Line[]];
    /**
     * Dòng "Lưu: VT, TCCB.". Mặc định như kế hoạch.
     */
    archive?: Line | [Line, ...Line[]];
  };
}
/**
 * row: mã dòng (id của dòng, hoặc mã cchc-plan status in ra như a1t1r3: phụ lục 1, bảng 1, dòng 3); month: tháng; rồi done (ngày làm) với evidence, hoặc not_done (lý do).
 *
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "Entry".
 */
export interface Entry {
  /**
   * id của dòng trong bảng phân công, hoặc mã a1t1r3 (phụ lục 1, bảng 1, dòng 3) cho dòng không có id. cchc-plan status in mã của từng dòng.
   */
  row: string;
  /**
   * Tháng của kết quả (1–12). Bỏ trống khi dòng chỉ có một tháng.
   */
  month?: number;
  done?: Date;
  evidence?: Line1;
  note?: Line2;
  not_done?: Line3;
}
/**
 * Tin, bài đã đăng trên chuyên mục CCHC: unit (khóa đơn vị trong kế hoạch), date, title, url.
 *
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "Post".
 */
export interface Post {
  /**
   * Khóa đơn vị trong units: của kế hoạch (tccb, vp …).
   */
  unit: string;
  date: Date1;
  title: Line4;
  url: Line5;
}
/**
 * shortcomings: Tồn tại, hạn chế; next_steps: Phương hướng, nhiệm vụ kỳ tiếp theo.
 *
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "PeriodNotes".
 */
export interface PeriodNotes {
  shortcomings?: Paragraphs;
  next_steps?: Paragraphs1;
}
