#pragma once

#include <crisis/core/analysis/chartspec.h>
#include <crisis/core/support/result.h>
#include <crisis/ui/charts/theme.h>

#include <QImage>
#include <QSize>

#include <memory>
#include <optional>
#include <vector>

class QIODevice;
class QPainter;

namespace crisis::ui {

/// What to export: a chart (with its options: date range, measure) or the timeline (its events and range).
struct ExportContent
{
    std::shared_ptr<const core::Workspace> workspace;
    /// A chart; nothing for the timeline.
    std::optional<core::ChartKind> chart;
    core::ChartOptions chartOptions;
    /// Timeline: the events to show and the dates to show them over.
    std::vector<qint32> events;
    QDate from;
    QDate to;
    /// A date to mark with a cursor, and figures to ring (a handout of a story).
    QDate cursor;
    QString cursorLabel;
    bool cursorPending = false;
    /// The event lies before (-1) or after (1) the chart's dates: the cursor stands at that edge.
    int cursorEdge = 0;
    QList<qsizetype> highlighted;

    /// "deployment", ..., "timeline": for file names.
    QString key() const;
};

/// How to export it.
struct ExportOptions
{
    enum class Format { Png, Svg, Pdf };
    Format format = Format::Png;
    /// Logical size in pixels (96 per inch); a PNG has size × scale pixels.
    QSize size { 1920, 1080 };
    int scale = 1;
    bool showTitle = true;
    bool showSubtitle = true;
    bool showAsOf = true;
    bool showSources = true;
    /// Replaces the chart's own title when not empty.
    QString title;
    /// The timeline in lanes by category, or as a list (date, title, status); automatically: in lanes where every
    /// title fits whole at a readable size, else as a list.
    enum class TimelineStyle { Automatic, Lanes, List };
    TimelineStyle timelineStyle = TimelineStyle::Automatic;
    /// Light by default, whatever the window's theme: a page goes onto a slide or into a brief.
    Theme theme = Theme::Light;

    static std::optional<Format> formatFromName(QStringView name);
    static QString formatName(Format format);

    /// The largest image drawn in pixels (size × scale): 16,384 pixels a side and 128 Mi pixels in all (512 MiB of
    /// memory), a little more than 3840 × 2160 at 4×. A larger one would take minutes and gigabytes.
    static constexpr int maxPixelsASide = 16384;
    static constexpr qint64 maxPixels = qint64(128) * 1024 * 1024;
    /// Whether an image of size × scale keeps within those limits.
    bool pixelsWithinLimits() const;
};

/// The size presets of the export dialog and the command line.
struct SizePreset
{
    QString name;
    QSize size;
};
QList<SizePreset> sizePresets();

/// Renders a chart or the timeline as a page that stands on its own in a slide or a brief: title, subtitle,
/// the dates shown and the "as of" date above; numbered sources and the product name below. Text is laid out
/// at the page's size and drawn at its resolution, in DejaVu Sans (fonts-dejavu-core's files), so it is crisp at 2×
/// and 3× and looks the same whatever the desktop's fonts.
class ChartExporter
{
public:
    ChartExporter(ExportContent content, ExportOptions options);

    const core::ChartSpec& spec() const { return m_spec; }
    QString title() const;

    /// Draws the page on a painter whose device is size() logical pixels.
    void render(QPainter* painter) const;
    /// The page as an image of size × scale pixels.
    QImage toImage() const;
    /// Writes the page in its format, through a temporary file renamed when complete.
    core::Result<void> write(const QString& path) const;
    /// Writes the brief pack into a folder: KEY.png, KEY-alt.txt and KEY-points.csv.
    core::Result<void> writeBriefPack(const QString& folder) const;
    QString altText() const;
    QByteArray pointsCsv() const;
    /// Whether the timeline is drawn as a list: asked for, or automatically where the lanes cannot give every title
    /// its room at a readable size. False for a chart.
    bool timelineAsList() const;

    /// Registers DejaVu Sans from CRISIS_DEJAVU_DIR with Qt (once); the family exports use.
    static QString fontFamily();

private:
    struct Layout;
    Layout layout() const;
    void renderTimeline(QPainter* painter, const Layout& l) const;
    void renderEventList(QPainter* painter, const Layout& l) const;
    /// Writes the page in its format to an open device; an error says why in a few words (the caller names the
    /// file): the device's own reason when it failed (a full disk).
    core::Result<void> writeTo(QIODevice* device) const;
    /// Pages larger than Full HD are laid out at Full HD's size and drawn magnified: lines, marks and text
    /// keep their proportions at 4K instead of thinning to hairlines. 1 for smaller pages.
    double magnification() const;
    /// The size the page is laid out at: size() divided by the magnification.
    QSize layoutSize() const;

    ExportContent m_content;
    ExportOptions m_options;
    core::ChartSpec m_spec;
};

} // namespace crisis::ui
