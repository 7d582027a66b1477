// Importing a merchant list from CSV or Excel (.xlsx). The browser reads the file (the .xlsx reader loads on
// demand), matches its headers in Chinese or English, checks every row as the server will and shows the preview;
// then the rows that pass go to POST /regions/:code/merchants/import in chunks of up to 1,000, one after another,
// and each row shows what the server did: created, already registered (unchanged), or its error. Re-importing
// the same file is safe: the server creates nothing twice, so an interrupted import is resumed by sending again.
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Progress, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Panel } from '../../components/Panel';
import { adminApi, type ImportRow, type ImportRowResult } from '../../features/admin/adminApi';
import {
  checkRow,
  chunk,
  IMPORT_FIELDS,
  type ParsedFile,
  parseCsv,
  type RowProblem,
  readTable,
  templateCsv,
} from '../../features/admin/merchantFile';
import { pick } from '../../lib/i18n';
import en from '../../locales/admin/en';
import zhCN from '../../locales/admin/zh-CN';
import zhHK from '../../locales/admin/zh-HK';
import { useRegion } from './RegionLayout';

/** Industry names a file may use, in all three languages whatever the page's language is. */
const INDUSTRY_NAMES = [zhCN.industries, en.industries, zhHK.industries] as Record<string, string>[];

type Line = { key: number; row: ImportRow; problem: RowProblem | null; result?: ImportRowResult };

/** Text of a CSV file: UTF-8 (with or without BOM), else GB18030, which Excel in Chinese saves CSV in. */
async function csvText(file: Blob): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export async function readMerchantFile(file: File): Promise<string[][]> {
  if (/\.xlsx$/i.test(file.name)) {
    const { readXlsx } = await import('../../features/admin/xlsx');
    return readXlsx(file);
  }
  return parseCsv(await csvText(file));
}

export default function MerchantImport() {
  const { t, i18n } = useTranslation('admin');
  const { region, manages } = useRegion();
  const qc = useQueryClient();
  const [fileName, setFileName] = useState('');
  const [parsed, setParsed] = useState<ParsedFile | null>(null);
  const [lines, setLines] = useState<Line[]>([]);
  const [readError, setReadError] = useState<string | null>(null);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [progress, setProgress] = useState<{ sent: number; total: number } | null>(null);
  const [sendError, setSendError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const onFile = async (file: File | undefined) => {
    setParsed(null);
    setLines([]);
    setReadError(null);
    setSendError(null);
    setProgress(null);
    if (!file) return;
    setFileName(file.name);
    try {
      const p = readTable(await readMerchantFile(file));
      const ctx = { industryNames: INDUSTRY_NAMES, districts: region.districts };
      setParsed(p);
      setLines(p.rows.map((row, key) => ({ key, row, problem: checkRow(row, ctx) })));
    } catch (err) {
      setReadError(err instanceof Error ? err.message : String(err));
    }
  };

  const valid = useMemo(() => lines.filter((l) => !l.problem), [lines]);
  const counts = useMemo(() => {
    const c = { created: 0, exists: 0, error: 0 };
    for (const l of lines) if (l.result) c[l.result.status]++;
    return c;
  }, [lines]);

  /** Sends the rows without a server answer yet, chunk by chunk; stops at the first failed request. */
  const send = async () => {
    const todo = valid.filter((l) => !l.result);
    const chunks = chunk(todo.map((l) => l.row));
    setBusy(true);
    setSendError(null);
    let offset = 0;
    let done = valid.length - todo.length;
    setProgress({ sent: done, total: valid.length });
    try {
      for (const rows of chunks) {
        const res = await adminApi.importMerchants(region.code, rows);
        const keys = todo.slice(offset, offset + rows.length).map((l) => l.key);
        const byKey = new Map(res.items.map((item) => [keys[item.index]!, item]));
        setLines((ls) => ls.map((l) => (byKey.has(l.key) ? { ...l, result: byKey.get(l.key) } : l)));
        offset += rows.length;
        done += rows.length;
        setProgress({ sent: done, total: valid.length });
      }
      void qc.invalidateQueries({ queryKey: ['admin', 'merchants', region.code] });
    } catch (err) {
      setSendError(err);
    } finally {
      setBusy(false);
    }
  };

  const problemText = (p: RowProblem) =>
    t(`import.problems.${p.key}`, { ...p.values, field: t(`import.fields.${p.field}`) });
  const shown = onlyProblems ? lines.filter((l) => l.problem || l.result?.status === 'error') : lines;
  const finished = progress !== null && progress.sent === progress.total && !busy && !sendError;

  return (
    <div className="hj-stack">
      <Panel
        title={t('import.title')}
        extra={
          <a
            href={`data:text/csv;charset=utf-8,${encodeURIComponent(templateCsv())}`}
            download={t('import.templateFile')}
            data-testid="import-template"
          >
            {t('import.template')}
          </a>
        }
      >
        <p className="hj-muted">{t('import.help')}</p>
        <input
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t('import.pick')}
          data-testid="import-file"
          disabled={busy || !manages}
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
        {readError ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            style={{ marginTop: 12 }}
            title={t('import.readFailed')}
            description={readError}
          />
        ) : null}
      </Panel>
      {parsed ? (
        <Panel title={fileName}>
          <div className="hj-stack">
            <div data-testid="import-columns">
              {t('import.columns')}:{' '}
              {parsed.columns.map((c) => (
                <Tag key={c.field} color="blue">
                  {c.header} → {t(`import.fields.${c.field}`)}
                </Tag>
              ))}
              {parsed.unknownHeaders.length ? (
                <span className="hj-muted">
                  {' '}
                  {t('import.ignored')}: {parsed.unknownHeaders.join('、')}
                </span>
              ) : null}
            </div>
            {parsed.missing.length ? (
              <Alert
                type="warning"
                showIcon
                title={t('import.missingColumns', {
                  fields: parsed.missing.map((f) => t(`import.fields.${f}`)).join('、'),
                })}
              />
            ) : null}
            <div data-testid="import-summary">
              {t('import.summary', { rows: lines.length, valid: valid.length, invalid: lines.length - valid.length })}
            </div>
            {progress ? (
              <div>
                <Progress percent={progress.total ? Math.floor((progress.sent / progress.total) * 100) : 100} />
                <span data-testid="import-result">
                  {t('import.result', { created: counts.created, exists: counts.exists, errors: counts.error })}
                </span>
              </div>
            ) : null}
            {sendError ? <ErrorNotice error={sendError} onRetry={() => void send()} /> : null}
            {finished ? (
              <Alert
                type="success"
                showIcon
                title={t('import.done')}
                action={<Link to={`/admin/regions/${region.code}/merchants`}>{t('import.toList')}</Link>}
              />
            ) : null}
            <Space wrap>
              <Button
                type="primary"
                disabled={!manages || !valid.length || busy || finished}
                loading={busy}
                onClick={() => void send()}
                data-testid="import-send"
              >
                {t('import.send', { count: valid.filter((l) => !l.result).length })}
              </Button>
              <Checkbox checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)}>
                {t('import.onlyProblems')}
              </Checkbox>
            </Space>
            <Table<Line>
              rowKey="key"
              size="small"
              dataSource={shown}
              pagination={{ pageSize: 50, showSizeChanger: false }}
              scroll={{ x: 960 }}
              data-testid="import-preview"
              onRow={(l) => ({ 'data-status': l.result?.status ?? (l.problem ? 'invalid' : 'valid') }) as object}
              columns={[
                { title: t('import.row'), dataIndex: ['row', 'row'], width: 64 },
                ...IMPORT_FIELDS.map((f) => ({
                  title: t(`import.fields.${f}`),
                  dataIndex: ['row', f],
                  render: (v: string | undefined) =>
                    f === 'industry' && v && INDUSTRY_NAMES[0]![v] ? t(`industries.${v}`) : (v ?? ''),
                })),
                {
                  title: t('import.status'),
                  width: 260,
                  render: (_: unknown, l: Line) =>
                    l.result ? (
                      l.result.error ? (
                        <Tag color="red">{pick(l.result.error.message, i18n.language)}</Tag>
                      ) : (
                        <Tag color={l.result.status === 'created' ? 'green' : 'default'}>
                          {t(`import.statuses.${l.result.status}`)}
                        </Tag>
                      )
                    ) : l.problem ? (
                      <Tag color="red">{problemText(l.problem)}</Tag>
                    ) : (
                      <Tag color="blue">{t('import.statuses.ready')}</Tag>
                    ),
                },
              ]}
            />
          </div>
        </Panel>
      ) : null}
    </div>
  );
}
