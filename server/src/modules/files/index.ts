export {
  type DocumentType,
  documentExtensions,
  documentTypeOf,
  documentTypes,
  hasMagic,
  type ReceivedDocument,
  receiveDocument,
} from './file-types.ts';
export { canReadFile } from './files.policy.ts';
export { filesRoutes } from './files.routes.ts';
export {
  contentDisposition,
  type FileMeta,
  getFile,
  getFiles,
  pathOf,
  removeFile,
  type StoredFile,
  saveXlsxUpload,
  sendFile,
  storeBuffer,
  storeFromPath,
  tempPath,
  type UploadPart,
  XLSX_MEDIA_TYPE,
} from './files.service.ts';
export { openXlsx, type XlsxBook, type XlsxCell, XlsxError, type XlsxRow } from './xlsx-read.ts';
export {
  createXlsxWriter,
  MAX_SHEET_ROWS,
  type XlsxColumn,
  type XlsxValue,
  type XlsxWriter,
} from './xlsx-write.ts';
