/* Generated from schemas/units.schema.json by `npm run gen:types`; do not edit by hand. */

/**
 * Dòng trên cùng bên trái trong phần đầu kế hoạch của đơn vị: "SỞ GDĐT SÓC TRĂNG". Mặc định là tên cơ quan ban hành trong kế hoạch của Sở.
 */
export type Lines = Line | [Line, ...Line[]];
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển.
 *
 * This interface was referenced by `UnitsFile`'s JSON-Schema
 * via the `definition` "Line".
 */
export type Line = string;
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển.
 */
export type Line1 = string;
/**
 * Chữ thường không dấu, số và gạch dưới, bắt đầu bằng chữ: thpt_hoang_loi. Cũng là tên thư mục plans/units/<khóa>/.
 *
 * This interface was referenced by `UnitsFile`'s JSON-Schema
 * via the `definition` "Key".
 */
export type Key = string;
/**
 * Khóa các nhóm đơn vị trong kế hoạch của Sở mà mọi đơn vị thuộc về: [tructhuoc, thuoc_tructhuoc]. Hoạt động giao cho nhóm có trong kế hoạch của mỗi đơn vị.
 */
export type Keys = Key[];
/**
 * Khóa các chỉ tiêu của Sở mà đơn vị kế thừa: [trained, posts]. Mặc định là tất cả.
 */
export type Keys1 = Key[];
/**
 * Chữ thường không dấu, số và gạch dưới, bắt đầu bằng chữ: thpt_hoang_loi. Cũng là tên thư mục plans/units/<khóa>/.
 */
export type Key1 = string;
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển.
 */
export type Line2 = string;
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển.
 */
export type Line3 = string;
/**
 * Dòng in hoa đậm trong phần đầu: "TRƯỜNG THPT HOÀNG LỢI"; danh sách hai dòng khi tên dài. Mặc định là name in hoa, ngắt dòng khi quá rộng.
 */
export type Lines1 = Line | [Line, ...Line[]];
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển.
 */
export type Line4 = string;
/**
 * Khóa các nhóm trong kế hoạch của Sở mà đơn vị thuộc về, thêm vào groups chung.
 */
export type Keys2 = Key[];
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển.
 */
export type Line5 = string;
/**
 * Một dòng chữ, không xuống dòng và không có ký tự điều khiển.
 */
export type Line6 = string;
/**
 * Các khóa trong kế hoạch của Sở: [tructhuoc, thuoc_tructhuoc].
 *
 * This interface was referenced by `UnitsFile`'s JSON-Schema
 * via the `definition` "Keys".
 */
export type Keys3 = Key[];
/**
 * Một dòng, hoặc danh sách các dòng khi muốn tự chọn chỗ xuống dòng.
 *
 * This interface was referenced by `UnitsFile`'s JSON-Schema
 * via the `definition` "Lines".
 */
export type Lines2 = Line | [Line, ...Line[]];

/**
 * Các đơn vị (trường, trung tâm) lập kế hoạch tuyên truyền CCHC căn cứ kế hoạch của Sở: cchc-plan derive viết cho mỗi đơn vị một kế hoạch khởi đầu, cchc-plan rollup tổng hợp tình hình của tất cả.
 */
export interface UnitsFile {
  parent?: Lines;
  report_to?: Line1;
  groups?: Keys;
  targets?: Keys1;
  /**
   * Mỗi đơn vị một phần tử: khóa, tên, chữ viết tắt, người ký; kế hoạch của đơn vị nằm ở plans/units/<khóa>/NĂM.yaml.
   *
   * @minItems 1
   */
  units: [Unit, ...Unit[]];
}
/**
 * Một trường, trung tâm hay đơn vị trực thuộc Sở.
 *
 * This interface was referenced by `UnitsFile`'s JSON-Schema
 * via the `definition` "Unit".
 */
export interface Unit {
  key: Key1;
  name: Line2;
  short?: Line3;
  agency?: Lines1;
  /**
   * Ký hiệu trong số văn bản "…/KH-THPTHL": chữ in hoa và số, các phần nối bằng "-".
   */
  code: string;
  place?: Line4;
  groups?: Keys2;
  /**
   * Thẩm quyền, chức vụ và họ tên người ký kế hoạch của đơn vị.
   */
  signer: {
    /**
     * Dòng thẩm quyền khi cấp phó ký thay: "KT. HIỆU TRƯỞNG".
     */
    authority?: string;
    title: Line5;
    name?: Line6;
  };
}
