#pragma once

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>

// A Qt Linguist .ts file as the translation tests see it: every message with its context,
// source, comment, type ("", "unfinished", "obsolete", "vanished") and translations (one, or
// one per plural form for %n messages).
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString type;
    bool numerus = false;
    QStringList translations;

    QString key() const
    {
        return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment;
    }
    QString describe() const
    {
        return QStringLiteral("[%1] \"%2\"%3")
            .arg(context, source,
                 comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(comment));
    }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;

    static TsFile read(const QString &path)
    {
        TsFile ts;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            ts.error = QStringLiteral("cannot open %1").arg(path);
            return ts;
        }
        QXmlStreamReader xml(&file);
        QString context;
        TsMessage message;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage();
                message.context = context;
                message.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translations << xml.readElementText();
                else
                    readForms(xml, &message);
                ts.messages << message;
            }
        }
        if (xml.hasError())
            ts.error =
                QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return ts;
    }

private:
    static void readForms(QXmlStreamReader &xml, TsMessage *message)
    {
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("numerusform"))
                message->translations << xml.readElementText();
            else
                xml.skipCurrentElement();
        }
    }
};

// The placeholders a string uses (%1 .. %99, %L1, %n, %Ln), sorted, each once.
inline QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured(0);
        if (!found.contains(p))
            found << p;
    }
    found.sort();
    return found;
}

// How many keyboard accelerators ("&File"; "&&" is a literal ampersand) a string has.
inline int accelerators(const QString &text)
{
    int count = 0;
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&'))
            ++i;
        else if (i > 0 && text.at(i - 1).isUpper() && text.at(i + 1).isUpper())
            continue; // an abbreviation such as R&D or P&L
        else if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}
