#pragma once

#include <QByteArray>

class QImage;

namespace crisis::ui {

/// Encodes a chart as an 8-bit RGB PNG, about four times as fast as Qt's PNG writer for our pages.
///
/// Qt's writer hands every row to libpng, whose adaptive filtering tries all five PNG filters on every row: for a
/// 3840x2160 chart that is over half of the export's time, to save a few percent of the file. Charts are mostly
/// runs of one colour, so a row is filtered with Up when it repeats the row above (it becomes zeros) and with Sub
/// otherwise (runs of one colour become zeros), and compressed by zlib at its fastest level, the two halves of the
/// image on two threads joined into one zlib stream (as pigz joins its blocks). The file is a plain PNG any viewer
/// opens, somewhat larger than Qt's (the README's speed section gives both).
///
/// The image's alpha channel is dropped (charts are drawn on an opaque page); its resolution is kept (pHYs).
/// Returns an empty array for a null image.
QByteArray encodePng(const QImage& source);

} // namespace crisis::ui
