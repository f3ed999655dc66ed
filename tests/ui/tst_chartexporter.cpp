#include "testsupport.h"

#include <crisis/core/interchange/datasetjson.h>
#include <crisis/ui/charts/chartexporter.h>

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QImageReader>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

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
        QStringList({ QStringLiteral("casualties-alt.txt"), QStringLiteral("casualties-points.csv"),
            QStringLiteral("casualties.png") }));
    EXPECT_EQ(QImageReader(folder + QStringLiteral("/casualties.png")).size(), QSize(2560, 1440));
    EXPECT_TRUE(crisis::test::readFile(folder + QStringLiteral("/casualties-alt.txt")).contains("454.6"));
    EXPECT_TRUE(crisis::test::readFile(folder + QStringLiteral("/casualties-points.csv")).contains("#meta+quote"));
}

TEST(ChartExporter, ExportsUseTheBundledFont)
{
    // The fonts come with the app (a machine without them draws the same page): they load from our resources.
    for (const char* file : { ":/crisis/fonts/DejaVuSans.ttf", ":/crisis/fonts/DejaVuSans-Bold.ttf" }) {
        const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(file));
        ASSERT_GE(id, 0) << file;
        EXPECT_EQ(QFontDatabase::applicationFontFamilies(id), QStringList { QStringLiteral("DejaVu Sans") }) << file;
    }
    EXPECT_EQ(ChartExporter::fontFamily(), u"DejaVu Sans");
}
