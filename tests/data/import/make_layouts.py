# Fixtures for tst_importcli (realToolFiles, excelCsv). Run in this folder:
#   python3 make_layouts.py
#   soffice --headless --convert-to xlsx libreoffice-layouts.fods && mv libreoffice-layouts.xlsx xlsx/
#   soffice --headless --convert-to ods libreoffice-layouts.fods && mv libreoffice-layouts.ods ods/
#   rm libreoffice-layouts.fods
# The flat ODS has a long sheet with German headers, formulas and German number and date
# formats, a wide sheet under a title merged across its columns, a transposed sheet (a KPI
# column, one date column per month) and a hidden sheet; LibreOffice 7.4 (Debian
# libreoffice-calc-nogui) writes the XLSX and ODS the tests read. The CSV files are written
# here byte by byte as Excel writes them: UTF-16 LE with a BOM, a sep= hint, Windows-1252, CRLF.
import datetime
NS = '''xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"'''
def t(s): return f'<table:table-cell office:value-type="string"><text:p>{s}</text:p></table:table-cell>'
def d(dt): return f'<table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="{dt.isoformat()}"><text:p>{dt.strftime("%d.%m.%Y")}</text:p></table:table-cell>'
def n(v, formula=None):
    f = f' table:formula="{formula}"' if formula else ''
    return f'<table:table-cell table:style-name="ce2"{f} office:value-type="float" office:value="{v!r}"><text:p>{v}</text:p></table:table-cell>'
def row(*cells): return '<table:table-row>' + ''.join(cells) + '</table:table-row>'
sheets = []
# Long, German headers, formulas
rows = [row(t('Kennzahl'), t('Datum'), t('Wert'))]
base = datetime.date(2026, 12, 10)
vals = []
for i in range(5):
    dt = base + datetime.timedelta(days=i)
    v = 5000.25 + i * 1234.5
    vals.append((dt, v))
    if i == 0:
        rows.append(row(t('dau'), d(dt), n(v)))
    else:
        rows.append(row(t('dau'), d(dt), n(v, f'of:=[.C{i+1}]+1234.5')))
rows.append(row(t('Neue Kennzahl'), d(base), n(0.125)))
sheets.append(('Long', '', rows))
# Wide with a merged title row
rows = [row('<table:table-cell table:number-columns-spanned="3" office:value-type="string"><text:p>Weekly KPIs 2026</text:p></table:table-cell>', '<table:covered-table-cell/>', '<table:covered-table-cell/>'),
        row(t('Date'), t('signups'), t('activation_rate'))]
for i in range(4):
    dt = datetime.date(2026, 12, 7) + datetime.timedelta(weeks=i)
    rows.append(row(d(dt), n(400 + i), n(41.5 + i / 10, f'of:=40+{1.5 + i/10}')))
sheets.append(('Wide', '', rows))
# Transposed: a KPI column and one column per month
rows = [row(t('KPI'), *[d(datetime.date(2027, m, 1)) for m in (1, 2, 3)])]
rows.append(row(t('mrr'), n(270000.5), n(271234.75), n(272000)))
rows.append(row(t('nps'), n(44), n(45), n(46)))
sheets.append(('Transposed', '', rows))
sheets.append(('Hidden', 'ta_hidden', [row(t('kpi'), t('date'), t('value')), row(t('dau'), d(base), n(1))]))
body = ''
for name, style, rows in sheets:
    st = f' table:style-name="{style}"' if style else ''
    body += f'<table:table table:name="{name}"{st}>' + ''.join(rows) + '</table:table>'
doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<number:date-style style:name="N1" number:language="de" number:country="DE"><number:day number:style="long"/><number:text>.</number:text><number:month number:style="long"/><number:text>.</number:text><number:year number:style="long"/></number:date-style>
<number:number-style style:name="N2" number:language="de" number:country="DE"><number:number number:decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>
<style:style style:name="ce2" style:family="table-cell" style:data-style-name="N2"/>
<style:style style:name="ta_hidden" style:family="table"><style:table-properties table:display="false"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet>{body}</office:spreadsheet></office:body></office:document>'''
open('libreoffice-layouts.fods', 'w').write(doc)

rows = [("KPI", "Datum", "Wert"), ("dau", "10.12.2026", "5.000,25"), ("dau", "11.12.2026", "6.234,75"),
        ("Neue Kennzahl", "10.12.2026", "0,125")]
text = "\r\n".join(";".join(r) for r in rows) + "\r\n"
open("csv/excel-utf16.csv", "wb").write(b"\xff\xfe" + text.encode("utf-16-le"))
open("csv/excel-sep-hint.csv", "wb").write(("sep=;\r\n" + text).encode("utf-8"))
rows = [("Kennzahl", "Monat", "Wert"), ("Umsatz M\u00fcnchen", "Jan 2027", "1.234,50"),
        ("Umsatz M\u00fcnchen", "M\u00e4rz 2027", "2.000,00")]
open("csv/excel-windows-1252.csv", "wb").write(("\r\n".join(";".join(r) for r in rows) + "\r\n").encode("cp1252"))
open("csv/excel-us.csv", "wb").write(b'Metric,Date,Actual\r\nmrr,12/15/2026,"$271,234.50"\r\n'
                                     b'mrr,01/15/2027,"$272,000.00"\r\nmrr,2/15/2027,"$273,000.75"\r\n')
