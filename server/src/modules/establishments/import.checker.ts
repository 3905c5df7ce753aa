import type { ImportIssue } from '../../../../shared/schemas/establishments.ts';
import type { Db } from '../../db/client.ts';
import type { XlsxRow } from '../files/index.ts';
import * as repo from './establishments.repo.ts';
import { fieldsOf, type industryCatalogue, recordValues, sameRecord } from './establishments.values.ts';
import { type HeaderMap, isBlankRow, issue, type ParsedRow, parseRow, readHeader } from './import.parse.ts';
import { unitResolver } from './import.resolve.ts';
import { type StagedLine, stagedData } from './import.staging.ts';

export const IMPORT_MAX_ROWS = 200_000;
const MAX_LISTED_ISSUES = 100_000;
const BATCH = 1000;

/** Checks rows batch by batch: references resolved in bulk, matches found in bulk, valid rows staged. */
export class ImportChecker {
  header: HeaderMap | null = null;
  issues: ImportIssue[] = [];
  issueCount = 0;
  rowsWithIssues = 0;
  totalRows = 0;
  toCreate = 0;
  toUpdate = 0;
  unchanged = 0;
  stopped = false;
  private batch: ParsedRow[] = [];
  private inflight: Promise<void> | null = null;
  private readonly codes = new Map<string, number>();
  private readonly keys = new Map<string, number>();
  private readonly targets = new Map<string, number>();
  private readonly resolveUnit;
  private readonly year = new Date().getFullYear();

  constructor(
    private readonly db: Db,
    private readonly provinceCode: string,
    private readonly catalogue: Awaited<ReturnType<typeof industryCatalogue>>,
    /** Takes each batch's checked rows while the file has no problem (staging file, or the overlapped write). */
    private readonly sink: (lines: StagedLine[]) => Promise<void>,
  ) {
    this.resolveUnit = unitResolver(db, provinceCode);
  }

  private report(list: ImportIssue[]) {
    this.issueCount += list.length;
    for (const i of list) if (this.issues.length < MAX_LISTED_ISSUES) this.issues.push(i);
  }

  async add(row: XlsxRow): Promise<void> {
    if (this.stopped || isBlankRow(row)) return;
    if (!this.header) {
      const { map, issues } = readHeader(row);
      this.header = map;
      this.report(issues);
      if (issues.length) this.stopped = true;
      return;
    }
    this.totalRows++;
    if (this.totalRows > IMPORT_MAX_ROWS) {
      this.report([
        issue(
          row.n,
          '',
          '',
          'too_many_rows',
          `Tệp có hơn ${IMPORT_MAX_ROWS.toLocaleString('vi-VN')} dòng dữ liệu: hãy chia thành nhiều tệp.`,
        ),
      ]);
      this.totalRows--;
      this.stopped = true;
      return;
    }
    this.batch.push(parseRow(row, this.header, this.catalogue, this.year));
    if (this.batch.length >= BATCH) await this.dispatch();
  }

  /**
   * Hands the batch to the database checks and returns, so the next batch is read and parsed while this
   * one waits for its lookups; batches are checked one at a time, in file order (duplicates are found
   * against the rows before them), with at most one in flight.
   */
  private async dispatch(): Promise<void> {
    const rows = this.batch;
    this.batch = [];
    if (this.inflight) await this.inflight;
    const checking = this.check(rows);
    // Awaited by the next dispatch or by finish(); until then its failure must not go unhandled.
    checking.catch(() => {});
    this.inflight = checking;
  }

  /** Checks what is left and waits for every batch. */
  async finish(): Promise<void> {
    await this.dispatch();
    const last = this.inflight;
    this.inflight = null;
    await last;
  }

  /** After a failure: lets a batch still in flight end before its staging file is removed. */
  async settle(): Promise<void> {
    await this.inflight?.catch(() => {});
    this.inflight = null;
  }

  private async check(rows: ParsedRow[]): Promise<void> {
    if (rows.length === 0) return;
    const distinct = [...new Set(rows.map((r) => r.unitText).filter(Boolean))];
    for (let i = 0; i < distinct.length; i += 8)
      await Promise.all(distinct.slice(i, i + 8).map((text) => this.resolveUnit(text)));
    const units = await Promise.all(rows.map((r) => (r.unitText ? this.resolveUnit(r.unitText) : null)));
    const unitCol = 'Xã/phường, huyện, tỉnh';
    rows.forEach((r, i) => {
      const u = units[i];
      if (u && !('ok' in u)) r.issues.push(issue(r.rowNo, unitCol, r.unitText, u.code, u.message));
    });
    const codes = [
      ...new Set(rows.flatMap((r) => (r.fields.registrationCode ? [r.fields.registrationCode] : []))),
    ];
    const byCode = new Map((await repo.matchByCodes(this.db, codes)).map((x) => [x.registrationCode!, x]));
    // Rows a code already matched need no name + commune match.
    const pairs = rows.flatMap((r, i) => {
      const u = units[i];
      const matched = r.fields.registrationCode !== null && byCode.has(r.fields.registrationCode);
      return u && 'ok' in u && r.fields.name && !matched ? [{ nameKey: r.nameKey, unitId: u.ok.unitId }] : [];
    });
    const byNameRows = await repo.matchByNameAndUnit(this.db, this.provinceCode, pairs);
    const byName = new Map(byNameRows.map((x) => [`${x.nameKey}|${x.unitId}`, x]));
    const staged: StagedLine[] = [];
    for (const [i, r] of rows.entries()) {
      const u = units[i];
      const code = r.fields.registrationCode;
      const codeCol = 'Mã số thuế/Mã số ĐKKD';
      if (code) {
        const first = this.codes.get(code);
        if (first !== undefined)
          r.issues.push(
            issue(
              r.rowNo,
              codeCol,
              code,
              'duplicate_in_file',
              `Mã số trùng với dòng ${first} trong cùng tệp.`,
            ),
          );
        else this.codes.set(code, r.rowNo);
      }
      if (!u || !('ok' in u) || !r.fields.name) {
        this.finishRow(r);
        continue;
      }
      const key = `${r.nameKey}|${u.ok.unitId}`;
      const firstKey = this.keys.get(key);
      if (firstKey !== undefined && !code)
        r.issues.push(
          issue(
            r.rowNo,
            'Tên cơ sở',
            r.fields.name,
            'duplicate_in_file',
            `Trùng tên và đơn vị hành chính với dòng ${firstKey} trong cùng tệp (và không có mã số để phân biệt).`,
          ),
        );
      else if (firstKey === undefined) this.keys.set(key, r.rowNo);
      let target = code ? byCode.get(code) : undefined;
      if (target && target.provinceCode !== this.provinceCode) {
        r.issues.push(
          issue(
            r.rowNo,
            codeCol,
            code!,
            'code_other_province',
            'Mã số đã được đăng ký cho một cơ sở thuộc tỉnh/thành phố khác: không thể nhập hoặc ghi đè cơ sở của tỉnh khác.',
          ),
        );
        this.finishRow(r);
        continue;
      }
      if (!target) {
        const named = byName.get(key);
        if (named?.registrationCode && code && named.registrationCode !== code) {
          r.issues.push(
            issue(
              r.rowNo,
              codeCol,
              code,
              'match_conflict',
              `Cơ sở cùng tên tại cùng xã đã có mã số ${named.registrationCode}, khác mã số trong tệp. Hãy kiểm tra lại mã số.`,
            ),
          );
          this.finishRow(r);
          continue;
        }
        target = named;
      }
      if (target) {
        const other = this.targets.get(target.id);
        if (other !== undefined) {
          r.issues.push(
            issue(
              r.rowNo,
              'Tên cơ sở',
              r.fields.name,
              'duplicate_target',
              `Dòng này và dòng ${other} cùng trỏ tới một cơ sở đã có (${target.name}).`,
            ),
          );
          this.finishRow(r);
          continue;
        }
        this.targets.set(target.id, r.rowNo);
      }
      if (r.issues.length) {
        this.finishRow(r);
        continue;
      }
      if (
        target &&
        sameRecord({ ...r.fields, unitId: u.ok.unitId }, { ...fieldsOf(target), unitId: target.unitId })
      ) {
        this.unchanged++;
        continue;
      }
      if (target) this.toUpdate++;
      else this.toCreate++;
      // Once the file has a problem nothing will be written: stop staging, keep checking.
      if (this.issueCount === 0)
        staged.push({
          a: target ? 'u' : 'c',
          n: r.rowNo,
          d: stagedData(recordValues(r.fields, u.ok, r.nameKey), target),
        });
    }
    if (this.issueCount === 0) await this.sink(staged);
  }

  private finishRow(r: ParsedRow) {
    if (r.issues.length === 0) return;
    this.rowsWithIssues++;
    this.report(r.issues);
  }

  finalIssues(): void {
    if (!this.header)
      this.report([issue(1, '', '', 'empty_file', 'Trang tính không có dữ liệu (không có dòng tiêu đề).')]);
    else if (this.totalRows === 0 && this.issueCount === 0)
      this.report([issue(2, '', '', 'no_rows', 'Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào.')]);
  }
}
