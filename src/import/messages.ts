// What to tell a user whose file cannot be imported, and what to do about it, in both languages.
import type { Lang } from '../diagnostics/messages.js';
import { PART_LIMIT, type ImportError } from './package.js';

const LOOKED_FOR: Record<string, [string, string]> = {
  'doc-type': ['dòng loại văn bản ("KẾ HOẠCH") trong phần đầu', 'the document type line ("KẾ HOẠCH") near the top'],
  subject: ['dòng trích yếu dưới "KẾ HOẠCH"', 'the subject line under "KẾ HOẠCH"'],
  sections: ['các mục đánh số La Mã (I., II.) hoặc đề mục kiểu Heading 1', 'sections numbered I., II. or in the Heading 1 style'],
};

export function problemMessage(error: ImportError, file: string, lang: Lang): { message: string; fix?: string } {
  const en = lang === 'en';
  const mb = Math.round(PART_LIMIT / 1048576);
  switch (error.problem) {
    case 'pdf': return en
      ? { message: 'this is a PDF, not a Word document.', fix: 'Import the .docx the PDF was made from; a PDF holds no paragraphs or tables to read back.' }
      : { message: 'đây là tệp PDF, không phải văn bản Word.', fix: 'Hãy nhập tệp .docx đã dùng để tạo PDF; PDF không còn đoạn văn và bảng để đọc lại.' };
    case 'old-doc': return en
      ? { message: 'this is an old binary Word file (.doc); cchc-plan reads .docx.', fix: `Convert it first: soffice --headless --convert-to docx "${file}"` }
      : { message: 'đây là tệp Word cũ (.doc); cchc-plan đọc tệp .docx.', fix: `Chuyển đổi trước: soffice --headless --convert-to docx "${file}"` };
    case 'encrypted': return en
      ? { message: 'the document is protected by a password (encrypted).', fix: 'Open it in Word, remove the password (File > Info > Protect Document > Encrypt with Password, clear it), save, and run the command again.' }
      : { message: 'văn bản được đặt mật khẩu (mã hóa).', fix: 'Mở bằng Word, bỏ mật khẩu (File > Info > Protect Document > Encrypt with Password, xóa mật khẩu), lưu rồi chạy lại lệnh.' };
    case 'rtf': return en
      ? { message: 'this is an RTF file, not a .docx.', fix: `Convert it first: soffice --headless --convert-to docx "${file}"` }
      : { message: 'đây là tệp RTF, không phải .docx.', fix: `Chuyển đổi trước: soffice --headless --convert-to docx "${file}"` };
    case 'odt': return en
      ? { message: 'this is an OpenDocument file (.odt), not a .docx.', fix: `Convert it first: soffice --headless --convert-to docx "${file}"` }
      : { message: 'đây là tệp OpenDocument (.odt), không phải .docx.', fix: `Chuyển đổi trước: soffice --headless --convert-to docx "${file}"` };
    case 'not-zip': return en
      ? { message: 'this is not a Word document (.docx): it is not a zip package.', fix: 'Choose the .docx file of the plan.' }
      : { message: 'đây không phải văn bản Word (.docx): tệp không phải gói zip.', fix: 'Chọn tệp .docx của kế hoạch.' };
    case 'damaged-zip': return en
      ? { message: `the .docx is damaged and cannot be unzipped (${error.detail}).`, fix: 'Open it in Word or LibreOffice and save it again as .docx.' }
      : { message: `tệp .docx bị hỏng, không giải nén được (${error.detail}).`, fix: 'Mở bằng Word hoặc LibreOffice rồi lưu lại dạng .docx.' };
    case 'not-word': return en
      ? { message: `this is a zip package but not a Word document${error.detail ? ` (it looks like ${error.detail})` : ''}.`, fix: 'Choose the .docx file of the plan.' }
      : { message: `đây là gói zip nhưng không phải văn bản Word${error.detail ? ` (có vẻ là tệp ${error.detail})` : ''}.`, fix: 'Chọn tệp .docx của kế hoạch.' };
    case 'too-large': return en
      ? { message: `a part of the package unzips to more than ${mb} MB: ${error.detail}. No plan is that large; the file is refused.`, fix: 'Check where the file came from; save the plan again from Word.' }
      : { message: `một phần của tệp giải nén ra hơn ${mb} MB: ${error.detail}. Không kế hoạch nào lớn như vậy; tệp bị từ chối.`, fix: 'Kiểm tra nguồn của tệp; lưu lại kế hoạch từ Word.' };
    case 'bad-xml': return en
      ? { message: `the document's XML is not well formed (${error.detail}).`, fix: 'Open it in Word or LibreOffice and save it again as .docx.' }
      : { message: `XML của văn bản bị lỗi (${error.detail}).`, fix: 'Mở bằng Word hoặc LibreOffice rồi lưu lại dạng .docx.' };
    case 'no-plan': {
      const [vi, eng] = LOOKED_FOR[error.detail] ?? LOOKED_FOR['doc-type']!;
      return en
        ? { message: `no plan structure was recognised: found no ${eng}.`, fix: 'The import looks for the header (agency, "Số: …", place and date), the type line "KẾ HOẠCH" and its subject, sections I., II., … and "Nơi nhận:". Is this the plan itself?' }
        : { message: `không nhận ra cấu trúc kế hoạch: không thấy ${vi}.`, fix: 'Lệnh import tìm phần đầu (cơ quan, "Số: …", địa danh và ngày), dòng "KẾ HOẠCH" và trích yếu, các mục I., II., … và "Nơi nhận:". Đây có đúng là văn bản kế hoạch?' };
    }
  }
}
