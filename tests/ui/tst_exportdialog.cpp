#include "testsupport.h"

#include <crisis/core/interchange/datasetjson.h>
#include <crisis/ui/dialogs/exportdialog.h>
#include <crisis/ui/models/figuretablemodel.h>
#include <crisis/ui/panels/filterpanel.h>
#include <crisis/ui/window/mainwindow.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QImageReader>
#include <QLineEdit>
#include <QPrinter>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <gtest/gtest.h>

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

int pdfPages(const QByteArray& pdf)
{
    return static_cast<int>(QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)"))));
}

QAction* actionNamed(const QWidget& window, const QString& text)
{
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

TEST(ExportDialog, ThePreviewShowsThePageAtItsShape)
{
    ui::ExportDialog dialog(casualties());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    ExportOptions options;
    options.size = QSize(1123, 794); // A4 landscape
    dialog.setOptions(options);
    QTest::qWait(400); // the preview follows the choices after a pause
    const QPixmap preview = dialog.preview();
    ASSERT_FALSE(preview.isNull());
    EXPECT_NEAR(static_cast<double>(preview.width()) / preview.height(), 1123.0 / 794.0, 0.02);
    // Not a blank page.
    const QImage image = preview.toImage();
    int ink = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            ink += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
    }
    EXPECT_GT(ink, 100);
}

TEST(ExportDialog, ChoicesAreWrittenAndRememberedForNextTime)
{
    QTemporaryDir dir;
    ExportOptions chosen;
    chosen.format = ExportOptions::Format::Png;
    chosen.size = QSize(1280, 720);
    chosen.scale = 2;
    chosen.showSubtitle = false;
    chosen.showAsOf = false;
    chosen.title = QStringLiteral("Killings in Haiti");
    {
        ui::ExportDialog dialog(casualties());
        dialog.setOptions(chosen);
        const ExportOptions read = dialog.options();
        EXPECT_EQ(read.format, chosen.format);
        EXPECT_EQ(read.size, chosen.size);
        EXPECT_EQ(read.scale, 2);
        EXPECT_FALSE(read.showSubtitle);
        EXPECT_FALSE(read.showAsOf);
        EXPECT_TRUE(read.showTitle);
        EXPECT_EQ(read.title, chosen.title);
        ASSERT_TRUE(dialog.exportTo(dir.filePath(QStringLiteral("killings.png"))));
    }
    const QImage written(dir.filePath(QStringLiteral("killings.png")));
    EXPECT_EQ(written.size(), QSize(2560, 1440));
    // The next dialog (and Copy Chart, and the brief pack) start from those choices.
    const ExportOptions remembered = ui::ExportDialog::lastOptions();
    EXPECT_EQ(remembered.size, QSize(1280, 720));
    EXPECT_EQ(remembered.scale, 2);
    EXPECT_FALSE(remembered.showSubtitle);
    EXPECT_FALSE(remembered.showAsOf);
    ui::ExportDialog again(casualties());
    EXPECT_EQ(again.options().size, QSize(1280, 720));
    EXPECT_TRUE(again.options().title.isEmpty()) << "a title is the chart's own, not carried to the next";

    // Back to the defaults for the other tests.
    ui::ExportDialog reset(casualties());
    reset.setOptions(ExportOptions());
    ASSERT_TRUE(reset.exportTo(dir.filePath(QStringLiteral("default.png"))));
}

TEST(ExportDialog, TheTimelineOffersLanesOrAList)
{
    // The timeline's layout is offered for the timeline only, and what is chosen is what is exported.
    ui::ExportContent timeline;
    timeline.workspace = test::bundledWorkspace();
    timeline.events = test::allEventIndexes(*timeline.workspace);
    ui::ExportDialog dialog(timeline);
    auto* layout = dialog.findChild<QComboBox*>(QStringLiteral("timelineLayout"));
    ASSERT_NE(layout, nullptr);
    EXPECT_FALSE(layout->isHidden());
    EXPECT_EQ(dialog.options().timelineStyle, ExportOptions::TimelineStyle::Automatic);
    layout->setCurrentIndex(layout->findData(static_cast<int>(ExportOptions::TimelineStyle::List)));
    EXPECT_EQ(dialog.options().timelineStyle, ExportOptions::TimelineStyle::List);
    EXPECT_TRUE(ui::ChartExporter(timeline, dialog.options()).timelineAsList());
    layout->setCurrentIndex(layout->findData(static_cast<int>(ExportOptions::TimelineStyle::Lanes)));
    EXPECT_FALSE(ui::ChartExporter(timeline, dialog.options()).timelineAsList());
    ui::ExportDialog chart(casualties());
    auto* none = chart.findChild<QComboBox*>(QStringLiteral("timelineLayout"));
    ASSERT_NE(none, nullptr);
    EXPECT_TRUE(none->isHidden()) << "a chart has no timeline layout to choose";
}

TEST(ExportDialog, CopyChartPutsThePageOnTheClipboard)
{
    ui::MainWindow window;
    window.setWorkspace(test::bundledWorkspace());
    window.showView(ui::MainWindow::FundingView);
    QAction* copy = actionNamed(window, QStringLiteral("Copy C&hart"));
    ASSERT_NE(copy, nullptr);
    EXPECT_EQ(copy->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QApplication::clipboard()->clear();
    copy->trigger();
    const QImage copied = QApplication::clipboard()->image();
    const ExportOptions options = ui::ExportDialog::lastOptions();
    EXPECT_EQ(copied.size(), options.size * options.scale);
}

TEST(Printing, TheChartPrintsOnOnePageWithItsFont)
{
    QTemporaryDir dir;
    ui::MainWindow window;
    window.setWorkspace(test::bundledWorkspace());
    window.showView(ui::MainWindow::DeploymentView);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setOutputFileName(dir.filePath(QStringLiteral("chart.pdf")));
    window.printChart(&printer);
    const QByteArray pdf = test::readFile(dir.filePath(QStringLiteral("chart.pdf")));
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_EQ(pdfPages(pdf), 1);
    EXPECT_TRUE(pdf.contains("DejaVu"));
}

TEST(Printing, TheTablePrintsAsItIsFilteredAndSorted)
{
    QTemporaryDir dir;
    ui::MainWindow window;
    window.setWorkspace(test::bundledWorkspace());
    window.filterPanel()->searchField()->setText(QStringLiteral("kidnap"));
    QTest::qWait(400); // the search waits for typing to pause
    // Smallest first: not the order the records are stored in.
    window.figureTable()->sortByColumn(ui::FigureTableModel::ValueColumn, Qt::AscendingOrder);
    const QAbstractItemModel* model = window.figureTable()->model();
    ASSERT_EQ(model->rowCount(), 3);
    ASSERT_EQ(model->index(0, ui::FigureTableModel::ValueColumn).data().toString(), u"428");

    const auto document = window.tableDocument();
    ASSERT_NE(document, nullptr);
    const QString text = document->toRawText(); // keeps the quotes' no-break spaces
    EXPECT_TRUE(text.contains(u"3 rows of 37")) << text.toStdString();
    EXPECT_TRUE(text.contains(u"search \u201ckidnap\u201d"));
    // The rows in the table's order, and only those.
    qsizetype at = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString quote = model->index(row, ui::FigureTableModel::QuoteColumn).data().toString();
        const qsizetype found = text.indexOf(quote, at);
        EXPECT_GE(found, at) << "row " << row << " out of order";
        at = found;
    }
    EXPECT_FALSE(text.contains(u"2,728")) << "a homicide figure the filter hides";

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("table.pdf")));
    window.printTable(&printer);
    const QByteArray pdf = test::readFile(dir.filePath(QStringLiteral("table.pdf")));
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_EQ(pdfPages(pdf), 1);
}
