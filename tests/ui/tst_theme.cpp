#include "guitestsupport.h"
#include "testsupport.h"

#include <crisis/core/analysis/presentation.h>
#include <crisis/ui/charts/chartview.h>
#include <crisis/ui/charts/theme.h>
#include <crisis/ui/charts/timelineview.h>
#include <crisis/ui/presenter/presenterwindow.h>
#include <crisis/ui/window/appearance.h>
#include <crisis/ui/window/mainwindow.h>
#include <crisis/ui/window/settings.h>

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace crisis;
using ui::ChartStyle;
using ui::Theme;

namespace {

const QList<Theme> allThemes { Theme::Light, Theme::Dark, Theme::HighContrast };

QString nameOf(Theme theme)
{
    return ui::themeKey(theme);
}

// Every pair of text and what it is drawn on, in a palette.
void expectReadablePalette(const QPalette& p, const QString& what)
{
    const struct
    {
        QPalette::ColorRole text;
        QPalette::ColorRole back;
        const char* name;
    } pairs[] = {
        { QPalette::WindowText, QPalette::Window, "window text" },
        { QPalette::Text, QPalette::Base, "text" },
        { QPalette::Text, QPalette::AlternateBase, "text on alternate rows" },
        { QPalette::ButtonText, QPalette::Button, "button text" },
        { QPalette::HighlightedText, QPalette::Highlight, "selected text" },
        { QPalette::PlaceholderText, QPalette::Base, "placeholder text" },
        { QPalette::ToolTipText, QPalette::ToolTipBase, "tooltip text" },
        { QPalette::Link, QPalette::Base, "links" },
    };
    for (const auto& pair : pairs) {
        const double ratio
            = ui::contrastRatio(p.color(QPalette::Active, pair.text), p.color(QPalette::Active, pair.back));
        EXPECT_GE(ratio, 4.5) << qPrintable(what) << ": " << pair.name << " at " << ratio << ":1";
    }
    EXPECT_GE(ui::contrastRatio(ui::quietTextColor(p), p.color(QPalette::Window)), 4.5) << qPrintable(what);
    EXPECT_GE(ui::contrastRatio(ui::errorTextColor(p), p.color(QPalette::Window)), 4.5) << qPrintable(what);
    EXPECT_GE(ui::contrastRatio(ui::conflictTextColor(p), p.color(QPalette::Base)), 4.5) << qPrintable(what);
}

// Every colour a label of the presenter writes its text in (its style sheet's, or its rich text's), against the
// slide's background, and the label's own palette text.
void expectReadableLabels(const QWidget& slide)
{
    const QColor back = slide.palette().color(QPalette::Window);
    const QRegularExpression color(QStringLiteral("color:\\s*(#[0-9a-fA-F]{3,6})"));
    int colours = 0;
    for (const QLabel* label : slide.findChildren<QLabel*>()) {
        for (const QString& text : { label->styleSheet(), label->text() }) {
            for (auto it = color.globalMatch(text); it.hasNext(); ++colours) {
                const QColor c(it.next().captured(1));
                EXPECT_GE(ui::contrastRatio(c, back), 4.5)
                    << qPrintable(c.name()) << " in " << qPrintable(text.left(80));
            }
        }
        if (label->styleSheet().isEmpty()) { // else its style sheet's colour, checked above
            EXPECT_GE(ui::contrastRatio(label->palette().color(QPalette::WindowText), back), 4.5)
                << qPrintable(label->text().left(80));
        }
    }
    EXPECT_GT(colours, 3);
}

} // namespace

TEST(Theme, EveryPalettesTextReadsAtFourAndAHalfToOne)
{
    for (const Theme theme : allThemes)
        expectReadablePalette(ui::themePalette(theme), nameOf(theme));
}

TEST(Theme, EveryChartTextReadsOnThePageAndOnTheLabelsBackground)
{
    for (const Theme theme : allThemes) {
        const ChartStyle s = ChartStyle::of(theme);
        const QString what = nameOf(theme);
        QList<std::pair<QColor, QString>> texts { { s.text, QStringLiteral("text") },
            { s.quietText, QStringLiteral("quiet text") }, { s.textIn(s.conflict), QStringLiteral("conflict") },
            { s.textIn(s.computed), QStringLiteral("computed") }, { s.textIn(s.cursor), QStringLiteral("cursor") } };
        for (int i = 0; i < static_cast<int>(s.series.size()); ++i) {
            texts.append({ s.textIn(s.seriesColor(i)), QStringLiteral("series %1").arg(i) });
            texts.append({ s.textIn(s.seriesColor(i).darker(150)), QStringLiteral("series %1, darker").arg(i) });
        }
        for (const auto& [color, name] : std::as_const(texts)) {
            EXPECT_GE(ui::contrastRatio(color, s.page, s.page), 4.5) << qPrintable(what) << ": " << qPrintable(name);
            EXPECT_GE(ui::contrastRatio(color, s.labelBackground, s.page), 4.5)
                << qPrintable(what) << ": " << qPrintable(name) << " on a label";
        }
        // The presenter's date, written on its own fill.
        EXPECT_GE(ui::contrastRatio(ChartStyle::textOn(s.cursor), s.cursor), 4.5) << qPrintable(what);
        // The marks against the page: WCAG asks 3:1 of graphics. Dark and high contrast meet it; on white,
        // Okabe-Ito's orange and sky blue are about 2.1-2.2:1 (kept for telling the series apart with colour vision
        // deficiencies, every mark outlined and labelled in a text colour that passes).
        for (int i = 0; i < 6; ++i)
            EXPECT_GE(ui::contrastRatio(s.seriesColor(i), s.page), theme == Theme::Light ? 2.0 : 3.0)
                << qPrintable(what) << ": series " << i;
    }
}

TEST(Theme, DarkIsDarkAndTheSeriesColoursStayApart)
{
    const ChartStyle dark = ChartStyle::of(Theme::Dark);
    EXPECT_LT(dark.page.lightnessF(), 0.2);
    EXPECT_GT(dark.text.lightnessF(), 0.8);
    for (int a = 0; a < static_cast<int>(dark.series.size()); ++a) {
        for (int b = a + 1; b < static_cast<int>(dark.series.size()); ++b) {
            const QColor x = dark.seriesColor(a);
            const QColor y = dark.seriesColor(b);
            const int distance
                = std::abs(x.red() - y.red()) + std::abs(x.green() - y.green()) + std::abs(x.blue() - y.blue());
            EXPECT_GT(distance, 60) << a << " and " << b << " look alike";
        }
    }
}

TEST(Theme, ThemeKeysAreReadAsWritten)
{
    for (const Theme theme : allThemes)
        EXPECT_EQ(ui::themeFromKey(ui::themeKey(theme)), theme);
    EXPECT_FALSE(ui::themeFromKey(u"purple"));
    for (const ui::ThemeChoice choice : { ui::ThemeChoice::System, ui::ThemeChoice::Light, ui::ThemeChoice::Dark })
        EXPECT_EQ(ui::themeChoiceFromKey(ui::themeChoiceKey(choice)), choice);
}

class ThemedWindow : public test::ShownWindowTest
{
protected:
    void TearDown() override
    {
        // The next test's window starts light, as a first run does.
        ui::Settings().setThemeChoice(ui::ThemeChoice::Light);
        ui::applyApplicationTheme(Theme::Light);
    }
};

TEST_F(ThemedWindow, ViewThemeDarkRestylesTheWindowTheChartsAndTheTimelineAndIsRemembered)
{
    QAction* dark = nullptr;
    for (QAction* menu : m_window->menuBar()->actions()) {
        if (!menu->menu() || menu->text() != QStringLiteral("&View"))
            continue;
        for (QAction* item : menu->menu()->actions()) {
            if (item->menu() && item->text() == QStringLiteral("T&heme")) {
                for (QAction* choice : item->menu()->actions()) {
                    if (choice->text() == QStringLiteral("&Dark"))
                        dark = choice;
                }
            }
        }
    }
    ASSERT_NE(dark, nullptr) << "View > Theme > Dark";
    dark->trigger();
    QTest::qWait(50);
    EXPECT_TRUE(dark->isChecked());
    EXPECT_EQ(ui::applicationTheme(), Theme::Dark);
    EXPECT_LT(QApplication::palette().color(QPalette::Window).lightnessF(), 0.25);
    ui::ChartView* chart = showChart(core::ChartKind::Deployment);
    EXPECT_EQ(chart->chartStyle().theme, Theme::Dark);
    EXPECT_EQ(chart->chart()->backgroundBrush().color(), ChartStyle::of(Theme::Dark).page);
    // What is drawn: the chart's pixels are the dark page's, not white.
    const QImage image = chart->grab().toImage();
    EXPECT_EQ(QColor(image.pixel(image.width() / 2, 3)), ChartStyle::of(Theme::Dark).page);
    auto* timeline = m_window->findChild<ui::TimelineView*>();
    ASSERT_NE(timeline, nullptr);
    EXPECT_EQ(timeline->chartStyle().theme, Theme::Dark);
    EXPECT_LT(timeline->palette().color(QPalette::Base).lightnessF(), 0.25);
    EXPECT_EQ(ui::Settings().themeChoice(), ui::ThemeChoice::Dark);

    // The next window opens dark.
    m_window.reset();
    ui::applyApplicationTheme(Theme::Light);
    ui::MainWindow again;
    EXPECT_EQ(again.themeChoice(), ui::ThemeChoice::Dark);
    EXPECT_EQ(ui::applicationTheme(), Theme::Dark);
}

TEST(PresenterTheme, CTogglesHighContrastForTheProjectorAndItIsRemembered)
{
    ui::Settings().setPresenterHighContrast(false);
    const QList<core::PresentationStep> steps
        = core::presentationSteps(*test::bundledWorkspace(), test::allEventIndexes(*test::bundledWorkspace()));
    {
        ui::PresenterWindow presenter(test::bundledWorkspace(), steps);
        presenter.setTheme(Theme::Dark);
        EXPECT_EQ(presenter.theme(), Theme::Dark) << "follows the window";
        EXPECT_EQ(presenter.chartView()->chartStyle().theme, Theme::Dark);
        expectReadableLabels(presenter);
        presenter.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&presenter));
        QTest::keyClick(&presenter, Qt::Key_C);
        EXPECT_TRUE(presenter.highContrast());
        EXPECT_EQ(presenter.theme(), Theme::HighContrast);
        EXPECT_EQ(presenter.chartView()->chartStyle().theme, Theme::HighContrast);
        EXPECT_EQ(presenter.palette().color(QPalette::Window), QColor(Qt::white));
        EXPECT_EQ(presenter.palette().color(QPalette::WindowText), QColor(Qt::black));
        expectReadableLabels(presenter);
    }
    EXPECT_TRUE(ui::Settings().presenterHighContrast());
    ui::PresenterWindow next(test::bundledWorkspace(), steps);
    EXPECT_TRUE(next.highContrast());
    QTest::keyClick(&next, Qt::Key_C);
    EXPECT_FALSE(next.highContrast());
    EXPECT_FALSE(ui::Settings().presenterHighContrast());
}

TEST_F(ThemedWindow, SystemFollowsTheDesktopAndAnOpenPresenterFollowsTheWindow)
{
    const QByteArray before = qgetenv("CRISIS_DESKTOP_COLOR_SCHEME");
    qputenv("CRISIS_DESKTOP_COLOR_SCHEME", "dark");
    m_window->setThemeChoice(ui::ThemeChoice::System);
    EXPECT_EQ(ui::applicationTheme(), Theme::Dark) << "the desktop prefers dark";
    qputenv("CRISIS_DESKTOP_COLOR_SCHEME", "light");
    m_window->setThemeChoice(ui::ThemeChoice::System);
    EXPECT_EQ(ui::applicationTheme(), Theme::Light);
    qputenv("CRISIS_DESKTOP_COLOR_SCHEME", before);

    ui::PresenterWindow* presenter = m_window->present();
    ASSERT_NE(presenter, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(presenter));
    EXPECT_EQ(presenter->theme(), Theme::Light);
    m_window->setThemeChoice(ui::ThemeChoice::Dark);
    QTest::qWait(20);
    EXPECT_EQ(presenter->theme(), Theme::Dark) << "View > Theme while presenting";
    EXPECT_EQ(presenter->chartView()->chartStyle().theme, Theme::Dark);
    presenter->close();

    // --theme is this run's: the remembered choice stays.
    ASSERT_EQ(ui::Settings().themeChoice(), ui::ThemeChoice::Dark);
    m_window->setThemeChoice(ui::ThemeChoice::Light, false);
    EXPECT_EQ(ui::applicationTheme(), Theme::Light);
    EXPECT_EQ(ui::Settings().themeChoice(), ui::ThemeChoice::Dark);
}

TEST(PresenterTheme, TheHandoutIsPrintedDarkOnWhiteWhateverTheWindowsTheme)
{
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty())
        GTEST_SKIP() << "pdftoppm (poppler-utils) is not installed: scripts/install-clients.sh installs it";
    ui::applyApplicationTheme(Theme::Dark);
    QTemporaryDir dir;
    const QList<core::PresentationStep> steps
        = core::presentationSteps(*test::bundledWorkspace(), test::allEventIndexes(*test::bundledWorkspace()))
              .mid(0, 1);
    const QString path = dir.filePath(QStringLiteral("handout.pdf"));
    const bool written = ui::writeHandout(path, test::bundledWorkspace(), steps, QStringLiteral("One event")).ok();
    ui::applyApplicationTheme(Theme::Light);
    ASSERT_TRUE(written);
    QProcess render;
    render.start(pdftoppm,
        { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-f"), QStringLiteral("1"),
            QStringLiteral("-l"), QStringLiteral("1"), path, dir.filePath(QStringLiteral("page")) });
    ASSERT_TRUE(render.waitForFinished(30000));
    const QStringList pages = QDir(dir.path()).entryList({ QStringLiteral("page*.png") });
    ASSERT_EQ(pages.size(), 1);
    const QImage page(dir.filePath(pages.first()));
    // The text is on the left half of the page: dark ink there, on white paper.
    int ink = 0;
    int paper = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width() / 2; ++x) {
            const float lightness = page.pixelColor(x, y).lightnessF();
            ink += lightness < 0.35f ? 1 : 0;
            paper += lightness > 0.95f ? 1 : 0;
        }
    }
    EXPECT_GT(ink, 200) << "the title, summary and quotes in dark ink";
    EXPECT_GT(paper, page.width() * page.height() / 4) << "on white";
}
