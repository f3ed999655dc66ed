#include "testsupport.h"

#include <crisis/ui/charts/chartpanel.h>
#include <crisis/ui/charts/chartview.h>
#include <crisis/ui/dialogs/eventdialog.h>
#include <crisis/ui/dialogs/exportdialog.h>
#include <crisis/ui/dialogs/figuredialog.h>
#include <crisis/ui/dialogs/sourcedialog.h>
#include <crisis/ui/dialogs/teamdatabasedialog.h>
#include <crisis/ui/window/language.h>
#include <crisis/ui/window/mainwindow.h>

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace crisis;

namespace {

// A text as drawn: without its accelerator's "&".
QString shown(QString text)
{
    static const QRegularExpression accelerator(QStringLiteral("&(?!&)"));
    return text.remove(accelerator);
}

QString where(const QWidget* widget)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()),
            widget->objectName().isEmpty() ? widget->accessibleName() : widget->objectName());
}

// Every text of the window's visible widgets that does not fit the room it is drawn in: a label's one line wider
// than the label, a button narrower than its text needs, a combo box's current item wider than its field, a tab or
// a menu title cut short.
QStringList clippedTexts(QWidget* root)
{
    QStringList clipped;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        const QString text = shown(label->text());
        if (!label->isVisibleTo(root) || text.isEmpty() || label->wordWrap() || label->textFormat() == Qt::RichText
            || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text())) || text.contains(u'\n'))
            continue;
        const int needed = label->fontMetrics().horizontalAdvance(text);
        if (needed > label->contentsRect().width())
            clipped.append(QStringLiteral("%1: \"%2\" needs %3 px, has %4")
                               .arg(where(label), text)
                               .arg(needed)
                               .arg(label->contentsRect().width()));
    }
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        const auto* tool = qobject_cast<QToolButton*>(button);
        if (!button->isVisibleTo(root) || button->text().isEmpty()
            || (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly))
            continue;
        if (button->sizeHint().width() > button->width())
            clipped.append(QStringLiteral("%1: \"%2\" needs %3 px, has %4")
                               .arg(where(button), shown(button->text()))
                               .arg(button->sizeHint().width())
                               .arg(button->width()));
    }
    for (QComboBox* combo : root->findChildren<QComboBox*>()) {
        if (!combo->isVisibleTo(root) || combo->currentText().isEmpty())
            continue;
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = combo->isEditable();
        const QRect field
            = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
        const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
        if (needed > field.width())
            clipped.append(QStringLiteral("%1: \"%2\" needs %3 px, has %4")
                               .arg(where(combo), combo->currentText())
                               .arg(needed)
                               .arg(field.width()));
    }
    for (QTabBar* tabs : root->findChildren<QTabBar*>()) {
        if (!tabs->isVisibleTo(root))
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            const int needed = tabs->fontMetrics().horizontalAdvance(shown(tabs->tabText(i)));
            if (needed > tabs->tabRect(i).width())
                clipped.append(QStringLiteral("tab \"%1\" needs %2 px, has %3")
                                   .arg(tabs->tabText(i))
                                   .arg(needed)
                                   .arg(tabs->tabRect(i).width()));
        }
    }
    return clipped;
}

// The window at 1280 × 720, made after a language was installed (every widget words itself when made).
class WindowInLanguage
{
public:
    explicit WindowInLanguage(ui::Language language)
    {
        ui::installLanguage(language);
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1280, 720);
        m_window->setWorkspace(test::bundledWorkspace());
        m_window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }
    ~WindowInLanguage()
    {
        m_window.reset();
        ui::installLanguage(ui::Language::English);
    }
    WindowInLanguage(const WindowInLanguage&) = delete;
    WindowInLanguage& operator=(const WindowInLanguage&) = delete;

    ui::MainWindow& window() { return *m_window; }

    ui::ChartView* showChart(core::ChartKind kind)
    {
        m_window->showView(static_cast<ui::MainWindow::View>(kind));
        QTest::qWait(250);
        return m_window->chartPanel(kind)->view();
    }

private:
    std::unique_ptr<ui::MainWindow> m_window;
};

constexpr core::ChartKind chartKinds[] { core::ChartKind::Deployment, core::ChartKind::Casualties,
    core::ChartKind::Displacement, core::ChartKind::Funding };

} // namespace

// The check itself: a label, a button and a combo box too narrow for their text are each reported.
TEST(FrenchLayout, TheCheckFindsATextCutShort)
{
    QWidget root;
    auto* label = new QLabel(QStringLiteral("Filtre de date de début"), &root);
    label->setGeometry(0, 0, 40, 20);
    auto* button = new QPushButton(QStringLiteral("Supprimer quand même"), &root);
    button->setGeometry(0, 30, 40, 30);
    auto* combo = new QComboBox(&root);
    combo->addItem(QStringLiteral("toutes les catégories"));
    combo->setGeometry(0, 70, 60, 30);
    root.resize(200, 120);
    root.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&root));
    EXPECT_EQ(clippedTexts(&root).size(), 3) << qPrintable(clippedTexts(&root).join(u'\n'));
    label->resize(label->sizeHint().width() + 4, 20);
    EXPECT_EQ(clippedTexts(&root).size(), 2);
}

namespace {

// Every view of the window, in a language, at 1280 x 720: the texts that do not fit.
QStringList clippedInWindow(ui::Language language, const QString& fileMenu)
{
    WindowInLanguage inLanguage(language);
    ui::MainWindow& window = inLanguage.window();
    EXPECT_EQ(window.menuBar()->actions().constFirst()->text(), fileMenu);
    EXPECT_EQ(window.size(), QSize(1280, 720));
    QStringList clipped;
    for (int view = 0; view < ui::MainWindow::ViewCount; ++view) {
        window.showView(static_cast<ui::MainWindow::View>(view));
        QTest::qWait(200);
        for (const QString& text : clippedTexts(&window)) {
            if (!clipped.contains(text))
                clipped.append(text);
        }
    }
    // The menu bar holds every menu's title whole (none pushed into the overflow button).
    for (QAction* action : window.menuBar()->actions()) {
        const QRect box = window.menuBar()->actionGeometry(action);
        const int needed = window.menuBar()->fontMetrics().horizontalAdvance(shown(action->text()));
        if (box.isEmpty() || box.right() > window.menuBar()->width() || box.width() < needed)
            clipped.append(QStringLiteral("menu \"%1\" does not fit the menu bar").arg(action->text()));
    }
    return clipped;
}

} // namespace

// French is the longest of the three languages: at 1280 x 720 every view of the window shows its texts whole.
TEST(FrenchLayout, EveryTextOfTheWindowFitsAt1280x720)
{
    const QStringList clipped = clippedInWindow(ui::Language::French, QStringLiteral("&Fichier"));
    EXPECT_TRUE(clipped.isEmpty()) << qPrintable(clipped.join(u'\n'));
}

// Kreyol too.
TEST(FrenchLayout, EveryTextOfTheWindowFitsAt1280x720InKreyol)
{
    const QStringList clipped = clippedInWindow(ui::Language::HaitianCreole, QStringLiteral("&Fichye"));
    EXPECT_TRUE(clipped.isEmpty()) << qPrintable(clipped.join(u'\n'));
}

// The dialogs in French, at the size they open at: the export dialog (its "Taille" and "Échelle"), the editors of
// a figure, an event and a source, and the team database's.
TEST(FrenchLayout, EveryDialogShowsItsTextsWhole)
{
    ui::installLanguage(ui::Language::French);
    const auto workspace = test::bundledWorkspace();
    const ui::SourceTexts noTexts = [](const core::Source&) { return std::optional<QString>(); };
    ui::ExportContent content;
    content.workspace = workspace;
    content.chart = core::ChartKind::Deployment;
    std::vector<std::unique_ptr<QDialog>> dialogs;
    dialogs.push_back(std::make_unique<ui::ExportDialog>(content));
    dialogs.push_back(
        std::make_unique<ui::FigureDialog>(workspace, &test::bundledFigure(QStringLiteral("fig-000-01")), noTexts));
    dialogs.push_back(std::make_unique<ui::EventDialog>(workspace, &workspace->events().constFirst(), noTexts));
    dialogs.push_back(std::make_unique<ui::SourceDialog>(workspace, &workspace->sources().constFirst()));
    dialogs.push_back(std::make_unique<ui::TeamDatabaseDialog>());
    QStringList clipped;
    for (const auto& dialog : dialogs) {
        dialog->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
        QTest::qWait(50);
        for (const QString& text : clippedTexts(dialog.get())) {
            // The source pickers list the sources' own names and files, as long as the data makes them, in any
            // language (their list opens as wide as they need): data, not our words.
            if (text.startsWith(QStringLiteral("QComboBox \"source\""))
                || text.startsWith(QStringLiteral("QComboBox \"citationSource\"")))
                continue;
            clipped.append(QString::fromLatin1(dialog->metaObject()->className()) + QStringLiteral(": ") + text);
        }
        dialog->hide();
    }
    dialogs.clear();
    ui::installLanguage(ui::Language::English);
    EXPECT_TRUE(clipped.isEmpty()) << qPrintable(clipped.join(u'\n'));
}

// Every chart in French: its title and axis title are French, and its value labels find as much room beside their
// marks as the English ones do (a label with no room is listed below the chart instead: none more in French).
TEST(FrenchLayout, EveryChartLaysOutItsLabelsAsInEnglish)
{
    QList<qsizetype> englishNoted;
    QStringList englishTitles;
    {
        WindowInLanguage english(ui::Language::English);
        for (const core::ChartKind kind : chartKinds) {
            const ui::ChartView* view = english.showChart(kind);
            englishNoted.append(view->labels().layout.noted.size());
            englishTitles.append(view->spec().title + u'|' + view->spec().yTitle);
        }
    }
    WindowInLanguage french(ui::Language::French);
    for (qsizetype i = 0; i < qsizetype(std::size(chartKinds)); ++i) {
        const ui::ChartView* view = french.showChart(chartKinds[static_cast<std::size_t>(i)]);
        ASSERT_FALSE(view->spec().isEmpty());
        EXPECT_NE(view->spec().title + u'|' + view->spec().yTitle, englishTitles.at(i));
        EXPECT_LE(view->labels().layout.noted.size(), englishNoted.at(i))
            << qPrintable(view->spec().title) << ": more labels moved below the chart in French";
        for (const core::ChartLabel& label : view->labels().labels)
            EXPECT_FALSE(label.text.contains(QStringLiteral("conflicting report"))) << qPrintable(label.text);
    }
}
