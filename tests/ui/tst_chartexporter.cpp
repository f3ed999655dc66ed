#include "testsupport.h"

#include <crisis/core/analysis/calendaraxis.h>
#include <crisis/core/interchange/briefpack.h>
#include <crisis/core/interchange/datasetjson.h>
#include <crisis/ui/charts/chartexporter.h>
#include <crisis/ui/charts/chartview.h>

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetrics>
#include <QImageReader>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <cmath>

using namespace crisis;
using ui::ChartExporter;
using ui::ExportOptions;

namespace {

ui::ExportContent chart(core::ChartKind kind)
{
    ui::ExportContent content;
    content.workspace = test::bundledWorkspace();
    content.chart = kind;
    return content;
}

ui::ExportContent timeline()
{
    ui::ExportContent content;
    content.workspace = test::bundledWorkspace();
    content.events = test::allEventIndexes(*content.workspace);
    content.from = QDate(2015, 9, 1);
    content.to = QDate(2026, 5, 1);
    return content;
}

bool isWhite(QRgb pixel)
{
    return qRed(pixel) > 250 && qGreen(pixel) > 250 && qBlue(pixel) > 250;
}

// Share of pixels in a band of rows (fractions of the height) that are not white.
double inkIn(const QImage& image, double fromRow, double toRow)
{
    qint64 ink = 0;
    qint64 all = 0;
    for (int y = static_cast<int>(fromRow * image.height()); y < static_cast<int>(toRow * image.height()); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 2) {
            ++all;
            ink += !isWhite(line[x]);
        }
    }
    return all ? static_cast<double>(ink) / static_cast<double>(all) : 0;
}

bool edgesAreWhite(const QImage& image)
{
    const int band = std::max(2, image.height() / 200);
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        const bool edgeRow = y < band || y >= image.height() - band;
        for (int x = 0; x < image.width(); ++x) {
            const bool edge = edgeRow || x < band || x >= image.width() - band;
            if (edge && !isWhite(line[x]))
                return false;
        }
    }
    return true;
}

} // namespace

TEST(ChartExporter, EveryPresetAndScaleHasExactlyItsPixelsAndNothingTouchesTheEdges)
{
    for (const ui::SizePreset& preset : ui::sizePresets()) {
        for (const int scale : { 1, 2, 3 }) {
            ExportOptions options;
            options.size = preset.size;
            options.scale = scale;
            const QImage image = ChartExporter(chart(core::ChartKind::Deployment), options).toImage();
            EXPECT_EQ(image.size(), preset.size * scale) << preset.name.toStdString() << " @" << scale;
            EXPECT_EQ(image.deviceIndependentSize().toSize(), preset.size);
            if (scale == 1) {
                EXPECT_TRUE(edgesAreWhite(image)) << preset.name.toStdString() << ": something is clipped at an edge";
                EXPECT_GT(inkIn(image, 0, 1), 0.02) << preset.name.toStdString() << " is blank";
            }
        }
    }
}

TEST(ChartExporter, FourKPageIsTheFullHdPageMagnifiedNotThinned)
{
    // At 3840x2160 lines, marks and text keep the proportions they have at 1920x1080: the same page at 2x.
    const QList<ui::ExportContent> contents { chart(core::ChartKind::Casualties), timeline() };
    for (const ui::ExportContent& content : contents) {
        ExportOptions fullHd;
        fullHd.size = { 1920, 1080 };
        fullHd.scale = 2;
        ExportOptions uhd;
        uhd.size = { 3840, 2160 };
        const QImage twice = ChartExporter(content, fullHd).toImage();
        const QImage large = ChartExporter(content, uhd).toImage();
        ASSERT_EQ(twice.size(), large.size());
        qint64 differing = 0;
        for (int y = 0; y < large.height(); ++y) {
            const auto* a = reinterpret_cast<const QRgb*>(twice.constScanLine(y));
            const auto* b = reinterpret_cast<const QRgb*>(large.constScanLine(y));
            for (int x = 0; x < large.width(); ++x)
                differing += a[x] != b[x];
        }
        EXPECT_LT(differing, large.width() * large.height() / 1000) << content.key().toStdString();
    }
}

TEST(ChartExporter, EveryViewDrawsItsChartAndItsSourcesBelow)
{
    ExportOptions options;
    options.size = { 1920, 1080 };
    const QList<ui::ExportContent> contents { chart(core::ChartKind::Deployment), chart(core::ChartKind::Casualties),
        chart(core::ChartKind::Displacement), chart(core::ChartKind::Funding), timeline() };
    for (const ui::ExportContent& content : contents) {
        const QImage image = ChartExporter(content, options).toImage();
        EXPECT_GT(inkIn(image, 0.15, 0.85), 0.03) << content.key().toStdString() << ": the chart is missing";
        // The footer rows hold the sources and the product name: text, so some dark pixels.
        EXPECT_GT(inkIn(image, 0.90, 0.97), 0.002) << content.key().toStdString() << ": no text in the footer";
        EXPECT_TRUE(edgesAreWhite(image)) << content.key().toStdString();
    }
}

TEST(ChartExporter, SmallAndOddSizesAreDrawnToo)
{
    // Small pages shrink the type (below 9 pixels once, growing it again never ended): each is drawn, with ink.
    for (const QSize size :
        { QSize(800, 600), QSize(640, 360), QSize(300, 200), QSize(2000, 600), QSize(1000, 1400) }) {
        for (const ui::ExportContent& content : { timeline(), chart(core::ChartKind::Casualties) }) {
            ExportOptions options;
            options.size = size;
            const QImage image = ChartExporter(content, options).toImage();
            EXPECT_EQ(image.size(), size);
            EXPECT_GT(inkIn(image, 0, 1), 0.01)
                << content.key().toStdString() << " " << size.width() << "x" << size.height();
        }
    }
}

TEST(ChartExporter, TogglesLeaveOutTitleAndSources)
{
    ExportOptions bare;
    bare.size = { 1280, 720 };
    bare.showTitle = bare.showSubtitle = bare.showAsOf = bare.showSources = false;
    ExportOptions full = bare;
    full.showTitle = full.showSubtitle = full.showAsOf = full.showSources = true;
    const QImage without = ChartExporter(chart(core::ChartKind::Casualties), bare).toImage();
    const QImage with = ChartExporter(chart(core::ChartKind::Casualties), full).toImage();
    EXPECT_LT(inkIn(without, 0.02, 0.07), inkIn(with, 0.02, 0.07)) << "no title at the top";
    EXPECT_LT(inkIn(without, 0.93, 0.98), inkIn(with, 0.93, 0.98)) << "no sources at the bottom";
}

TEST(ChartExporter, TheSvgIsValidXmlWithTheTitleAndEachSourceAsText)
{
    QTemporaryDir dir;
    ExportOptions options;
    options.format = ExportOptions::Format::Svg;
    const ChartExporter exporter(chart(core::ChartKind::Deployment), options);
    const QString path = dir.filePath(QStringLiteral("deployment.svg"));
    ASSERT_TRUE(exporter.write(path).ok());
    const QByteArray svg = crisis::test::readFile(path);
    QXmlStreamReader xml(svg);
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters)
            text += xml.text();
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_TRUE(text.contains(u"Deployment versus target"));
    for (const core::ChartFootnote& footnote : exporter.spec().footnotes) {
        const QString outlet = footnote.text.section(QStringLiteral(", "), 0, 0);
        EXPECT_TRUE(text.contains(outlet)) << outlet.toStdString();
    }
    EXPECT_TRUE(text.contains(u"ICARO Media Group"));
    EXPECT_TRUE(svg.contains("viewBox=\"0 0 1920 1080\""));
}

TEST(ChartExporter, ThePdfHasOnePage)
{
    QTemporaryDir dir;
    ExportOptions options;
    options.format = ExportOptions::Format::Pdf;
    options.size = { 1123, 794 };
    const QString path = dir.filePath(QStringLiteral("casualties.pdf"));
    ASSERT_TRUE(ChartExporter(chart(core::ChartKind::Casualties), options).write(path).ok());
    const QByteArray pdf = crisis::test::readFile(path);
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_EQ(QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)"))), 1);
    EXPECT_TRUE(pdf.contains("DejaVu")) << "the font is embedded";
}

TEST(ChartExporter, AFailedWriteLeavesNoFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/folder/x.png"));
    const auto result = ChartExporter(chart(core::ChartKind::Funding), {}).write(path);
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(u"cannot write"));
    EXPECT_FALSE(QFile::exists(path));
    // And an existing file is replaced only by a complete one: the earlier content survives a failed export.
    const QString existing = dir.filePath(QStringLiteral("keep.png"));
    crisis::test::writeFile(existing, "earlier");
    ASSERT_TRUE(ChartExporter(chart(core::ChartKind::Funding), {}).write(existing).ok());
    EXPECT_EQ(QImageReader(existing).size(), QSize(1920, 1080));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList({ QStringLiteral("keep.png") }))
        << "no temporary files left";
}

TEST(ChartExporter, TheBriefPackHasTheImageTheAltTextAndThePoints)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("brief"));
    ExportOptions options;
    options.size = { 1280, 720 };
    options.scale = 2;
    ASSERT_TRUE(ChartExporter(chart(core::ChartKind::Casualties), options).writeBriefPack(folder).ok());
    EXPECT_EQ(QDir(folder).entryList(QDir::Files),
        QStringList({ QStringLiteral("casualties-alt.txt"), QStringLiteral("casualties-dataset.json"),
            QStringLiteral("casualties-points.csv"), QStringLiteral("casualties.png") }));
    EXPECT_EQ(QImageReader(folder + QStringLiteral("/casualties.png")).size(), QSize(2560, 1440));
    EXPECT_TRUE(crisis::test::readFile(folder + QStringLiteral("/casualties-alt.txt")).contains("454.6"));
    EXPECT_TRUE(crisis::test::readFile(folder + QStringLiteral("/casualties-points.csv")).contains("#meta+quote"));
    // What it was made from: the bundled dataset (no store, so no revision) and the figures it plots.
    const auto origin = core::BriefPackOrigin::read(folder + QStringLiteral("/casualties-dataset.json"));
    ASSERT_TRUE(origin.ok());
    EXPECT_EQ(origin.value().view, u"casualties");
    EXPECT_EQ(origin.value().revision, 0);
    EXPECT_EQ(origin.value().figureIds.size(), 7) << origin.value().figureIds.join(u' ').toStdString();
    EXPECT_TRUE(origin.value().made.isValid());
}

TEST(ChartExporter, ExportsUseDebiansDejaVuSans)
{
    // No copy of our own: exports load fonts-dejavu-core's files (a dependency of the package, installed for the
    // build by scripts/install-deps.sh), and the family draws Latin text on the offscreen platform.
    for (const QString& file : { QStringLiteral(CRISIS_DEJAVU_DIR "/DejaVuSans.ttf"),
             QStringLiteral(CRISIS_DEJAVU_DIR "/DejaVuSans-Bold.ttf") }) {
        ASSERT_TRUE(QFile::exists(file)) << qPrintable(file) << ": install fonts-dejavu-core";
        const int id = QFontDatabase::addApplicationFont(file);
        ASSERT_GE(id, 0) << qPrintable(file);
        EXPECT_EQ(QFontDatabase::applicationFontFamilies(id), QStringList { QStringLiteral("DejaVu Sans") })
            << qPrintable(file);
    }
    EXPECT_EQ(ChartExporter::fontFamily(), u"DejaVu Sans");
    const QFont font(ChartExporter::fontFamily());
    EXPECT_EQ(QFontInfo(font).family(), u"DejaVu Sans");
    EXPECT_TRUE(QFontMetrics(font).inFont(u'A'));
}

namespace {

// Pixels where `drawn` is darker than `reference` by more than `tolerance` (in luminance): ink that the
// reference does not have.
qint64 pixelsDarkerThan(const QImage& drawn, const QImage& reference, int tolerance)
{
    const QImage a = drawn.convertToFormat(QImage::Format_RGB32);
    const QImage b = reference.convertToFormat(QImage::Format_RGB32);
    qint64 darker = 0;
    for (int y = 0; y < std::min(a.height(), b.height()); ++y) {
        const auto* l = reinterpret_cast<const QRgb*>(a.constScanLine(y));
        const auto* r = reinterpret_cast<const QRgb*>(b.constScanLine(y));
        for (int x = 0; x < std::min(a.width(), b.width()); ++x)
            darker += qGray(l[x]) < qGray(r[x]) - tolerance;
    }
    return darker;
}

// An exported SVG drawn by Qt's SVG renderer, which honours no clip the file does not have, without its text
// (text is laid out a little differently by each renderer; shapes are drawn the same).
QImage drawnSvgShapes(const ChartExporter& exporter, const QSize& size)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("page.svg"));
    EXPECT_TRUE(exporter.write(path).ok());
    QString svg = QString::fromUtf8(crisis::test::readFile(path));
    svg.remove(
        QRegularExpression(QStringLiteral("<text\\b.*?</text>"), QRegularExpression::DotMatchesEverythingOption));
    QSvgRenderer renderer(svg.toUtf8());
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    return image;
}

// The bundled dataset with text that is markup, and characters XML cannot hold, in the titles, outlets and
// notes that exports draw and describe.
std::shared_ptr<const core::Workspace> hostileWorkspace()
{
    core::Dataset dataset = core::bundledDataset();
    const QString payload = QStringLiteral("<script>alert(1)</script> & <b>bold</b> ]]> <!-- \u0001\u000b\ufffe");
    dataset.title = QStringLiteral("Haiti ") + payload;
    for (core::Event& event : dataset.events)
        event.title = payload + u' ' + event.title;
    for (core::Source& source : dataset.sources)
        source.outlet = source.outlet + u' ' + payload;
    return core::Workspace::build(core::Snapshot::fromDataset(dataset));
}

struct SvgParts
{
    QString error;
    QSet<QString> elements;
    QString title;
    QString description;
    QString text;
};

SvgParts readSvg(const QByteArray& svg)
{
    SvgParts parts;
    QXmlStreamReader xml(svg);
    QStringList open;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            parts.elements.insert(xml.name().toString());
            open.append(xml.name().toString());
        } else if (token == QXmlStreamReader::EndElement) {
            open.removeLast();
        } else if (token == QXmlStreamReader::Characters && !open.isEmpty()) {
            if (open == QStringList { QStringLiteral("svg"), QStringLiteral("title") })
                parts.title += xml.text();
            else if (open == QStringList { QStringLiteral("svg"), QStringLiteral("desc") })
                parts.description += xml.text();
            else
                parts.text += xml.text();
        }
    }
    if (xml.hasError())
        parts.error = xml.errorString();
    return parts;
}

} // namespace

TEST(ChartExporter, TheSvgShowsWhatThePngShowsCutToThePlot)
{
    // Narrowed dates put events (bands over their dates) and bars left of the plot: the PNG cuts them at the
    // plot's edge, and so must the SVG, whose generator drops the painter's clip.
    ExportOptions png;
    png.size = { 1280, 720 };
    ExportOptions svg = png;
    svg.format = ExportOptions::Format::Svg;
    ui::ExportContent deployment = chart(core::ChartKind::Deployment);
    deployment.chartOptions.from = QDate(2024, 8, 1);
    deployment.chartOptions.to = QDate(2024, 12, 31);
    ui::ExportContent casualties = chart(core::ChartKind::Casualties);
    casualties.chartOptions.from = QDate(2023, 6, 1);
    casualties.chartOptions.to = QDate(2024, 3, 31);
    ui::ExportContent narrowTimeline = timeline();
    narrowTimeline.from = QDate(2023, 6, 1);
    narrowTimeline.to = QDate(2024, 10, 1);
    for (const ui::ExportContent& content : { deployment, casualties, narrowTimeline }) {
        const QImage fromPng = ChartExporter(content, png).toImage();
        const QImage shapes = drawnSvgShapes(ChartExporter(content, svg), png.size);
        // The SVG's shapes lay no ink where the PNG has none: drawn past the plot, the spans and bars of the
        // casualty chart and the timeline's bars were 1,700 and 7,500 such pixels; the few left are where
        // anti-aliasing and dash patterns differ.
        EXPECT_LT(pixelsDarkerThan(shapes, fromPng, 12), 500) << content.key().toStdString();
    }
}

TEST(ChartExporter, NoTextFromTheDataBecomesMarkupInTheSvg)
{
    ExportOptions options;
    options.format = ExportOptions::Format::Svg;
    options.size = { 1280, 720 };
    options.title = QStringLiteral("Funding & aid < 2024 <script>alert(2)</script> \"quoted\" \u0002");
    const QSet<QString> ours { QStringLiteral("svg"), QStringLiteral("title"), QStringLiteral("desc"),
        QStringLiteral("defs"), QStringLiteral("g"), QStringLiteral("path"), QStringLiteral("text"),
        QStringLiteral("rect"), QStringLiteral("polyline"), QStringLiteral("polygon"), QStringLiteral("image"),
        QStringLiteral("linearGradient"), QStringLiteral("radialGradient"), QStringLiteral("stop"),
        QStringLiteral("pattern"), QStringLiteral("mask"), QStringLiteral("circle"), QStringLiteral("ellipse"),
        QStringLiteral("line") };
    ui::ExportContent page = timeline();
    page.workspace = hostileWorkspace();
    ui::ExportContent deployment = chart(core::ChartKind::Deployment);
    deployment.workspace = page.workspace;
    QTemporaryDir dir;
    for (const ui::ExportContent& content : { page, deployment }) {
        for (const bool ownTitle : { true, false }) {
            ExportOptions these = options;
            if (!ownTitle)
                these.title.clear();
            const ChartExporter exporter(content, these);
            const QString path = dir.filePath(content.key() + QStringLiteral(".svg"));
            ASSERT_TRUE(exporter.write(path).ok());
            const SvgParts svg = readSvg(crisis::test::readFile(path));
            const std::string what = content.key().toStdString() + (ownTitle ? ", --title" : "");
            ASSERT_TRUE(svg.error.isEmpty()) << what << ": " << svg.error.toStdString();
            EXPECT_TRUE((svg.elements - ours).isEmpty())
                << what << ": " << QStringList((svg.elements - ours).values()).join(u' ').toStdString();
            const QString expected = exporter.title().remove(u'\u0002');
            EXPECT_EQ(svg.title, expected) << what;
            // The data's text is all there, as text: in the description, and drawn.
            EXPECT_TRUE(svg.description.contains(u"<script>alert(1)</script> & <b>bold</b> ]]> <!--"))
                << what << ": " << svg.description.toStdString();
            EXPECT_TRUE(svg.text.contains(u"<script>alert(1)</script>")) << what;
        }
    }
}

TEST(ChartExporter, ThePdfSaysItsTitleSubjectAndLanguage)
{
    QTemporaryDir dir;
    ExportOptions options;
    options.format = ExportOptions::Format::Pdf;
    options.size = { 1280, 720 };
    options.title = QStringLiteral("Funding & aid < 2024 (à jour)");
    const ChartExporter exporter(chart(core::ChartKind::Casualties), options);
    const QString path = dir.filePath(QStringLiteral("casualties.pdf"));
    ASSERT_TRUE(exporter.write(path).ok());
    const QByteArray pdf = crisis::test::readFile(path);
    // The last trailer names the catalog and the document information, each where its cross-reference says.
    const qsizetype trailer = pdf.lastIndexOf("trailer");
    ASSERT_GT(trailer, 0);
    const QString tail = QString::fromLatin1(pdf.mid(trailer));
    const auto objectNumber = [&](const QString& key) {
        return QRegularExpression(QStringLiteral("/%1 (\\d+) 0 R").arg(key)).match(tail).captured(1).toInt();
    };
    const QRegularExpressionMatch xref
        = QRegularExpression(QStringLiteral("startxref\\s+(\\d+)\\s+%%EOF\\s*$")).match(tail);
    ASSERT_TRUE(xref.hasMatch());
    const qsizetype section = xref.captured(1).toLongLong();
    ASSERT_TRUE(pdf.mid(section).startsWith("xref"));
    QHash<int, qsizetype> offsets;
    const QStringList lines = QString::fromLatin1(pdf.mid(section, trailer - section)).split(u'\n');
    for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
        const QStringList head = lines.at(i).split(u' ');
        if (head.size() != 2)
            continue;
        for (int n = 0; n < head.at(1).toInt(); ++n)
            offsets.insert(head.at(0).toInt() + n, lines.at(i + 1 + n).left(10).toLongLong());
    }
    const auto object = [&](int number) {
        const qsizetype at = offsets.value(number, -1);
        EXPECT_TRUE(at >= 0 && pdf.mid(at).startsWith(QByteArray(QByteArray::number(number) + " 0 obj"))) << number;
        return at < 0 ? QByteArray() : pdf.mid(at, pdf.indexOf("endobj", at) - at);
    };
    const auto hex = [](const QString& text) {
        QByteArray utf16 = "\xFE\xFF";
        for (const QChar c : text) {
            utf16.append(static_cast<char>(c.unicode() >> 8));
            utf16.append(static_cast<char>(c.unicode() & 0xFF));
        }
        return QByteArray('<' + utf16.toHex().toUpper() + '>');
    };
    const QByteArray info = object(objectNumber(QStringLiteral("Info")));
    EXPECT_TRUE(info.contains(QByteArray("/Title ").append(hex(options.title)))) << info.toStdString();
    EXPECT_TRUE(info.contains(QByteArray("/Subject ").append(hex(exporter.altText().trimmed())))) << "the alt text";
    const QByteArray catalog = object(objectNumber(QStringLiteral("Root")));
    EXPECT_TRUE(catalog.contains("/Type /Catalog"));
    EXPECT_TRUE(catalog.contains(QByteArray("/Lang ").append(hex(QStringLiteral("en")))));
    EXPECT_TRUE(catalog.contains("/DisplayDocTitle true"));
    EXPECT_TRUE(catalog.contains("/Metadata "));
    EXPECT_TRUE(pdf.contains("<dc:language><rdf:Bag><rdf:li>en</rdf:li></rdf:Bag></dc:language>"));
    EXPECT_TRUE(pdf.contains("Funding &amp; aid &lt; 2024 (\xC3\xA0 jour)")) << "the XMP title, escaped";
}

TEST(ChartExporter, TheComputedShortfallIsSaidAsComputedWithItsArithmetic)
{
    // Drawn by the same view the window hovers: its hover and the export's alt text give the arithmetic.
    const ChartExporter exporter(chart(core::ChartKind::Deployment), ExportOptions {});
    ASSERT_FALSE(exporter.spec().shortfalls.isEmpty());
    ui::ChartView view;
    view.resize(1280, 720);
    view.setSpec(exporter.spec(), test::bundledWorkspace());
    const QString hover = view.shortfallToolTip(0);
    EXPECT_TRUE(hover.contains(u"Shortfall (computed)")) << hover.toStdString();
    EXPECT_TRUE(hover.contains(u"2,500 \u2212 1,000 = 1,500")) << hover.toStdString();
    EXPECT_TRUE(exporter.altText().contains(u"2,500 \u2212 800 = 1,700"));
}

TEST(ChartExporter, DatesShownIsTheAxisRange)
{
    // "Dates shown" says exactly what the calendar axis shows: whole quarters here, not the first report's month.
    ui::ExportContent content = chart(core::ChartKind::Deployment);
    ExportOptions svg;
    svg.format = ExportOptions::Format::Svg;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.svg"));
    ASSERT_TRUE(ChartExporter(content, svg).write(path));
    const ChartExporter exporter(content, svg);
    const core::CalendarAxis axis = core::calendarAxis(exporter.spec().from, exporter.spec().to, 12);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("Dates shown: ") + core::datesShown(axis).toHtmlEscaped()))
        << core::datesShown(axis).toStdString();
    for (const core::CalendarAxis::Tick& tick : axis.ticks)
        EXPECT_EQ(tick.date.day(), 1);
}

TEST(ChartExporter, EveryTextReadsAtFourAndAHalfToOneInTheLightAndTheDarkPage)
{
    // WCAG's 4.5:1 against the page (labels sit on boxes of the page's colour) for every text of every chart and
    // the timeline, at the smallest preset, light (the default) and dark (--theme dark).
    QList<ui::ExportContent> contents { timeline() };
    for (const core::ChartKind kind : core::allCharts())
        contents.append(chart(kind));
    for (const ui::Theme theme : { ui::Theme::Light, ui::Theme::Dark }) {
        ExportOptions svg;
        svg.format = ExportOptions::Format::Svg;
        svg.size = QSize(1280, 720);
        svg.theme = theme;
        const QColor page = ui::ChartStyle::of(theme).page;
        QTemporaryDir dir;
        for (const ui::ExportContent& content : contents) {
            const QString path = dir.filePath(content.key() + QStringLiteral(".svg"));
            ASSERT_TRUE(ChartExporter(content, svg).write(path));
            QFile file(path);
            ASSERT_TRUE(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            EXPECT_TRUE(text.contains(page.name(), Qt::CaseInsensitive)) << "the page is filled with its colour";
            const QRegularExpression fill(QStringLiteral("<text[^>]*fill=\"(#[0-9a-fA-F]{6})\""));
            int texts = 0;
            for (auto it = fill.globalMatch(text); it.hasNext();) {
                const QColor color(it.next().captured(1));
                EXPECT_GE(ui::contrastRatio(color, page), 4.5)
                    << qPrintable(content.key()) << " " << qPrintable(ui::themeKey(theme)) << ": "
                    << qPrintable(color.name());
                ++texts;
            }
            EXPECT_GT(texts, 5) << qPrintable(content.key());
        }
    }
}

namespace {

// A text of an SVG as drawn: its string, and its box from the font the SVG names (family, pixel size, weight,
// slant) measured by Qt, placed by the text's x and baseline and the transforms of the groups around it.
struct SvgText
{
    QString text;
    QRectF box;
};

QList<SvgText> svgTexts(const QByteArray& svg)
{
    QList<SvgText> texts;
    QXmlStreamReader xml(svg);
    QList<QTransform> transforms { QTransform() };
    const QRegularExpression matrix(
        QStringLiteral(R"(matrix\(([-0-9.e]+),([-0-9.e]+),([-0-9.e]+),([-0-9.e]+),([-0-9.e]+),([-0-9.e]+)\))"));
    QXmlStreamAttributes textAttributes;
    QString content;
    bool inText = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            QTransform local;
            const auto m = matrix.match(xml.attributes().value(QLatin1String("transform")));
            if (m.hasMatch())
                local = QTransform(m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble(),
                    m.captured(4).toDouble(), m.captured(5).toDouble(), m.captured(6).toDouble());
            transforms.append(local * transforms.constLast());
            if (xml.name() == u"text") {
                inText = true;
                textAttributes = xml.attributes();
                content.clear();
            }
        } else if (token == QXmlStreamReader::Characters && inText) {
            content += xml.text();
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"text") {
                inText = false;
                QFont font(textAttributes.value(QLatin1String("font-family")).toString());
                font.setPixelSize(
                    static_cast<int>(std::lround(textAttributes.value(QLatin1String("font-size")).toDouble())));
                font.setWeight(static_cast<QFont::Weight>(textAttributes.value(QLatin1String("font-weight")).toInt()));
                font.setItalic(textAttributes.value(QLatin1String("font-style")) == u"italic");
                const QFontMetricsF metrics(font);
                const double x = textAttributes.value(QLatin1String("x")).toDouble();
                const double y = textAttributes.value(QLatin1String("y")).toDouble();
                // Spaces around a text take room but draw nothing: the box is the ink's.
                const QString ink = content.trimmed();
                const double before = metrics.horizontalAdvance(content.left(content.indexOf(ink)));
                const QRectF local(x + before, y - metrics.ascent(), metrics.horizontalAdvance(ink), metrics.height());
                if (!ink.isEmpty())
                    texts.append({ ink, transforms.constLast().mapRect(local) });
            }
            transforms.removeLast();
        }
    }
    return texts;
}

// A page's texts in reading order, joined by spaces; none may be cut with "…".
QString wholeText(const QList<SvgText>& texts)
{
    QStringList strings;
    for (const SvgText& text : texts) {
        EXPECT_FALSE(text.text.contains(u'\u2026')) << qPrintable(text.text);
        strings.append(text.text.simplified());
    }
    return strings.join(u' ');
}

QByteArray svgOf(const ui::ExportContent& content, QSize size, ExportOptions::TimelineStyle style = {})
{
    ExportOptions options;
    options.format = ExportOptions::Format::Svg;
    options.size = size;
    options.timelineStyle = style;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("page.svg"));
    if (!ChartExporter(content, options).write(path))
        return {};
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(ChartExporter, TheTimelineShowsEveryTitleWholeAtEveryPreset)
{
    // In lanes or as a list, chosen by the room or asked for: every event's title is in the page's text, in one
    // piece or wrapped between words, and nothing is elided.
    const ui::ExportContent content = timeline();
    for (const ui::SizePreset& preset : ui::sizePresets()) {
        for (const auto style : { ExportOptions::TimelineStyle::Automatic, ExportOptions::TimelineStyle::Lanes,
                 ExportOptions::TimelineStyle::List }) {
            const QList<SvgText> texts = svgTexts(svgOf(content, preset.size, style));
            ASSERT_FALSE(texts.isEmpty());
            const QString all = wholeText(texts);
            for (const qint32 index : content.events) {
                const QString title = content.workspace->events().at(index).title.simplified();
                EXPECT_TRUE(all.contains(title))
                    << qPrintable(title) << " at " << qPrintable(preset.name) << " style " << static_cast<int>(style);
            }
        }
    }
}

TEST(ChartExporter, TheTimelineIsAListWhereTheLanesCannotGiveTitlesRoom)
{
    ExportOptions options;
    options.size = QSize(1280, 720);
    EXPECT_TRUE(ChartExporter(timeline(), options).timelineAsList()) << "35 events on a 1280 x 720 page";
    // Two events over five years have room in lanes.
    ui::ExportContent few = timeline();
    few.from = QDate(2015, 6, 1);
    few.to = QDate(2022, 6, 1);
    EXPECT_FALSE(ChartExporter(few, options).timelineAsList());
    options.timelineStyle = ExportOptions::TimelineStyle::Lanes;
    EXPECT_FALSE(ChartExporter(timeline(), options).timelineAsList());
    options.timelineStyle = ExportOptions::TimelineStyle::List;
    EXPECT_TRUE(ChartExporter(few, options).timelineAsList());
    EXPECT_FALSE(ChartExporter(chart(core::ChartKind::Casualties), options).timelineAsList());
}

TEST(ChartExporter, NoTwoTextsOfTheSvgOverlap)
{
    // Every chart and the timeline at every preset: each text's box, measured with the font the SVG names, meets no
    // other text's box (half a pixel of slack for rounding).
    QList<ui::ExportContent> contents { timeline() };
    for (const core::ChartKind kind : core::allCharts())
        contents.append(chart(kind));
    for (const ui::SizePreset& preset : ui::sizePresets()) {
        for (const ui::ExportContent& content : contents) {
            const QList<SvgText> texts = svgTexts(svgOf(content, preset.size));
            ASSERT_GT(texts.size(), 5) << qPrintable(content.key());
            for (qsizetype i = 0; i < texts.size(); ++i) {
                const QRectF a = texts.at(i).box.adjusted(0.5, 0.5, -0.5, -0.5);
                EXPECT_TRUE(QRectF(QPointF(0, 0), QSizeF(preset.size)).contains(a))
                    << qPrintable(texts.at(i).text) << " leaves the page: " << qPrintable(content.key()) << " at "
                    << qPrintable(preset.name);
                for (qsizetype j = i + 1; j < texts.size(); ++j) {
                    EXPECT_FALSE(a.intersects(texts.at(j).box.adjusted(0.5, 0.5, -0.5, -0.5)))
                        << qPrintable(content.key()) << " at " << qPrintable(preset.name) << ": \""
                        << qPrintable(texts.at(i).text) << "\" meets \"" << qPrintable(texts.at(j).text) << "\"";
                }
            }
        }
    }
}

TEST(ChartExporter, EveryEventCaptionOfEveryChartIsWholeAtEveryPreset)
{
    // The events along the top of a chart are told in full, wrapped between words where long, never cut with "…";
    // one with no room on the plot is listed below it, whole.
    for (const core::ChartKind kind : core::allCharts()) {
        const ui::ExportContent content = chart(kind);
        const core::ChartSpec spec = core::buildChart(*content.workspace, kind);
        for (const ui::SizePreset& preset : ui::sizePresets()) {
            const QList<SvgText> texts = svgTexts(svgOf(content, preset.size));
            ASSERT_FALSE(texts.isEmpty());
            const QString all = wholeText(texts);
            for (const core::ChartMarker& marker : spec.markers) {
                EXPECT_TRUE(all.contains(marker.label.simplified()))
                    << qPrintable(marker.label) << " on " << qPrintable(content.key()) << " at "
                    << qPrintable(preset.name);
            }
        }
    }
}
