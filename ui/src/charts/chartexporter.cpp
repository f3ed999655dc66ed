#include <crisis/core/analysis/calendaraxis.h>
#include <crisis/core/analysis/displayformat.h>
#include <crisis/core/interchange/briefpack.h>
#include <crisis/core/support/files.h>
#include <crisis/ui/charts/chartexporter.h>
#include <crisis/ui/charts/chartview.h>
#include <crisis/ui/charts/documentmetadata.h>
#include <crisis/ui/charts/pngencoder.h>
#include <crisis/ui/charts/timelineview.h>
#include <crisis/ui/models/labels.h>

#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QResizeEvent>
#include <QSvgGenerator>
#include <QUuid>

#include <algorithm>
#include <array>
#include <cmath>

namespace crisis::ui {

using namespace crisis::core;

namespace {

Error ioError(const QString& path, const QString& why)
{
    return Error { Error::Code::Io, QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), why),
        {} };
}

// Why a page could not be written, in a few words (the device's own failure, a full disk, is kept by the
// FileWriter it belongs to and said first).
Error failure(const QIODevice*, const QString& why)
{
    return Error { Error::Code::Io, why, {} };
}

// Why an image is not drawn: its size in pixels and the limits.
QString tooManyPixels(const ExportOptions& options)
{
    return QStringLiteral("an image of %1 \u00d7 %2 pixels is larger than the most drawn (%3 pixels a side, %4 in all)")
        .arg(QString::number(qint64(options.size.width()) * options.scale),
            QString::number(qint64(options.size.height()) * options.scale),
            QString::number(ExportOptions::maxPixelsASide), QString::number(ExportOptions::maxPixels));
}

QFont pixelFont(double pixels, bool bold = false)
{
    QFont font(ChartExporter::fontFamily());
    font.setPixelSize(std::max(6, static_cast<int>(std::lround(pixels))));
    font.setBold(bold);
    return font;
}

// Lays out a widget that is never shown at its size: it gets the resize event showing it would send.
void layOut(QWidget& widget, const QSize& size)
{
    const QSize old = widget.size();
    widget.resize(size);
    QResizeEvent resize(size, old);
    QCoreApplication::sendEvent(&widget, &resize);
    QCoreApplication::sendPostedEvents();
}

} // namespace

QString ExportContent::key() const
{
    return chart ? chartKey(*chart) : QStringLiteral("timeline");
}

std::optional<ExportOptions::Format> ExportOptions::formatFromName(QStringView name)
{
    if (name.compare(u"png", Qt::CaseInsensitive) == 0)
        return Format::Png;
    if (name.compare(u"svg", Qt::CaseInsensitive) == 0)
        return Format::Svg;
    if (name.compare(u"pdf", Qt::CaseInsensitive) == 0)
        return Format::Pdf;
    return std::nullopt;
}

QString ExportOptions::formatName(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

bool ExportOptions::pixelsWithinLimits() const
{
    const qint64 width = qint64(size.width()) * scale;
    const qint64 height = qint64(size.height()) * scale;
    return width <= maxPixelsASide && height <= maxPixelsASide && width * height <= maxPixels;
}

QList<SizePreset> sizePresets()
{
    return { { QStringLiteral("1280 \u00d7 720"), { 1280, 720 } },
        { QStringLiteral("1920 \u00d7 1080"), { 1920, 1080 } }, { QStringLiteral("3840 \u00d7 2160"), { 3840, 2160 } },
        // A4 landscape at 96 pixels to the inch: 297 × 210 mm.
        { QStringLiteral("A4 landscape"), { 1123, 794 } } };
}

QString ChartExporter::fontFamily()
{
    // Debian's fonts-dejavu-core (a dependency of the package) rather than a copy of our own. The files are loaded
    // by name so exports take exactly them even where the desktop's font settings would pick another DejaVu Sans;
    // where they are missing, the font configuration's DejaVu Sans (or its stand-in) is used.
    static const QString family = [] {
        QString name = QStringLiteral("DejaVu Sans");
        for (const QString& file : { QStringLiteral(CRISIS_DEJAVU_DIR "/DejaVuSans.ttf"),
                 QStringLiteral(CRISIS_DEJAVU_DIR "/DejaVuSans-Bold.ttf") }) {
            const int id = QFile::exists(file) ? QFontDatabase::addApplicationFont(file) : -1;
            if (id >= 0 && !QFontDatabase::applicationFontFamilies(id).isEmpty())
                name = QFontDatabase::applicationFontFamilies(id).first();
        }
        return name;
    }();
    return family;
}

ChartExporter::ChartExporter(ExportContent content, ExportOptions options)
    : m_content(std::move(content))
    , m_options(std::move(options))
{
    if (m_content.chart) {
        ChartOptions chartOptions = m_content.chartOptions;
        chartOptions.widthPixels = std::max(200, layoutSize().width() - 120);
        m_spec = buildChart(*m_content.workspace, *m_content.chart, chartOptions);
    }
}

QString ChartExporter::title() const
{
    if (!m_options.title.isEmpty())
        return m_options.title;
    return m_content.chart
        ? m_spec.title
        : QCoreApplication::translate("ChartExporter", "Timeline of events", "title of an exported timeline");
}

struct ChartExporter::Layout
{
    QFont titleFont;
    QFont subtitleFont;
    QFont footerFont;
    QFont bodyFont;
    QRectF title;
    QRectF subtitle;
    QRectF asOf;
    QRectF body;
    QRectF footer;
    QString subtitleText;
    QString asOfText;
    QString footerText;
};

double ChartExporter::magnification() const
{
    const double across = m_options.size.width() / 1920.0;
    const double down = m_options.size.height() / 1080.0;
    return std::max(1.0, std::min(across, down));
}

QSize ChartExporter::layoutSize() const
{
    const double magnified = magnification();
    return QSize(static_cast<int>(std::floor(m_options.size.width() / magnified)),
        static_cast<int>(std::floor(m_options.size.height() / magnified)));
}

ChartExporter::Layout ChartExporter::layout() const
{
    const double width = layoutSize().width();
    const double height = layoutSize().height();
    const double margin = std::max(12.0, std::min(width, height) * 0.03);
    const double base = std::clamp(height / 48.0, 9.0, 60.0);
    Layout l;
    l.titleFont = pixelFont(base * 1.45, true);
    l.subtitleFont = pixelFont(base * 0.9);
    l.bodyFont = pixelFont(base * 0.7);
    const double inner = width - 2 * margin;
    double y = margin;
    if (m_options.showTitle) {
        l.title = QRectF(margin, y, inner, QFontMetricsF(l.titleFont).height());
        y = l.title.bottom() + base * 0.2;
    }
    if (m_options.showSubtitle) {
        l.subtitleText = m_content.chart
            ? m_spec.subtitle
            : QCoreApplication::translate("ChartExporter",
                "Events in lanes by category; a day is a diamond, a month or a year a bar, “c.” approximate");
        l.subtitle = QRectF(margin, y, inner, QFontMetricsF(l.subtitleFont).height());
        y = l.subtitle.bottom() + base * 0.1;
    }
    if (m_options.showAsOf) {
        QStringList parts;
        const QDate from = m_content.chart ? m_spec.from : m_content.from;
        const QDate to = m_content.chart ? m_spec.to : m_content.to;
        if (m_content.chart && !m_spec.categories.isEmpty())
            parts.append(QCoreApplication::translate("ChartExporter", "Latest report for each: %1", "a list of funders")
                             .arg(m_spec.categories.join(QStringLiteral(", "))));
        else if (m_content.chart && from.isValid() && to.isValid())
            // Exactly the date axis' range (whole years, quarters or months), as the chart draws it.
            parts.append(QCoreApplication::translate("ChartExporter", "Dates shown: %1", "a range of dates")
                             .arg(datesShown(calendarAxis(from, to, 12))));
        else if (from.isValid() && to.isValid())
            parts.append(QCoreApplication::translate("ChartExporter", "Dates shown: %1", "a range of dates")
                             .arg(dateRange(formatDate(PartialDate::fromParts(from.year(), from.month())),
                                 formatDate(PartialDate::fromParts(to.year(), to.month())))));
        if (m_content.chart && m_spec.asOf.isValid())
            parts.append(QCoreApplication::translate("ChartExporter", "Figures as of %1", "a date")
                             .arg(formatDate(m_spec.asOf)));
        l.asOfText = parts.join(QStringLiteral(" \u00b7 "));
        l.asOf = QRectF(margin, y, inner, QFontMetricsF(l.subtitleFont).height());
        y = l.asOf.bottom();
    }
    y += base * 0.5;

    // The footer: numbered sources, notes and the product; its text shrinks until it takes at most a third.
    QStringList lines;
    if (m_options.showSources && m_content.chart) {
        QStringList sources;
        for (const ChartFootnote& footnote : m_spec.footnotes)
            sources.append(QStringLiteral("%1. %2").arg(QString::number(footnote.number), footnote.text));
        if (!sources.isEmpty())
            lines.append(QCoreApplication::translate("ChartExporter", "Sources: %1", "the numbered sources")
                             .arg(sources.join(QStringLiteral("   "))));
        for (const QString& note : m_spec.notes)
            lines.append(note);
    } else if (m_options.showSources && m_content.workspace) {
        QStringList sources;
        for (const Source& source : m_content.workspace->sources())
            sources.append(m_content.workspace->sourceLabel(source));
        lines.append(QCoreApplication::translate("ChartExporter", "Sources: %1", "the numbered sources")
                         .arg(sources.join(QStringLiteral("; "))));
    }
    lines.append(QCoreApplication::translate(
        "ChartExporter", "Crisis Timeline \u2014 every figure and event is quoted from the source that states it."));
    l.footerText = lines.join(u'\n');
    double footerSize = base * 0.62;
    QRectF measured;
    for (int tries = 0; tries < 12; ++tries) {
        l.footerFont = pixelFont(footerSize);
        measured = QFontMetricsF(l.footerFont).boundingRect(QRectF(0, 0, inner, 1e6), Qt::TextWordWrap, l.footerText);
        if (measured.height() <= height / 3 || footerSize < 7)
            break;
        footerSize *= 0.88;
    }
    l.footer = QRectF(margin, height - margin - measured.height(), inner, measured.height());
    l.body = QRectF(QPointF(margin, y), QPointF(width - margin, l.footer.top() - base * 0.4));
    return l;
}

void ChartExporter::render(QPainter* painter) const
{
    const ChartStyle style = ChartStyle::of(m_options.theme);
    Layout l = layout();
    const bool asList = timelineAsList();
    if (asList)
        l.subtitleText = QCoreApplication::translate("ChartExporter",
            "Events in date order, coloured by category; hollow: expected or proposed; “c.” approximate");
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter->fillRect(QRectF(QPointF(0, 0), QSizeF(m_options.size)), style.page);
    painter->scale(magnification(), magnification());
    painter->setPen(style.text);
    if (m_options.showTitle) {
        painter->setFont(l.titleFont);
        painter->drawText(l.title, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(l.titleFont).elidedText(title(), Qt::ElideRight, l.title.width()));
    }
    painter->setFont(l.subtitleFont);
    painter->setPen(style.quietText);
    if (m_options.showSubtitle)
        painter->drawText(l.subtitle, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(l.subtitleFont).elidedText(l.subtitleText, Qt::ElideRight, l.subtitle.width()));
    if (m_options.showAsOf)
        painter->drawText(l.asOf, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(l.subtitleFont).elidedText(l.asOfText, Qt::ElideRight, l.asOf.width()));
    painter->setFont(l.footerFont);
    painter->setPen(style.quietText);
    painter->drawText(l.footer, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, l.footerText);

    const QRect body = l.body.toAlignedRect();
    if (m_content.chart) {
        ChartView view;
        view.setChartStyle(style);
        view.setFont(l.bodyFont);
        view.setFrameShape(QFrame::NoFrame);
        view.setSpec(m_spec, m_content.workspace);
        view.setInteractive(false);
        view.setTimeCursor(m_content.cursor, m_content.cursorLabel, m_content.cursorPending,
            m_content.cursorEdge < 0       ? ChartView::CursorEdge::Left
                : m_content.cursorEdge > 0 ? ChartView::CursorEdge::Right
                                           : ChartView::CursorEdge::Inside);
        view.setHighlightedFigures(m_content.highlighted);
        layOut(view, body.size());
        view.chart()->resize(QSizeF(body.size()));
        QCoreApplication::sendPostedEvents();
        view.scene()->render(painter, QRectF(body), QRectF(QPointF(0, 0), QSizeF(body.size())));
    } else if (asList) {
        renderEventList(painter, l);
    } else {
        renderTimeline(painter, l);
    }
    painter->restore();
}

namespace {

// Lays the timeline out at the body's size with text as large as lets every lane fit the page: smaller for many
// events, up to a quarter larger for a few, so that the page is filled and legible from the back of a room.
void fitTimeline(TimelineView& timeline, QFont font, const QSize& body, const ExportContent& content)
{
    timeline.setForPrint(true);
    timeline.setFont(font);
    timeline.setWorkspace(content.workspace);
    timeline.setEvents(content.events);
    layOut(timeline, body);
    if (content.from.isValid() && content.to.isValid())
        timeline.setRange(content.from, content.to);
    const int basePixels = font.pixelSize();
    const auto setPixels = [&](int pixels) {
        font.setPixelSize(pixels);
        timeline.setFont(font);
        timeline.setRange(timeline.from(), timeline.to().addDays(1)); // lays the events out again
        timeline.setRange(timeline.from(), timeline.to().addDays(-1));
    };
    while (timeline.minimumHeight() > body.height() && font.pixelSize() > 6)
        setPixels(std::max(6, font.pixelSize() * 9 / 10));
    if (font.pixelSize() == basePixels) {
        const int largest = basePixels * 5 / 4;
        while (font.pixelSize() < largest) {
            const int fitting = font.pixelSize();
            setPixels(std::min(largest, std::max(fitting + 1, fitting * 11 / 10)));
            if (timeline.minimumHeight() > body.height()) {
                setPixels(fitting);
                break;
            }
        }
    }
}

// The smallest text a timeline's titles are drawn at on a page (11 pixels on a 1280 x 720 page, in proportion on a
// smaller one): below it the events are listed instead.
int smallestTimelineText(const QFont& body)
{
    return std::min(11, body.pixelSize());
}

} // namespace

bool ChartExporter::timelineAsList() const
{
    if (m_content.chart)
        return false;
    if (m_options.timelineStyle != ExportOptions::TimelineStyle::Automatic)
        return m_options.timelineStyle == ExportOptions::TimelineStyle::List;
    const Layout l = layout();
    const QSize body = l.body.toAlignedRect().size();
    TimelineView timeline;
    fitTimeline(timeline, l.bodyFont, body, m_content);
    const TimelineLayout& lanes = timeline.layout();
    const bool whole = lanes.hiddenLabels == 0
        && std::none_of(
            lanes.items.cbegin(), lanes.items.cend(), [](const TimelineItem& item) { return item.labelCut; });
    return !whole || timeline.minimumHeight() > body.height()
        || timeline.font().pixelSize() < smallestTimelineText(l.bodyFont);
}

void ChartExporter::renderTimeline(QPainter* painter, const Layout& l) const
{
    const QRect body = l.body.toAlignedRect();
    TimelineView timeline;
    timeline.setChartStyle(ChartStyle::of(m_options.theme));
    fitTimeline(timeline, l.bodyFont, body.size(), m_content);
    timeline.setMinimumHeight(0);
    timeline.resize(body.size());
    painter->save();
    painter->translate(body.topLeft());
    timeline.render(painter, QPoint(), QRegion(QRect(QPoint(0, 0), body.size())), QWidget::DrawChildren);
    painter->restore();
}

void ChartExporter::renderEventList(QPainter* painter, const Layout& l) const
{
    const ChartStyle style = ChartStyle::of(m_options.theme);
    const Workspace& workspace = *m_content.workspace;
    // A key to the colours on the first line, the list below it.
    QFont font = l.bodyFont;
    EventListLayout list;
    QRectF area;
    // The largest text, up to a quarter above the page's, at which every event fits.
    const int largest = font.pixelSize() * 5 / 4;
    for (int pixels = largest; pixels >= 6; pixels = std::min(pixels - 1, pixels * 19 / 20)) {
        font.setPixelSize(pixels);
        const QFontMetricsF metrics(font);
        area = l.body.adjusted(0, metrics.height() * 1.8, 0, 0);
        EventListOptions options;
        options.from = m_content.from.isValid() ? m_content.from : QDate(1, 1, 1);
        options.to = m_content.to.isValid() ? m_content.to : QDate(9999, 12, 31);
        options.width = area.width();
        options.height = area.height();
        options.lineHeight = metrics.height();
        options.gap = metrics.height();
        options.textWidth = [metrics](const QString& text) { return metrics.horizontalAdvance(text); };
        options.statusText = [](EventStatus status) { return eventStatusLabel(status); };
        list = layoutEventList(workspace, m_content.events, options);
        if (list.fits)
            break;
    }
    // A key to the colours of the events listed.
    QList<EventCategory> categories;
    for (const EventListEntry& entry : std::as_const(list.entries)) {
        if (!categories.contains(entry.category))
            categories.append(entry.category);
    }
    std::sort(categories.begin(), categories.end());
    const QFontMetricsF metrics(font);
    const double line = metrics.height();
    painter->save();
    painter->setFont(font);
    double x = l.body.left();
    for (const EventCategory category : std::as_const(categories)) {
        painter->fillRect(QRectF(x, l.body.top() + line * 0.2, line * 0.6, line * 0.6), style.categoryColor(category));
        x += line;
        painter->setPen(style.text);
        const QString name = categoryLabel(category);
        painter->drawText(QPointF(x, l.body.top() + metrics.ascent()), name);
        x += metrics.horizontalAdvance(name) + line * 1.2;
    }
    for (const EventListEntry& entry : std::as_const(list.entries)) {
        const double left = area.left() + entry.column * (list.columnWidth + 2 * line);
        const double top = area.top() + entry.y;
        if (top + line > area.bottom())
            continue;
        const QRectF swatch(left, top + line * 0.2, line * 0.6, line * 0.6);
        if (workspace.events().at(entry.eventIndex).status == EventStatus::Occurred) {
            painter->fillRect(swatch, style.categoryColor(entry.category));
        } else {
            painter->setPen(QPen(style.categoryColor(entry.category).darker(130), 1.5));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(swatch);
        }
        painter->setPen(style.quietText);
        painter->setFont(font);
        painter->drawText(QPointF(left + line, top + metrics.ascent()), entry.date);
        painter->setPen(style.text);
        // Lines past the page's body (a list that does not fit even in small type) are left out, not drawn over
        // the sources.
        for (qsizetype i = 0; i < entry.titleLines.size() && top + static_cast<double>(i + 1) * line <= area.bottom();
             ++i)
            painter->drawText(QPointF(left + list.titleX, top + static_cast<double>(i) * line + metrics.ascent()),
                entry.titleLines.at(i));
        if (!entry.status.isEmpty()) {
            QFont italic = font;
            italic.setItalic(true);
            painter->setFont(italic);
            painter->setPen(style.quietText);
            painter->drawText(QPointF(left + list.statusX, top + metrics.ascent()), entry.status);
        }
    }
    painter->restore();
}

QImage ChartExporter::toImage() const
{
    if (!m_options.pixelsWithinLimits())
        return {};
    const int scale = std::clamp(m_options.scale, 1, 4);
    QImage image(m_options.size * scale, QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    image.fill(ChartStyle::of(m_options.theme).page);
    QPainter painter(&image);
    render(&painter);
    painter.end();
    return image;
}

core::Result<void> ChartExporter::writeTo(QIODevice* device) const
{
    switch (m_options.format) {
    case ExportOptions::Format::Png: {
        if (!m_options.pixelsWithinLimits())
            return failure(device, tooManyPixels(m_options));
        // Encoded in memory, then written whole (pngencoder.h says why not Qt's PNG writer).
        const QByteArray encoded = encodePng(toImage());
        if (encoded.isEmpty())
            return failure(device, QStringLiteral("the image could not be encoded"));
        if (device->write(encoded) != encoded.size())
            return failure(device, QStringLiteral("the image could not be written"));
        return {};
    }
    case ExportOptions::Format::Svg: {
        // Qt 6.4 writes the title and description into the SVG as they are: it is given marks, replaced by the
        // escaped texts once it is done.
        const QString unique = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString titleMark = QStringLiteral("crisis-title-") + unique;
        const QString descriptionMark = QStringLiteral("crisis-description-") + unique;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(m_options.size);
        svg.setViewBox(QRect(QPoint(0, 0), m_options.size));
        svg.setResolution(96); // else Qt draws text at 75% of its size
        svg.setTitle(titleMark);
        svg.setDescription(descriptionMark);
        QPainter painter;
        if (!painter.begin(&svg))
            return failure(device, QStringLiteral("the SVG cannot be drawn"));
        render(&painter);
        painter.end();
        const QByteArray bytes
            = finishSvg(buffer.data(), { { titleMark, title() }, { descriptionMark, altText().trimmed() } });
        if (device->write(bytes) != bytes.size())
            return failure(device, device->errorString());
        return {};
    }
    case ExportOptions::Format::Pdf: {
        // Title, subject (the alt text) and language, for screen readers and the viewer's title bar: Qt sets the
        // title and takes our XMP; the subject and the language are added to what it wrote.
        const QString subject = altText().trimmed();
        const QString language = QStringLiteral("en");
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter pdf(&buffer);
            pdf.setResolution(96);
            pdf.setPageLayout(QPageLayout(QPageSize(QSizeF(m_options.size) * 72.0 / 96.0, QPageSize::Point),
                QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
            pdf.setCreator(QStringLiteral("Crisis Timeline"));
            pdf.setTitle(title());
            pdf.setDocumentXmpMetadata(pdfXmpMetadata(title(), subject, language));
            QPainter painter;
            if (!painter.begin(&pdf))
                return failure(device, QStringLiteral("the PDF cannot be drawn"));
            render(&painter);
            painter.end();
        }
        const QByteArray bytes = withPdfDocumentInfo(buffer.data(), title(), subject, language);
        if (device->write(bytes) != bytes.size())
            return failure(device, device->errorString());
        return {};
    }
    }
    return {};
}

core::Result<void> ChartExporter::write(const QString& path) const
{
    // Whole or not at all: a temporary file, every write checked, renamed when complete (a full disk leaves none).
    FileWriter file(path);
    if (file.open()) {
        if (auto written = writeTo(file.device()); !written)
            file.fail(written.error().message); // the reason: the writer names the file
    }
    return file.commit();
}

QString ChartExporter::altText() const
{
    if (m_content.chart) {
        QString text = core::altText(m_spec, *m_content.workspace);
        if (!m_options.title.isEmpty())
            text.prepend(m_options.title + QStringLiteral(". "));
        return text;
    }
    return timelineAltText(*m_content.workspace, m_content.events, m_content.from, m_content.to);
}

QByteArray ChartExporter::pointsCsv() const
{
    if (m_content.chart)
        return plottedPointsCsv(m_spec, *m_content.workspace);
    return timelineEventsCsv(*m_content.workspace, m_content.events, m_content.from, m_content.to);
}

core::Result<void> ChartExporter::writeBriefPack(const QString& folder) const
{
    ExportOptions png = m_options;
    png.format = ExportOptions::Format::Png;
    if (!png.pixelsWithinLimits())
        return ioError(folder, tooManyPixels(png));
    if (!QDir().mkpath(folder))
        return ioError(folder, QStringLiteral("cannot create the folder"));
    const QDir dir(folder);
    // All four or none: each is written under a temporary name, and renamed once all are complete; should a
    // rename fail, those renamed before are removed again.
    FileWriter image(dir.filePath(m_content.key() + QStringLiteral(".png")));
    FileWriter alt(dir.filePath(m_content.key() + QStringLiteral("-alt.txt")));
    FileWriter points(dir.filePath(m_content.key() + QStringLiteral("-points.csv")));
    FileWriter origin(dir.filePath(m_content.key() + QStringLiteral("-dataset.json")));
    const std::array<FileWriter*, 4> files { &image, &alt, &points, &origin };
    for (FileWriter* file : files) {
        if (!file->open())
            return file->commit();
    }
    if (auto written = ChartExporter(m_content, png).writeTo(image.device()); !written)
        image.fail(written.error().message);
    alt.write(altText().toUtf8());
    points.write(pointsCsv());
    // What it was made from: changed-since tells what changed in its figures since.
    core::BriefPackOrigin made;
    made.store = m_content.workspace->location().displayName();
    made.revision = m_content.workspace->data().revision;
    made.view = m_content.key();
    made.made = QDateTime::currentDateTimeUtc();
    if (m_content.chart)
        made.figureIds = core::plottedFigureIds(m_spec, *m_content.workspace);
    origin.write(made.toJson());
    for (size_t i = 0; i < files.size(); ++i) {
        if (auto committed = files[i]->commit(); !committed) {
            for (size_t j = i + 1; j < files.size(); ++j)
                files[j]->fail(QStringLiteral("the brief pack was not written"));
            for (size_t j = i + 1; j < files.size(); ++j)
                (void)files[j]->commit();
            for (size_t j = 0; j < i; ++j)
                QFile::remove(files[j]->path());
            return committed;
        }
    }
    return {};
}

} // namespace crisis::ui
