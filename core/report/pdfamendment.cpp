#include "report/pdfamendment.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace Needle {

namespace {

// A PDF text string in UTF-16BE with its byte order mark, as hex: safe for any character.
QByteArray textString(const QString &text)
{
    QByteArray out("<FEFF");
    for (const QChar c : text)
        out += QByteArray::number(c.unicode() | 0x10000, 16).mid(1).toUpper();
    return out + '>';
}

QByteArray number(qreal v)
{
    return QByteArray::number(v, 'f', 2);
}

struct Reader
{
    const QByteArray &pdf;
    QHash<int, qint64> offsets;

    bool readXref(qint64 at)
    {
        static const QRegularExpression section(QStringLiteral("^(\\d+) (\\d+)\\s*$"));
        qint64 pos = pdf.indexOf('\n', at) + 1;
        if (!pdf.mid(at, 4).startsWith("xref") || pos <= 0)
            return false;
        while (pos < pdf.size()) {
            const qint64 end = pdf.indexOf('\n', pos);
            const QString line = QString::fromLatin1(pdf.mid(pos, end - pos)).trimmed();
            const auto m = section.match(line);
            if (!m.hasMatch())
                return line.startsWith(QLatin1String("trailer"));
            const int first = m.captured(1).toInt();
            const int count = m.captured(2).toInt();
            pos = end + 1;
            for (int i = 0; i < count; ++i, pos += 20) {
                const QByteArray entry = pdf.mid(pos, 20);
                if (entry.size() < 18)
                    return false;
                if (entry.at(17) == 'n')
                    offsets.insert(first + i, entry.left(10).toLongLong());
            }
        }
        return false;
    }

    // The text of an object between "N 0 obj" and "endobj".
    QByteArray object(int number) const
    {
        const qint64 at = offsets.value(number, -1);
        if (at < 0)
            return QByteArray();
        const qint64 start = pdf.indexOf("obj", at);
        const qint64 end = pdf.indexOf("endobj", at);
        if (start < 0 || end < 0 || end < start)
            return QByteArray();
        return pdf.mid(start + 3, end - start - 3).trimmed();
    }
};

int reference(const QByteArray &dict, const char *key)
{
    const QRegularExpression re(QStringLiteral("/%1\\s+(\\d+)\\s+0\\s+R").arg(QLatin1String(key)));
    const auto m = re.match(QString::fromLatin1(dict));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QVector<int> kids(const QByteArray &dict)
{
    QVector<int> out;
    const qint64 start = dict.indexOf("/Kids");
    const qint64 open = dict.indexOf('[', start);
    const qint64 close = dict.indexOf(']', open);
    if (start < 0 || open < 0 || close < 0)
        return out;
    static const QRegularExpression ref(QStringLiteral("(\\d+)\\s+0\\s+R"));
    auto it = ref.globalMatch(QString::fromLatin1(dict.mid(open + 1, close - open - 1)));
    while (it.hasNext())
        out << it.next().captured(1).toInt();
    return out;
}

} // namespace

bool PdfAmendment::apply(QByteArray *pdf, QString *errorMessage) const
{
    auto fail = [&](const QString &why) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("Needle::PdfAmendment",
                                                        "The PDF could not be completed: %1")
                                .arg(why);
        return false;
    };
    const QByteArray &bytes = *pdf;
    const qint64 startxrefAt = bytes.lastIndexOf("startxref");
    const qint64 trailerAt = bytes.lastIndexOf("trailer");
    if (startxrefAt < 0 || trailerAt < 0 || trailerAt > startxrefAt)
        return fail(QCoreApplication::translate("Needle::PdfAmendment", "no trailer"));
    const qint64 xrefAt =
        bytes.mid(startxrefAt + 9, 30).trimmed().split('\n').value(0).trimmed().toLongLong();
    const QByteArray trailer = bytes.mid(trailerAt, startxrefAt - trailerAt);
    Reader reader{bytes, {}};
    if (xrefAt <= 0 || !reader.readXref(xrefAt))
        return fail(
            QCoreApplication::translate("Needle::PdfAmendment", "no cross-reference table"));
    static const QRegularExpression sizeRe(QStringLiteral("/Size\\s+(\\d+)"));
    const auto sizeMatch = sizeRe.match(QString::fromLatin1(trailer));
    const int rootRef = reference(trailer, "Root");
    const int infoRef = reference(trailer, "Info");
    if (!sizeMatch.hasMatch() || rootRef == 0)
        return fail(QCoreApplication::translate("Needle::PdfAmendment", "no document catalog"));
    int next = sizeMatch.captured(1).toInt();

    // Pages in order, with their height and annotation arrays.
    const QByteArray catalog = reader.object(rootRef);
    QVector<int> pages;
    QVector<int> pending = {reference(catalog, "Pages")};
    while (!pending.isEmpty()) {
        const int ref = pending.takeFirst();
        const QByteArray dict = reader.object(ref);
        if (dict.contains("/Type /Pages")) {
            const QVector<int> k = kids(dict);
            for (int i = int(k.size()) - 1; i >= 0; --i)
                pending.prepend(k.at(i));
        } else if (dict.contains("/Type /Page")) {
            pages << ref;
        }
    }
    if (pages.isEmpty())
        return fail(QCoreApplication::translate("Needle::PdfAmendment", "no pages"));
    auto pageHeight = [&](int page) {
        static const QRegularExpression box(
            QStringLiteral("/MediaBox\\s*\\[\\s*[\\d.]+\\s+[\\d.]+\\s+[\\d.]+\\s+([\\d.]+)"));
        const auto m = box.match(QString::fromLatin1(reader.object(pages.value(page))));
        return m.hasMatch() ? m.captured(1).toDouble() : 842.0;
    };
    auto dest = [&](const Destination &d) {
        const int page = qBound(0, d.page, int(pages.size()) - 1);
        return "[" + QByteArray::number(pages.at(page)) + " 0 R /XYZ 0 "
            + number(pageHeight(page) - d.top) + " null]";
    };

    QByteArray update = "\n";
    QVector<QPair<int, qint64>> written;
    auto writeObject = [&](int number, const QByteArray &body) {
        written << qMakePair(number, qint64(bytes.size() + update.size()));
        update += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    };

    // The information dictionary, with what Qt wrote kept.
    QByteArray info = infoRef ? reader.object(infoRef) : QByteArray("<<\n>>");
    info.chop(2);
    if (!author.isEmpty())
        info += "/Author " + textString(author) + "\n";
    if (!subject.isEmpty())
        info += "/Subject " + textString(subject) + "\n";
    if (!keywords.isEmpty())
        info += "/Keywords " + textString(keywords) + "\n";
    info += ">>";
    const int newInfo = infoRef ? infoRef : next++;
    writeObject(newInfo, info);

    // Links: each page's annotation array is written again with the new link annotations.
    QHash<int, QVector<int>> linksOnPage;
    for (const Link &l : links) {
        if (l.page < 0 || l.page >= pages.size())
            continue;
        const qreal h = pageHeight(l.page);
        const int ref = next++;
        writeObject(ref,
                    "<<\n/Type /Annot\n/Subtype /Link\n/Rect [" + number(l.rect.left()) + ' '
                        + number(h - l.rect.bottom()) + ' ' + number(l.rect.right()) + ' '
                        + number(h - l.rect.top()) + "]\n/Border [0 0 0]\n/Dest "
                        + dest(l.destination) + "\n>>");
        linksOnPage[l.page] << ref;
    }
    for (auto it = linksOnPage.cbegin(); it != linksOnPage.cend(); ++it) {
        const QByteArray page = reader.object(pages.at(it.key()));
        const int annots = reference(page, "Annots");
        if (annots == 0)
            return fail(QCoreApplication::translate("Needle::PdfAmendment",
                                                    "a page without an annotation array"));
        QByteArray array = reader.object(annots).trimmed();
        if (!array.startsWith('[') || !array.endsWith(']'))
            return fail(QCoreApplication::translate("Needle::PdfAmendment",
                                                    "an unexpected annotation array"));
        array.chop(1);
        for (int ref : it.value())
            array += ' ' + QByteArray::number(ref) + " 0 R";
        writeObject(annots, array + " ]");
    }

    // The outline, flat: one entry per heading, in order.
    QByteArray newCatalog = catalog;
    if (!outline.isEmpty()) {
        const int root = next++;
        const int first = next;
        next += int(outline.size());
        for (int i = 0; i < outline.size(); ++i) {
            QByteArray item = "<<\n/Title " + textString(outline.at(i).title) + "\n/Parent "
                + QByteArray::number(root) + " 0 R\n/Dest " + dest(outline.at(i).destination)
                + "\n";
            if (i > 0)
                item += "/Prev " + QByteArray::number(first + i - 1) + " 0 R\n";
            if (i + 1 < outline.size())
                item += "/Next " + QByteArray::number(first + i + 1) + " 0 R\n";
            writeObject(first + i, item + ">>");
        }
        writeObject(root,
                    "<<\n/Type /Outlines\n/First " + QByteArray::number(first) + " 0 R\n/Last "
                        + QByteArray::number(first + outline.size() - 1) + " 0 R\n/Count "
                        + QByteArray::number(outline.size()) + "\n>>");
        newCatalog.chop(2);
        newCatalog += "/Outlines " + QByteArray::number(root) + " 0 R\n/PageMode /UseOutlines\n>>";
        writeObject(rootRef, newCatalog);
    }

    const qint64 xref = bytes.size() + update.size();
    update += "xref\n0 1\n0000000000 65535 f \n";
    std::sort(written.begin(), written.end());
    for (const auto &[num, offset] : std::as_const(written))
        update += QByteArray::number(num) + " 1\n"
            + QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    update += "trailer\n<<\n/Size " + QByteArray::number(next) + "\n/Root "
        + QByteArray::number(rootRef) + " 0 R\n/Info " + QByteArray::number(newInfo)
        + " 0 R\n/Prev " + QByteArray::number(xrefAt) + "\n>>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    pdf->append(update);
    return true;
}

} // namespace Needle
