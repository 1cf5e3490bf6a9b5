#pragma once

#include <QString>
#include <QStringList>
#include <functional>

namespace Needle::TextWrap {

using WidthFunction = std::function<qreal(const QString &)>;

// Splits text into lines no wider than `width` as measured by `widthOf`, at spaces; a word
// wider than a line is broken between characters (graphemes) so nothing is ever cut off.
// Line breaks in the text are kept. Empty text gives one empty line.
QStringList wrap(const QString &text, qreal width, const WidthFunction &widthOf);

} // namespace Needle::TextWrap
