#pragma once

#include <QByteArray>
#include <QRectF>
#include <QString>
#include <QVector>

namespace Needle {

// What Qt 6.4's QPdfWriter cannot write (it has setTitle and setCreator only): the author,
// subject and keywords of the document information, an outline (bookmarks) and internal links
// (the contents page). Added to a finished PDF as a standard incremental update (PDF 1.7,
// section 7.5.6): the bytes Qt wrote stay as they are, new versions of the information
// dictionary, the catalog and the pages' annotation arrays follow with their own xref section.
struct PdfAmendment
{
    struct Destination
    {
        int page = 0; // 0-based
        qreal top = 0; // points from the top of the page
    };
    struct OutlineEntry
    {
        QString title;
        Destination destination;
    };
    struct Link
    {
        int page = 0; // where the link is, 0-based
        QRectF rect; // points from the page's top left corner
        Destination destination;
    };

    QString author;
    QString subject;
    QString keywords;
    QVector<OutlineEntry> outline;
    QVector<Link> links;

    // Appends the update to `pdf`. Returns false with a message when the file is not the plain
    // xref-table PDF QPdfWriter writes (then `pdf` is unchanged).
    bool apply(QByteArray *pdf, QString *errorMessage) const;
};

} // namespace Needle
