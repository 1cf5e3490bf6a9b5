#include "report/textwrap.h"

#include <QTextBoundaryFinder>

namespace Needle::TextWrap {

namespace {

// Breaks one word that is wider than a line into pieces that fit, at grapheme boundaries;
// every piece holds at least one grapheme so the loop always advances.
QStringList breakWord(const QString &word, qreal width, const WidthFunction &widthOf)
{
    QStringList pieces;
    QString piece;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, word);
    int start = 0;
    for (int pos = finder.toNextBoundary(); pos != -1; pos = finder.toNextBoundary()) {
        const QString grapheme = word.mid(start, pos - start);
        start = pos;
        if (!piece.isEmpty() && widthOf(piece + grapheme) > width) {
            pieces << piece;
            piece.clear();
        }
        piece += grapheme;
    }
    pieces << piece;
    return pieces;
}

void wrapParagraph(const QString &paragraph, qreal width, const WidthFunction &widthOf,
                   QStringList *lines)
{
    const QStringList words = paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString line;
    for (const QString &word : words) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (widthOf(candidate) <= width) {
            line = candidate;
            continue;
        }
        if (!line.isEmpty())
            *lines << line;
        line.clear();
        if (widthOf(word) <= width) {
            line = word;
            continue;
        }
        QStringList pieces = breakWord(word, width, widthOf);
        line = pieces.takeLast();
        *lines << pieces;
    }
    *lines << line;
}

} // namespace

QStringList wrap(const QString &text, qreal width, const WidthFunction &widthOf)
{
    QStringList lines;
    QString normalized = text;
    normalized.replace(QLatin1Char('\t'), QLatin1Char(' '));
    normalized.remove(QLatin1Char('\r'));
    for (const QString &paragraph : normalized.split(QLatin1Char('\n')))
        wrapParagraph(paragraph, width, widthOf, &lines);
    return lines;
}

} // namespace Needle::TextWrap
