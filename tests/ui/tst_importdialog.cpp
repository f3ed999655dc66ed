#include "testsupport.h"

#include <crisis/core/interchange/datasetjson.h>
#include <crisis/core/interchange/hxl.h>
#include <crisis/core/interchange/syntheticdata.h>
#include <crisis/core/storage/openrepository.h>
#include <crisis/core/support/textoffsets.h>
#include <crisis/ui/dialogs/importdialog.h>
#include <crisis/ui/panels/sourcepanel.h>
#include <crisis/ui/window/mainwindow.h>

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace crisis;

namespace {

// A window showing a database of its own (the bundled dataset), as a user has it.
class ImportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_path = m_dir.filePath(QStringLiteral("crisis.sqlite"));
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QSignalSpy loaded(m_window.get(), &ui::MainWindow::workspaceChanged);
        m_window->openDatabase(core::StoreLocation::file(m_path), core::OpenMode::CreateWithBundledDataset);
        ASSERT_TRUE(loaded.wait(20000));
    }

    // Waits for the window to show the database again after a change.
    void waitForReload()
    {
        QSignalSpy loaded(m_window.get(), &ui::MainWindow::workspaceChanged);
        ASSERT_TRUE(loaded.wait(60000));
    }

    // Imports what the dialog shows and waits for the window's reload; the reload is watched from before the
    // import starts, as it may end while the import is awaited.
    void importAndReload(ui::ImportDialog* dialog)
    {
        QSignalSpy imported(dialog, &ui::ImportDialog::imported);
        QSignalSpy reloaded(m_window.get(), &ui::MainWindow::workspaceChanged);
        dialog->startImport();
        ASSERT_TRUE(imported.wait(30000));
        ASSERT_TRUE(reloaded.count() > 0 || reloaded.wait(60000));
    }

    ui::ImportDialog* openDialog(const QString& file)
    {
        ui::ImportDialog* dialog = m_window->importFile(file);
        EXPECT_NE(dialog, nullptr);
        if (dialog) {
            QSignalSpy checked(dialog, &ui::ImportDialog::checked);
            EXPECT_TRUE(checked.wait(120000));
        }
        return dialog;
    }

    static QPushButton* importButton(ui::ImportDialog* dialog)
    {
        return dialog->findChild<QPushButton*>(QStringLiteral("import"));
    }

    static QStringList problems(ui::ImportDialog* dialog)
    {
        QStringList lines;
        for (int row = 0; row < dialog->problemModel()->rowCount(); ++row)
            lines.append(dialog->problemModel()->item(row)->text());
        return lines;
    }

    // The kinds of the problems listed, by name.
    static QStringList kinds(ui::ImportDialog* dialog)
    {
        QStringList names;
        for (int row = 0; row < dialog->problemModel()->rowCount(); ++row)
            names.append(dialog->problemModel()->item(row)->data(ui::ImportDialog::ProblemKindRole).toString());
        return names;
    }

    QString copyOf(const QString& relativePath)
    {
        const QString path = m_dir.filePath(QFileInfo(relativePath).fileName());
        test::writeFile(path, test::sourceFile(relativePath));
        return path;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace

TEST_F(ImportTest, ATimelineImportsShowsAndUndoes)
{
    ui::ImportDialog* dialog = openDialog(copyOf(QStringLiteral("tests/data/timelinejs/women_in_computing.csv")));
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->findChild<QLabel*>(QStringLiteral("found"))->text(), QStringLiteral("TimelineJS CSV"));
    EXPECT_FALSE(dialog->findChild<QGroupBox*>(QStringLiteral("mapping"))->isVisible());
    EXPECT_EQ(dialog->previewModel()->rowCount(), 10);
    EXPECT_EQ(dialog->previewModel()->item(0, 3)->text(), QStringLiteral("Ada Lovelace"));
    EXPECT_TRUE(kinds(dialog).contains(u"ignored")) << problems(dialog).join(u'\n').toStdString();
    EXPECT_TRUE(problems(dialog).join(u'\n').contains(QStringLiteral("media left out on 10 slide(s)")));
    ASSERT_TRUE(importButton(dialog)->isEnabled());

    QSignalSpy imported(dialog, &ui::ImportDialog::imported);
    QSignalSpy loaded(m_window.get(), &ui::MainWindow::workspaceChanged);
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    ASSERT_TRUE(imported.wait(20000));
    // Said with each count's own number: one source, not "1 new sources".
    EXPECT_EQ(m_window->statusBar()->currentMessage(),
        QStringLiteral("Imported 0 figures, 10 events and 1 new source from women_in_computing.csv"));
    ASSERT_TRUE(loaded.count() > 0 || loaded.wait(20000));
    EXPECT_EQ(m_window->workspace()->events().size(), 45);
    EXPECT_EQ(m_window->undoStack()->undoText(), QStringLiteral("Import women_in_computing.csv"));

    // Undo takes the whole import back, redo brings it again, with the same ids.
    m_window->undoStack()->undo();
    waitForReload();
    EXPECT_EQ(m_window->workspace()->events().size(), 35);
    EXPECT_EQ(m_window->workspace()->sources().size(), 5);
    m_window->undoStack()->redo();
    waitForReload();
    EXPECT_EQ(m_window->workspace()->events().size(), 45);
    EXPECT_GE(m_window->workspace()->eventIndex(u"ev-women-in-computing-2"), 0);
    // And it is the database that changed, not just the window.
    auto repository = core::openRepository(core::StoreLocation::file(m_path), core::OpenMode::Existing);
    ASSERT_TRUE(repository.ok());
    EXPECT_EQ(repository.value()->load().value().events.size(), 45);
}

TEST_F(ImportTest, ATableNeedsItsColumnsChosenAndShowsWhatItWouldImport)
{
    ui::ImportDialog* dialog = openDialog(copyOf(QStringLiteral("tests/data/tables/disasters.csv")));
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->findChild<QGroupBox*>(QStringLiteral("mapping"))->isVisible());
    EXPECT_EQ(dialog->tableModel()->columnCount(), 3);
    EXPECT_EQ(dialog->tableModel()->item(0, 0)->text(), QStringLiteral("All natural disasters"));
    EXPECT_FALSE(importButton(dialog)->isEnabled()) << "nothing to import before the columns are chosen";
    EXPECT_EQ(kinds(dialog), QStringList { QStringLiteral("column-mapping") });
    EXPECT_TRUE(problems(dialog).join(u'\n').contains(QStringLiteral("the columns are: Entity, Year, Deaths")));

    QSignalSpy checked(dialog, &ui::ImportDialog::checked);
    dialog->setMapping(
        *core::TableMapping::parse(u"date=Year,value=Deaths,subject=Entity,metric=disaster_deaths:flow"));
    ASSERT_TRUE(checked.wait(20000));
    EXPECT_EQ(dialog->mapping().toString(),
        QStringLiteral("date=Year,value=Deaths,subject=Entity,metric=disaster_deaths:flow"));
    EXPECT_EQ(dialog->report().figures, 803);
    EXPECT_EQ(dialog->previewModel()->item(0, 3)->text(), QStringLiteral("Disaster deaths (new)"));
    EXPECT_EQ(dialog->previewModel()->item(0, 4)->text(), QStringLiteral("1,267,360"));
    ASSERT_TRUE(importButton(dialog)->isEnabled());
    ASSERT_NO_FATAL_FAILURE(importAndReload(dialog));
    EXPECT_EQ(m_window->workspace()->figures().size(), 37 + 803);
    m_window->undoStack()->undo();
    waitForReload();
    EXPECT_EQ(m_window->workspace()->figures().size(), 37);
}

// A real HXL file of other data: a table whose hashtags show under its headers; a metric typed in the mapping
// (the completer may give it in lower case) is the database's metric.
TEST_F(ImportTest, AnHxlFileOfOtherDataIsMappedAsATable)
{
    ui::ImportDialog* dialog = openDialog(copyOf(QStringLiteral("tests/data/hxl/iom-haiti-dtm.csv")));
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->findChild<QGroupBox*>(QStringLiteral("mapping"))->isVisible());
    EXPECT_EQ(dialog->tableModel()->horizontalHeaderItem(1)->text(), QStringLiteral("Camp Name\n#loc"));
    EXPECT_EQ(dialog->tableModel()->item(0, 1)->text(), QStringLiteral("Campus GHESKIO"));
    EXPECT_FALSE(importButton(dialog)->isEnabled());

    QSignalSpy checked(dialog, &ui::ImportDialog::checked);
    dialog->setMapping(
        *core::TableMapping::parse(u"date=Date of Assessment,value=Number of Individuals,subject=Camp Name"));
    ASSERT_TRUE(checked.wait(20000));
    auto* metric = dialog->findChild<QComboBox*>(QStringLiteral("metric"));
    ASSERT_NE(metric, nullptr);
    metric->setEditText(QStringLiteral("displaced people (displaced)"));
    ASSERT_TRUE(checked.wait(20000));
    EXPECT_EQ(dialog->mapping().metric, QStringLiteral("displaced"));
    EXPECT_EQ(dialog->report().figures, 352) << problems(dialog).join(u'\n').toStdString();
    ASSERT_TRUE(importButton(dialog)->isEnabled());

    // Imported, each camp's figure quotes its row of the file, which is its source (with no date of its own).
    ASSERT_NO_FATAL_FAILURE(importAndReload(dialog));
    ASSERT_EQ(m_window->workspace()->figures().size(), 37 + 352);
    const qsizetype row = m_window->workspace()->figures().rowOfId(u"fig-iom-haiti-dtm-1");
    ASSERT_GE(row, 0);
    m_window->sourcePanel()->showFigure(row);
    const QString shown = m_window->sourcePanel()->toPlainText();
    EXPECT_TRUE(shown.contains(u"111_01_026,Campus GHESKIO,,18.539616")) << shown.toStdString();
    EXPECT_TRUE(shown.contains(u"Imported from iom-haiti-dtm.csv (HXL table)")) << shown.toStdString();
    EXPECT_TRUE(shown.contains(u"Publication date not stated")) << shown.toStdString();
}

TEST_F(ImportTest, ProblemsAreListedAtTheirPlaceAndNothingCanBeImported)
{
    const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
    test::writeFile(path, "date,killed\n#date,#affected+killed\n2024-01,12\n2023-13-01,5\n2024-02,many\n");
    ui::ImportDialog* dialog = openDialog(path);
    ASSERT_NE(dialog, nullptr);
    const QStringList listed = problems(dialog);
    ASSERT_EQ(listed.size(), 2) << listed.join(u'\n').toStdString();
    EXPECT_TRUE(listed.at(0).startsWith(QStringLiteral("bad.csv:4:1: "))) << listed.at(0).toStdString();
    EXPECT_TRUE(listed.at(1).startsWith(QStringLiteral("bad.csv:5:9: not a number"))) << listed.at(1).toStdString();
    EXPECT_EQ(kinds(dialog), QStringList({ QStringLiteral("invalid-date"), QStringLiteral("invalid-value") }));
    // The tooltip says what the kind means, above the whole message.
    const QString tip = QTextDocumentFragment::fromHtml(dialog->problemModel()->item(1)->toolTip()).toPlainText();
    EXPECT_TRUE(tip.startsWith(ui::ImportDialog::problemKindText(core::Problem::Kind::InvalidValue) + u'\n'))
        << tip.toStdString();
    EXPECT_TRUE(tip.contains(u":5:9: not a number")) << tip.toStdString();
    EXPECT_EQ(dialog->problemModel()->item(1)->data(ui::ImportDialog::ProblemLineRole).toInt(), 5);
    EXPECT_FALSE(importButton(dialog)->isEnabled());
    EXPECT_EQ(dialog->report().figures, 0);
}

TEST_F(ImportTest, ACancelledImportWritesNothing)
{
    // Cancel is pressed before the worker can have written anything: the first progress report (before the first
    // row is written) already sees it, whatever the file's size and the machine's speed.
    const core::Snapshot many = core::syntheticSnapshot({ 20'000, 0, 7 });
    const QString path = m_dir.filePath(QStringLiteral("many.csv"));
    test::writeFile(path, core::writeHxlFigures(many, core::MetricRegistry::builtIn()));
    ui::ImportDialog* dialog = openDialog(path);
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(importButton(dialog)->isEnabled()) << problems(dialog).join(u'\n').toStdString();
    QSignalSpy failed(dialog, &ui::ImportDialog::importFailed);
    dialog->startImport();
    EXPECT_TRUE(dialog->isImporting());
    EXPECT_FALSE(importButton(dialog)->isEnabled());
    dialog->cancelImport();
    ASSERT_TRUE(failed.wait(60000));
    EXPECT_TRUE(kinds(dialog).contains(u"cancelled")) << problems(dialog).join(u'\n').toStdString();
    auto repository = core::openRepository(core::StoreLocation::file(m_path), core::OpenMode::Existing);
    ASSERT_TRUE(repository.ok());
    EXPECT_EQ(repository.value()->load().value().figures.size(), 37);
    EXPECT_EQ(m_window->undoStack()->count(), 0);
}

TEST_F(ImportTest, AnArticlesFiguresAreReviewedThenImportedWithTheirSentence)
{
    // An article as news sites write them: a headline, a dateline, figures with and without a stated period.
    const QString article = m_dir.filePath(QStringLiteral("kenya-pledge.txt"));
    const QString text = QStringLiteral(
        "Kenya pledges more police for Haiti\n\n"
        "NAIROBI \u2014 Kenya\u2019s President has announced plans to deploy an additional 600 police officers to "
        "join the mission in Haiti.\n\n"
        "Between April and June 2024, 428 people were kidnapped in Haiti, according to the UN.\n");
    test::writeFile(article, text.toUtf8());
    ui::ImportDialog* dialog = openDialog(article);
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->findChild<QGroupBox*>(QStringLiteral("article"))->isVisible());
    QStandardItemModel* proposals = dialog->proposalModel();
    ASSERT_EQ(proposals->rowCount(), 2);
    // The kidnappings state their period: proposed complete and checked.
    EXPECT_EQ(proposals->item(1, ui::ImportDialog::PeriodColumn)->text(), QStringLiteral("2024-04/2024-06"));
    EXPECT_EQ(proposals->item(1, ui::ImportDialog::AcceptColumn)->checkState(), Qt::Checked);
    // The officers: found with their metric, but no period is stated, so they are not checked.
    int officers = -1;
    for (int row = 0; row < proposals->rowCount() && officers < 0; ++row) {
        if (proposals->item(row, ui::ImportDialog::ValueColumn)->text() == u"600")
            officers = row;
    }
    ASSERT_GE(officers, 0);
    EXPECT_EQ(proposals->item(officers, ui::ImportDialog::MetricColumn)->text(), QStringLiteral("personnel"));
    EXPECT_TRUE(proposals->item(officers, ui::ImportDialog::SentenceColumn)->text().contains(QStringLiteral("600")));
    EXPECT_EQ(proposals->item(officers, ui::ImportDialog::AcceptColumn)->checkState(), Qt::Unchecked);
    EXPECT_EQ(dialog->report().figures, 1); // the kidnappings alone

    // The user accepts it, gives it a date, rejects the rest, corrects a value that is not a number first.
    for (int row = 0; row < proposals->rowCount(); ++row)
        proposals->item(row, ui::ImportDialog::AcceptColumn)
            ->setCheckState(row == officers ? Qt::Checked : Qt::Unchecked);
    proposals->item(officers, ui::ImportDialog::ValueColumn)->setText(QStringLiteral("six hundred"));
    EXPECT_TRUE(kinds(dialog).contains(u"invalid-value")) << problems(dialog).join(u'\n').toStdString();
    EXPECT_FALSE(importButton(dialog)->isEnabled());
    proposals->item(officers, ui::ImportDialog::ValueColumn)->setText(QStringLiteral("600"));
    proposals->item(officers, ui::ImportDialog::PeriodColumn)->setText(QStringLiteral("2024-13"));
    EXPECT_TRUE(kinds(dialog).contains(u"invalid-date")) << problems(dialog).join(u'\n').toStdString();
    EXPECT_FALSE(kinds(dialog).contains(u"invalid-value")) << "the value was corrected";
    proposals->item(officers, ui::ImportDialog::PeriodColumn)->setText(QStringLiteral("2024-09-22"));
    EXPECT_EQ(dialog->report().figures, 1);
    ASSERT_TRUE(importButton(dialog)->isEnabled());
    ASSERT_NO_FATAL_FAILURE(importAndReload(dialog));
    const core::FigureTable& figures = m_window->workspace()->figures();
    ASSERT_EQ(figures.size(), 38);
    const core::Figure added = figures.figure(figures.size() - 1);
    EXPECT_EQ(added.value, 600);
    EXPECT_EQ(added.metric, QStringLiteral("personnel"));
    EXPECT_EQ(added.period.toEdtf(), QStringLiteral("2024-09-22"));
    EXPECT_FALSE(added.periodInferred);
    // Its quote is the sentence, found at its offset in the article.
    EXPECT_EQ(text.mid(core::utf16IndexOfCodePoint(text, added.citation.offset), added.citation.quote.size()),
        added.citation.quote);
    EXPECT_TRUE(added.citation.quote.contains(QStringLiteral("600")));
}

TEST_F(ImportTest, EditsGoThroughTheDialogsAndUndo)
{
    const qsizetype row = m_window->workspace()->figures().rowOfId(u"fig-000-01");
    ASSERT_GE(row, 0);
    m_window->selectFigure(row);
    QDialog* dialog = m_window->editSelected();
    ASSERT_NE(dialog, nullptr);
    auto* subject = dialog->findChild<QComboBox*>(QStringLiteral("subject"));
    ASSERT_NE(subject, nullptr);
    ASSERT_TRUE(subject->isEditable());
    subject->setCurrentText(QStringLiteral("Republic of Haiti"));
    QSignalSpy loaded(m_window.get(), &ui::MainWindow::workspaceChanged);
    dialog->accept();
    ASSERT_TRUE(loaded.wait(20000));
    const auto subjectOf = [&] {
        const core::FigureTable& figures = m_window->workspace()->figures();
        return figures.figure(figures.rowOfId(u"fig-000-01")).subject;
    };
    EXPECT_EQ(subjectOf(), QStringLiteral("Republic of Haiti"));
    EXPECT_EQ(m_window->undoStack()->undoText(), QStringLiteral("Edit figure fig-000-01"));
    m_window->undoStack()->undo();
    waitForReload();
    EXPECT_EQ(subjectOf(), QStringLiteral("Haiti"));
    m_window->undoStack()->redo();
    waitForReload();
    EXPECT_EQ(subjectOf(), QStringLiteral("Republic of Haiti"));

    // A source still cited cannot be deleted; the refusal names what cites it, and nothing changes.
    m_window->selectFigure(m_window->workspace()->figures().rowOfId(u"fig-000-01"));
    QSignalSpy refused(m_window.get(), &ui::MainWindow::changeNotApplied);
    ASSERT_TRUE(m_window->deleteSourceOfSelected().ok()) << "a source is selected";
    ASSERT_TRUE(refused.wait(20000));
    const auto error = refused.first().at(1).value<core::Error>();
    EXPECT_TRUE(error.message.contains(QStringLiteral("fig-000-01"))) << error.message.toStdString();
    EXPECT_EQ(m_window->undoStack()->count(), 1);
    // The refusal is said in a box that does not hold up the window.
    auto* box = m_window->findChild<QMessageBox*>(QStringLiteral("changeFailed"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QStringLiteral("fig-000-01")));
    box->close();
    // A figure is deleted, and undo puts it back in its place.
    m_window->selectFigure(m_window->workspace()->figures().rowOfId(u"fig-000-05"));
    ASSERT_TRUE(m_window->deleteSelected().ok());
    waitForReload();
    EXPECT_LT(m_window->workspace()->figures().rowOfId(u"fig-000-05"), 0);
    m_window->undoStack()->undo();
    waitForReload();
    EXPECT_EQ(m_window->workspace()->figures().rowOfId(u"fig-000-05"), row + 4);
}

TEST_F(ImportTest, AFileImportedAgainIsSaidAndWhatItBroughtCanBeSkipped)
{
    const QString sheet = copyOf(QStringLiteral("tests/data/timelinejs/women_in_computing.csv"));
    ui::ImportDialog* first = openDialog(sheet);
    ASSERT_NE(first, nullptr);
    EXPECT_FALSE(first->findChild<QCheckBox*>(QStringLiteral("skipImported"))->isVisible());
    ASSERT_NO_FATAL_FAILURE(importAndReload(first));
    // The same sheet again: the dialog says so and offers to leave out what it brought then.
    ui::ImportDialog* again = openDialog(sheet);
    ASSERT_NE(again, nullptr);
    EXPECT_EQ(again->report().alreadyImported, 10);
    auto* skip = again->findChild<QCheckBox*>(QStringLiteral("skipImported"));
    ASSERT_NE(skip, nullptr);
    EXPECT_TRUE(skip->isVisible());
    EXPECT_TRUE(kinds(again).contains(u"already-imported")) << problems(again).join(u'\n').toStdString();
    QSignalSpy checked(again, &ui::ImportDialog::checked);
    skip->setChecked(true);
    ASSERT_TRUE(checked.wait(20000));
    EXPECT_TRUE(again->report().nothingNew);
    EXPECT_FALSE(importButton(again)->isEnabled()) << "nothing new to import";
    again->reject();
    EXPECT_EQ(m_window->workspace()->events().size(), core::bundledDataset().events.size() + 10);
}
