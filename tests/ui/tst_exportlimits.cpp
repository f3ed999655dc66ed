#include "testsupport.h"

#include <crisis/ui/charts/chartexporter.h>
#include <crisis/ui/dialogs/exportdialog.h>

#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

// An image of 16,384 × 16,384 pixels at 4× once took 129 s and 16.8 GB: the pixels an export draws are limited, the
// dialog says so and offers nothing that would go past it, and the exporter itself refuses.

using namespace crisis;
using ui::ExportOptions;

namespace {

ui::ExportContent casualties()
{
    ui::ExportContent content;
    content.workspace = test::bundledWorkspace();
    content.chart = core::ChartKind::Casualties;
    return content;
}

QPushButton* button(const QWidget& dialog, const QString& text)
{
    for (QPushButton* candidate : dialog.findChildren<QPushButton*>()) {
        if (candidate->text() == text)
            return candidate;
    }
    return nullptr;
}

} // namespace

TEST(ExportLimits, TheLimitKeepsTheLargestPresetAtFourTimes)
{
    ExportOptions options;
    options.size = QSize(3840, 2160);
    options.scale = 4;
    EXPECT_TRUE(options.pixelsWithinLimits()) << "4K at 4×, 15,360 × 8,640";
    options.size = QSize(16384, 16384);
    EXPECT_FALSE(options.pixelsWithinLimits());
    options.scale = 1;
    EXPECT_FALSE(options.pixelsWithinLimits()) << "268 million pixels, over 128 Mi";
    options.size = QSize(16384, 8192);
    EXPECT_TRUE(options.pixelsWithinLimits());
}

TEST(ExportLimits, TheExporterRefusesAnImageOverTheLimit)
{
    ExportOptions options;
    options.size = QSize(16384, 16384);
    options.scale = 3;
    const ui::ChartExporter exporter(casualties(), options);
    EXPECT_TRUE(exporter.toImage().isNull());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.png"));
    const auto written = exporter.write(path);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().message.contains(u"49152 \u00d7 49152 pixels is larger than the most drawn"))
        << written.error().message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_FALSE(exporter.writeBriefPack(dir.filePath(QStringLiteral("pack"))).ok());
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("pack"))));
    // Drawn, not pixels: an SVG of that size is written.
    options.format = ExportOptions::Format::Svg;
    EXPECT_TRUE(ui::ChartExporter(casualties(), options).write(dir.filePath(QStringLiteral("huge.svg"))).ok());
}

TEST(ExportLimits, TheDialogSaysSoAndOffersNothingTooLarge)
{
    ui::ExportDialog dialog(casualties());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    ExportOptions options;
    options.size = QSize(16384, 16384);
    options.scale = 3;
    dialog.setOptions(options);
    QTest::qWait(400);
    QPushButton* save = button(dialog, QStringLiteral("&Export\u2026"));
    QPushButton* pack = button(dialog, QStringLiteral("&Brief Pack\u2026"));
    QPushButton* copy = button(dialog, QStringLiteral("&Copy"));
    ASSERT_TRUE(save && pack && copy);
    EXPECT_FALSE(save->isEnabled());
    EXPECT_FALSE(pack->isEnabled());
    EXPECT_FALSE(copy->isEnabled());
    bool said = false;
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        said = said || label->text().contains(u"too large");
    EXPECT_TRUE(said);
    // The preview is drawn at its own size, not the page's (which would be a gigabyte).
    EXPECT_LE(dialog.preview().width(), 4000);
    // An SVG is drawn, not pixels: it may be that large; the PNG-only buttons stay off.
    options.format = ExportOptions::Format::Svg;
    dialog.setOptions(options);
    QTest::qWait(400);
    EXPECT_TRUE(save->isEnabled());
    EXPECT_FALSE(pack->isEnabled());
    // Back within the limit, everything is offered.
    options.format = ExportOptions::Format::Png;
    options.size = QSize(1920, 1080);
    options.scale = 2;
    dialog.setOptions(options);
    QTest::qWait(400);
    EXPECT_TRUE(save->isEnabled() && pack->isEnabled() && copy->isEnabled());
}
