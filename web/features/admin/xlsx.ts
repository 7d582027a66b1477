// The first worksheet of an .xlsx file as a table of strings, with no library: an .xlsx is a ZIP of XML parts,
// the browser inflates (DecompressionStream 'deflate-raw') and parses XML (DOMParser). Loaded on demand by
// the import page only. Dates and formulas come as their stored values; the merchant list needs text.

type Entry = { name: string; method: number; compressedSize: number; offset: number };

/** The ZIP's central directory (APPNOTE 4.3.12), found from the end-of-central-directory record. */
function entries(buf: Uint8Array): Map<string, Entry> {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a ZIP file');
  const count = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  const out = new Map<string, Entry>();
  const utf8 = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (dv.getUint32(p, true) !== 0x02014b50) throw new Error('bad ZIP directory');
    const method = dv.getUint16(p + 10, true);
    const compressedSize = dv.getUint32(p + 20, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    const offset = dv.getUint32(p + 42, true);
    const name = utf8.decode(buf.subarray(p + 46, p + 46 + nameLen));
    out.set(name, { name, method, compressedSize, offset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

async function readEntry(buf: Uint8Array, e: Entry): Promise<string> {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const start = e.offset + 30 + dv.getUint16(e.offset + 26, true) + dv.getUint16(e.offset + 28, true);
  const data = buf.slice(start, start + e.compressedSize);
  if (e.method === 0) return new TextDecoder().decode(data);
  if (e.method !== 8) throw new Error(`unsupported ZIP compression ${e.method}`);
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
}

const xml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');
/** Elements by local name, whatever prefix the producer used. */
const all = (node: Document | Element, name: string) => Array.from(node.getElementsByTagNameNS('*', name));

/** "BC12" → 54 (0-based column index). */
function columnOf(ref: string): number {
  let n = 0;
  for (const ch of ref.replace(/\d+$/, '')) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export async function readXlsx(file: Blob): Promise<string[][]> {
  const buf = new Uint8Array(await file.arrayBuffer());
  const zip = entries(buf);
  const part = async (name: string) => {
    const e = zip.get(name);
    return e ? readEntry(buf, e) : null;
  };
  // The first sheet in workbook order, through its relationship; sheet1.xml when that cannot be followed.
  let sheetPath = 'xl/worksheets/sheet1.xml';
  const [workbook, rels] = await Promise.all([part('xl/workbook.xml'), part('xl/_rels/workbook.xml.rels')]);
  if (workbook && rels) {
    const first = all(xml(workbook), 'sheet')[0];
    const rid = first?.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id');
    const target = all(xml(rels), 'Relationship')
      .find((r) => r.getAttribute('Id') === rid)
      ?.getAttribute('Target');
    if (target) sheetPath = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  }
  const sheet = await part(sheetPath);
  if (!sheet) throw new Error('no worksheet in the file');
  const sharedXml = await part('xl/sharedStrings.xml');
  // A shared string may be split into rich-text runs (<r><t>…</t></r>): join every <t> of the <si>.
  const shared = sharedXml
    ? all(xml(sharedXml), 'si').map((si) =>
        all(si, 't')
          .map((t) => t.textContent ?? '')
          .join(''),
      )
    : [];
  const table: string[][] = [];
  for (const row of all(xml(sheet), 'row')) {
    const r = Number(row.getAttribute('r') ?? table.length + 1) - 1;
    const cells: string[] = [];
    all(row, 'c').forEach((c, i) => {
      const ref = c.getAttribute('r');
      const col = ref ? columnOf(ref) : i;
      const type = c.getAttribute('t');
      const v = all(c, 'v')[0]?.textContent ?? '';
      cells[col] =
        type === 's'
          ? (shared[Number(v)] ?? '')
          : type === 'inlineStr'
            ? all(c, 't')
                .map((t) => t.textContent ?? '')
                .join('')
            : v;
    });
    table[r] = Array.from(cells, (x) => x ?? '');
  }
  return Array.from(table, (x) => x ?? []);
}
