#!/usr/bin/python3
# Writes the hand-made XLSX fixtures and hostile files of tests/data/import (run from there).
# The ordinary fixtures come from real programs: openpyxl.xlsx by openpyxl, libreoffice.*
# by LibreOffice converting it (see docs/import.md).
import io, struct, zipfile, zlib

CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/></Types>')
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

def rels(items):
    return ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + ''.join('<Relationship Id="%s" Type="%s%s" Target="%s"/>' % i for i in items) + '</Relationships>')

def workbook(sheets=(('Sheet1', 'rId1'),), prolog=''):
    return ('<?xml version="1.0" encoding="UTF-8"?>' + prolog + '<workbook %s><sheets>' % NS
            + ''.join('<sheet name="%s" sheetId="%d" r:id="%s"/>' % (n, i + 1, r) for i, (n, r) in enumerate(sheets))
            + '</sheets></workbook>')

def sheet(rows, prolog='', extra=''):
    return '<?xml version="1.0" encoding="UTF-8"?>' + prolog + '<worksheet %s>%s<sheetData>%s</sheetData></worksheet>' % (NS, extra, rows)

def styles(xfs):
    return ('<?xml version="1.0" encoding="UTF-8"?><styleSheet %s><cellXfs count="%d">' % (NS, len(xfs))
            + ''.join('<xf numFmtId="%d"/>' % x for x in xfs) + '</cellXfs></styleSheet>')

def package(path, sheet_xml, shared=None, wb=None, style=None, method=zipfile.ZIP_DEFLATED, extra=()):
    z = zipfile.ZipFile(path, 'w', method)
    z.writestr('[Content_Types].xml', CT)
    z.writestr('_rels/.rels', rels([('rId1', REL, 'officeDocument', 'xl/workbook.xml')]))
    items = [('rId1', REL, 'worksheet', 'worksheets/sheet1.xml')]
    if shared is not None:
        items.append(('rId2', REL, 'sharedStrings', 'sharedStrings.xml'))
        z.writestr('xl/sharedStrings.xml', '<?xml version="1.0" encoding="UTF-8"?><sst %s>%s</sst>' % (NS, shared))
    if style is not None:
        items.append(('rId3', REL, 'styles', 'styles.xml'))
        z.writestr('xl/styles.xml', style)
    z.writestr('xl/_rels/workbook.xml.rels', rels(items))
    z.writestr('xl/workbook.xml', wb or workbook())
    z.writestr('xl/worksheets/sheet1.xml', sheet_xml)
    for name, data in extra:
        z.writestr(name, data)
    z.close()

# Inline and rich strings, phonetic runs, errors, ISO dates, formula text, trailing styled rows.
package('xlsx/handmade-strings.xlsx',
        sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>inline</t></is></c><c r="B1" t="s"><v>0</v></c>'
              '<c r="C1" t="s"><v>1</v></c><c r="D1" t="e"><v>#DIV/0!</v></c><c r="E1" t="d"><v>2024-05-06T00:00:00</v></c>'
              '<c r="F1" t="str"><f>"formula "&amp;"text"</f><v>formula text</v></c></row>'
              '<row r="4"><c r="A4" t="s"><v>2</v></c><c r="D4"><v>12.5</v></c></row>'
              '<row r="5"><c r="A5" s="0"/></row><row r="1000"><c r="B1000" s="0"/></row>'),
        shared='<si><r><t>rich </t></r><r><rPr><b/></rPr><t>text</t></r></si>'
               '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si><si><t></t></si>',
        wb=workbook((('Strings', 'rId1'),)))

# Parts found only through the relationships, with relative and absolute targets.
z = zipfile.ZipFile('xlsx/handmade-relationships.xlsx', 'w', zipfile.ZIP_DEFLATED)
z.writestr('[Content_Types].xml', CT)
z.writestr('_rels/.rels', rels([('rId7', REL, 'officeDocument', 'custom/book.xml')]))
z.writestr('custom/_rels/book.xml.rels', rels([('s1', REL, 'worksheet', '../data/s.xml'), ('x', REL, 'sharedStrings', '/strings/ss.xml')]))
z.writestr('custom/book.xml', workbook((('Only', 's1'),)))
z.writestr('data/s.xml', sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1</v></c></row>'))
z.writestr('strings/ss.xml', '<sst %s><si><t>found</t></si></sst>' % NS)
z.writestr('xl/worksheets/sheet1.xml', sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>decoy</t></is></c></row>'))
z.close()

# Zip bomb: 200 MB of blanks inside a sheet, compressed about 1000 times.
z = zipfile.ZipFile('hostile/bomb.xlsx', 'w', zipfile.ZIP_DEFLATED)
z.writestr('[Content_Types].xml', CT)
z.writestr('_rels/.rels', rels([('rId1', REL, 'officeDocument', 'xl/workbook.xml')]))
z.writestr('xl/_rels/workbook.xml.rels', rels([('rId1', REL, 'worksheet', 'worksheets/sheet1.xml')]))
z.writestr('xl/workbook.xml', workbook())
with z.open('xl/worksheets/sheet1.xml', 'w', force_zip64=True) as f:
    f.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
    block = b' ' * (1 << 20)
    for i in range(200):
        f.write(block)
    f.write(b'</sheetData></worksheet>')
z.close()

def patch_sizes(path, name, usize):
    data = bytearray(open(path, 'rb').read())
    n = name.encode()
    i = data.find(b'PK\x01\x02' + b'')
    while i >= 0:
        ln = struct.unpack('<H', data[i + 28:i + 30])[0]
        if data[i + 46:i + 46 + ln] == n:
            data[i + 24:i + 28] = struct.pack('<I', usize)
            off = struct.unpack('<I', data[i + 42:i + 46])[0]
            data[off + 22:off + 26] = struct.pack('<I', usize)
        i = data.find(b'PK\x01\x02', i + 4)
    open(path, 'wb').write(bytes(data))

big = sheet(''.join('<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (i, i, i) for i in range(1, 2000)))
package('hostile/lying-size.xlsx', big)
patch_sizes('hostile/lying-size.xlsx', 'xl/worksheets/sheet1.xml', 100)

# Duplicate and unsafe entry names.
package('hostile/duplicate-entry.xlsx', sheet('<row r="1"><c r="A1"><v>1</v></c></row>'),
        extra=[('xl/worksheets/sheet1.xml', sheet('<row r="1"><c r="A1"><v>2</v></c></row>'))])
package('hostile/unsafe-name.xlsx', sheet('<row r="1"><c r="A1"><v>1</v></c></row>'),
        extra=[('../../evil.txt', 'x')])

# Truncated archive, and a stored entry whose bytes no longer match their CRC.
good = open('xlsx/libreoffice.xlsx', 'rb').read()
open('hostile/truncated.xlsx', 'wb').write(good[:len(good) // 2])
package('hostile/bad-crc.xlsx', sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>checksum</t></is></c></row>'),
        method=zipfile.ZIP_STORED)
data = bytearray(open('hostile/bad-crc.xlsx', 'rb').read())
at = data.find(b'<t>checksum</t>')
data[at + 3] = ord('C')
open('hostile/bad-crc.xlsx', 'wb').write(bytes(data))

# DOCTYPEs: billion laughs in a sheet, an external entity in the workbook.
laughs = '<!DOCTYPE lolz [<!ENTITY lol "lol">' + ''.join(
    '<!ENTITY lol%d "%s">' % (i, ('&lol%d;' % (i - 1) if i > 1 else '&lol;') * 10) for i in range(1, 10)) + ']>'
package('hostile/doctype.xlsx', sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>', prolog=laughs))
package('hostile/xxe.xlsx', sheet(''), wb=workbook(prolog='<!DOCTYPE workbook [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'))

# Deep nesting, references beyond the limits, shared string out of range, a huge dimension.
package('hostile/deep.xlsx', sheet('<row r="1"><c r="A1" t="inlineStr"><is>' + '<r>' * 100000 + '</r>' * 100000 + '</is></c></row>'))
package('hostile/column-beyond.xlsx', sheet('<row r="1"><c r="XFE1"><v>1</v></c></row>'))
package('hostile/row-beyond.xlsx', sheet('<row r="1048577"><c r="A1048577"><v>1</v></c></row>'))
package('hostile/shared-string-range.xlsx', sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>99</v></c></row>'),
        shared='<si><t>only one</t></si>')
package('hostile/huge-dimension.xlsx', sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="3" spans="1:16384"><c r="C3"><v>3</v></c></row>',
        extra='<dimension ref="A1:XFD1048576"/>'))
package('hostile/huge-cell.xlsx', sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>' + 'x' * (2 << 20) + '</t></is></c></row>'))
package('hostile/phantom-day.xlsx', sheet('<row r="1"><c r="A1" s="1"><v>60</v></c></row>'), style=styles([0, 14]))
open('hostile/csv-renamed.xlsx', 'wb').write(b'kpi,date,value\nrevenue,2024-01-31,1\n')

# Other ZIP packages.
z = zipfile.ZipFile('hostile/word.xlsx', 'w')
z.writestr('[Content_Types].xml', CT)
z.writestr('word/document.xml', '<document/>')
z.close()
z = zipfile.ZipFile('hostile/plain.zip', 'w')
z.writestr('notes.txt', 'hello')
z.close()
z = zipfile.ZipFile('hostile/no-workbook.xlsx', 'w')
z.writestr('[Content_Types].xml', CT)
z.writestr('_rels/.rels', rels([('rId1', REL, 'officeDocument', 'xl/workbook.xml')]))
z.close()

# OpenDocument: hand-made content.xml for what LibreOffice fixtures do not show.
ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"')

def ods(path, tables, styles='', prolog='', mime='application/vnd.oasis.opendocument.spreadsheet', manifest=None):
    z = zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED)
    z.writestr(zipfile.ZipInfo('mimetype'), mime)
    z.writestr('content.xml', '<?xml version="1.0" encoding="UTF-8"?>' + prolog
               + '<office:document-content %s><office:automatic-styles>%s</office:automatic-styles>'
                 '<office:body><office:spreadsheet>%s</office:spreadsheet></office:body></office:document-content>'
               % (ODS_NS, styles, tables))
    if manifest:
        z.writestr('META-INF/manifest.xml', manifest)
    z.close()

def cell(attrs='', text=None):
    return '<table:table-cell %s>%s</table:table-cell>' % (attrs, '' if text is None else text)

EMPTY_TAIL = '<table:table-row table:number-rows-repeated="1048000">' + cell('table:number-columns-repeated="16384"') + '</table:table-row>'
ods('ods/handmade.ods',
    '<table:table table:name="T"><table:table-column table:number-columns-repeated="16384"/>'
    '<table:table-header-rows><table:table-row>'
    + cell('office:value-type="string"', '<text:p>a<text:s text:c="2"/>b<text:span>c</text:span><text:line-break/>d'
           '<office:annotation><text:p>comment</text:p></office:annotation></text:p><text:p>second</text:p>')
    + cell('office:value-type="boolean" office:boolean-value="true"', '<text:p>TRUE</text:p>')
    + cell('office:value-type="time" office:time-value="PT13H30M00S"', '<text:p>13:30</text:p>')
    + cell('table:formula="of:=1/0" office:value-type="float" office:value="0" calcext:value-type="error"', '<text:p>#DIV/0!</text:p>')
    + cell('table:formula="of:=[.A1]"')
    + cell('table:number-columns-repeated="16379"') + '</table:table-row></table:table-header-rows>'
    '<table:table-row table:number-rows-repeated="2">' + cell('office:value-type="float" office:value="7" table:number-columns-repeated="2"') + '</table:table-row>'
    '<table:table-row table:number-rows-repeated="3">' + cell('table:number-columns-repeated="16384"') + '</table:table-row>'
    '<table:table-row-group><table:table-row>' + cell() + cell('office:value-type="string" table:number-columns-spanned="2" table:number-rows-spanned="2"', '<text:p>merged</text:p>')
    + '<table:covered-table-cell/>' + cell('office:value-type="currency" office:currency="USD" office:value="-1.5"', '<text:p>-$1.50</text:p>') + '</table:table-row>'
    '<table:table-row>' + cell('office:value-type="percentage" office:value="0.5"', '<text:p>50%</text:p>') + '<table:covered-table-cell table:number-columns-repeated="2"/>'
    + cell('office:value-type="date" office:date-value="2024-02-29T00:00:00"', '<text:p>x</text:p>') + '</table:table-row></table:table-row-group>'
    + EMPTY_TAIL + '</table:table>'
    '<table:table table:name="H" table:style-name="ta2"><table:table-row>' + cell('office:value-type="string"', '<text:p>hidden</text:p>') + '</table:table-row></table:table>',
    styles='<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>')
ods('hostile/ods-empty-billions.ods',
    '<table:table table:name="S"><table:table-row>' + cell('office:value-type="float" office:value="1"') + cell('table:number-columns-repeated="2000000000"')
    + '</table:table-row><table:table-row table:number-rows-repeated="2000000000">' + cell('table:number-columns-repeated="2000000000"') + '</table:table-row></table:table>')
ods('hostile/ods-rows-billions.ods',
    '<table:table table:name="S"><table:table-row table:number-rows-repeated="2000000000">' + cell('office:value-type="float" office:value="1"') + '</table:table-row></table:table>')
ods('hostile/ods-columns-billions.ods',
    '<table:table table:name="S"><table:table-row>' + cell('office:value-type="float" office:value="1" table:number-columns-repeated="2000000000"') + '</table:table-row></table:table>')
ods('hostile/ods-doctype.ods', '<table:table table:name="S"/>', prolog='<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>')
ods('hostile/ods-encrypted.ods', '', manifest='<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
    '<manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>')
ods('hostile/text-document.ods', '', mime='application/vnd.oasis.opendocument.text')
ods('hostile/ods-no-table.ods', '')

# Found by the fuzzers (tests/fuzz, docs/import.md) or written for the cases they pointed at.
# 99,999 merged ranges and a last row at 1,048,576: every row used to look at every range.
package('hostile/many-merges.xlsx',
        '<?xml version="1.0" encoding="UTF-8"?><worksheet %s><sheetData>' % NS
        + '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'
          '<row r="1048576"><c r="A1048576"><v>1</v></c></row></sheetData><mergeCells count="99999">'
        + '<mergeCell ref="B1:B1"/>' * 99999 + '</mergeCells></worksheet>')
# A cell spanning 2^40 rows and columns: the cell count overflowed (undefined behaviour) and
# wrapped to 0, so the covered cell below was filled although the range is far too large.
ods('hostile/ods-span-overflow.ods',
    '<table:table table:name="S"><table:table-row>'
    + cell('office:value-type="float" office:value="1" table:number-rows-spanned="1099511627776" '
           'table:number-columns-spanned="1099511627776"')
    + '</table:table-row><table:table-row><table:covered-table-cell/></table:table-row></table:table>')

# The import's guesses and checks (issue 19): a wide sheet of percent cells (0.00 %) and a
# currency column, and a long sheet with one stray cell far outside its columns.
package('xlsx/percent-cells.xlsx',
        sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Month</t></is></c><c r="B1" t="inlineStr"><is><t>Churn %</t></is></c>'
              '<c r="C1" t="inlineStr"><is><t>Support cost</t></is></c></row>'
              + ''.join('<row r="%d"><c r="A%d" t="inlineStr"><is><t>2026-%02d-01</t></is></c><c r="B%d" s="1"><v>%s</v></c>'
                        '<c r="C%d" s="2"><v>%s</v></c></row>' % (r, r, r - 1, r, v, r, c)
                        for r, v, c in ((2, '0.0241', '1200.5'), (3, '0.0236', '1180.25'), (4, '0.0229', '1210')))),
        style=styles([0, 10, 8]))
package('hostile/stray-far-cell.xlsx',
        sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>kpi</t></is></c><c r="B1" t="inlineStr"><is><t>date</t></is></c>'
              '<c r="C1" t="inlineStr"><is><t>value</t></is></c></row>'
              '<row r="2"><c r="A2" t="inlineStr"><is><t>mrr</t></is></c><c r="B2" t="inlineStr"><is><t>2026-01-31</t></is></c><c r="C2"><v>100</v></c></row>'
              '<row r="3"><c r="A3" t="inlineStr"><is><t>mrr</t></is></c><c r="B3" t="inlineStr"><is><t>2026-02-28</t></is></c><c r="C3"><v>110</v></c></row>'
              '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'))
