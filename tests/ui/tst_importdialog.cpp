#include "testsupport.h"

#include <crisis/core/hxl.h>
#include <crisis/core/sqliterepository.h>
#include <crisis/core/syntheticdata.h>
#include <crisis/ui/importdialog.h>
#include <crisis/ui/mainwindow.h>

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
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
        m_window->openDatabase(m_path, core::SqliteRepository::Create::WithBundledDataset);
        ASSERT_TRUE(loaded.wait(20000));
    }

    // Waits for the window to show the database again after a change.
    void waitForReload()
    {
        QSignalSpy loaded(m_window.get(), &ui::MainWindow::workspaceChanged);
        ASSERT_TRUE(loaded.wait(30000));
    }

    ui::ImportDialog* openDialog(const QString& file)
    {
        ui::ImportDialog* dialog = m_window->importFile(file);
        EXPECT_NE(dialog, nullptr);
        if (dialog) {
            QSignalSpy checked(dialog, &ui::ImportDialog::checked);
            EXPECT_TRUE(checked.wait(20000));
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
    EXPECT_TRUE(problems(dialog).join(u'\n').contains(QStringLiteral("media left out on 10 slide(s)")));
    ASSERT_TRUE(importButton(dialog)->isEnabled());

    QSignalSpy imported(dialog, &ui::ImportDialog::imported);
    QSignalSpy loaded(m_window.get(), &ui::MainWindow::workspaceChanged);
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    ASSERT_TRUE(imported.wait(20000));
    ASSERT_TRUE(loaded.count() > 0 || loaded.wait(20000));
    EXPECT_EQ(m_window->workspace()->events().size(), 33);
    EXPECT_EQ(m_window->undoStack()->undoText(), QStringLiteral("Import women_in_computing.csv"));

    // Undo takes the whole import back, redo brings it again, with the same ids.
    m_window->undoStack()->undo();
    waitForReload();
    EXPECT_EQ(m_window->workspace()->events().size(), 23);
    EXPECT_EQ(m_window->workspace()->sources().size(), 5);
    m_window->undoStack()->redo();
    waitForReload();
    EXPECT_EQ(m_window->workspace()->events().size(), 33);
    EXPECT_GE(m_window->workspace()->eventIndex(u"ev-women-in-computing-2"), 0);
    // And it is the database that changed, not just the window.
    auto repository = core::SqliteRepository::open(m_path, core::SqliteRepository::Create::Never);
    ASSERT_TRUE(repository.ok());
    EXPECT_EQ(repository.value()->load().value().events.size(), 33);
}

TEST_F(ImportTest, ATableNeedsItsColumnsChosenAndShowsWhatItWouldImport)
{
    ui::ImportDialog* dialog = openDialog(copyOf(QStringLiteral("tests/data/tables/disasters.csv")));
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->findChild<QGroupBox*>(QStringLiteral("mapping"))->isVisible());
    EXPECT_EQ(dialog->tableModel()->columnCount(), 3);
    EXPECT_EQ(dialog->tableModel()->item(0, 0)->text(), QStringLiteral("All natural disasters"));
    EXPECT_FALSE(importButton(dialog)->isEnabled()) << "nothing to import before the columns are chosen";
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
    QSignalSpy imported(dialog, &ui::ImportDialog::imported);
    dialog->startImport();
    ASSERT_TRUE(imported.wait(30000));
    waitForReload();
    EXPECT_EQ(m_window->workspace()->figures().size(), 36 + 803);
    m_window->undoStack()->undo();
    waitForReload();
    EXPECT_EQ(m_window->workspace()->figures().size(), 36);
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
    EXPECT_FALSE(importButton(dialog)->isEnabled());
    EXPECT_EQ(dialog->report().figures, 0);
}

TEST_F(ImportTest, ACancelledImportWritesNothing)
{
    // Big enough that the import is still writing when Cancel is pressed.
    const core::Snapshot many = core::syntheticSnapshot({ 300'000, 0, 7 });
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
    EXPECT_TRUE(problems(dialog).join(u'\n').contains(QStringLiteral("cancelled: nothing was imported")))
        << problems(dialog).join(u'\n').toStdString();
    auto repository = core::SqliteRepository::open(m_path, core::SqliteRepository::Create::Never);
    ASSERT_TRUE(repository.ok());
    EXPECT_EQ(repository.value()->load().value().figures.size(), 36);
    EXPECT_EQ(m_window->undoStack()->count(), 0);
}
