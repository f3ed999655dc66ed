#include <crisis/core/analysis/calendaraxis.h>
#include <crisis/core/analysis/displayformat.h>
#include <crisis/ui/charts/chartpanel.h>
#include <crisis/ui/charts/chartview.h>
#include <crisis/ui/models/labels.h>
#include <crisis/ui/window/accessibility.h>

#include <QComboBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QScreen>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace crisis::ui {

using namespace crisis::core;

ChartPanel::ChartPanel(ChartKind kind, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_reset(new QToolButton(this))
    , m_view(new ChartView(this))
    , m_sources(new QLabel(this))
    , m_resizeTimer(new QTimer(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // Titles come from data (metric labels, subjects): plain text always, never read as HTML. The sources line is
    // rich text whose data parts are escaped.
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_sources->setTextFormat(Qt::RichText);
    m_subtitle->setWordWrap(true);
    updateColors();
    m_sources->setWordWrap(true);
    m_sources->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = m_sources->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_sources->setFont(small);

    m_reset->setText(tr("Reset zoom"));
    m_reset->setToolTip(tr("Show the whole date range (drag over the chart to zoom in)"));
    m_reset->setEnabled(false);
    connect(m_reset, &QToolButton::clicked, this, &ChartPanel::resetZoom);

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    if (kind == ChartKind::Casualties) {
        m_measure = new QComboBox(this);
        m_measure->addItem(tr("Per 30 days"));
        m_measure->addItem(tr("Total reported for the period"));
        m_measure->setToolTip(tr("Show each report as a rate per 30 days, or as the total it gives for its period"));
        setAccessibleText(m_measure, tr("Casualty measure"), m_measure->toolTip());
        connect(m_measure, &QComboBox::currentIndexChanged, this, [this](int index) { setPerThirtyDays(index == 0); });
        header->addWidget(m_measure, 0, Qt::AlignTop);
    }
    header->addWidget(m_reset, 0, Qt::AlignTop);

    // The sources fold into one line on a small screen, so the plot keeps its room; a toggle shows them all.
    m_sourcesToggle = new QToolButton(this);
    m_sourcesToggle->setCheckable(true);
    m_sourcesToggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_sourcesToggle->setAutoRaise(true);
    const QScreen* screen = QGuiApplication::primaryScreen();
    m_screenHeight = screen ? screen->availableGeometry().height() : 1000;
    // clicked: the user's choice (by mouse or keyboard), which then holds whatever the list's length.
    connect(m_sourcesToggle, &QToolButton::clicked, this, [this] {
        m_sourcesChosen = true;
        showSources();
    });
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_sources, 1);
    footer->addWidget(m_sourcesToggle, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addLayout(footer);

    m_resizeTimer->setSingleShot(true);
    m_resizeTimer->setInterval(150);
    connect(m_resizeTimer, &QTimer::timeout, this, &ChartPanel::rebuild);
    connect(m_view, &ChartView::figureActivated, this, &ChartPanel::figureActivated);
    connect(m_view, &ChartView::rangeSelected, this, [this](QDate from, QDate to) {
        m_options.from = from;
        m_options.to = to;
        rebuild();
    });
}

void ChartPanel::setWorkspace(std::shared_ptr<const Workspace> workspace)
{
    m_workspace = std::move(workspace);
    rebuild();
}

void ChartPanel::setFilterRange(QDate from, QDate to)
{
    m_filterFrom = from;
    m_filterTo = to;
    m_options.from = from;
    m_options.to = to;
    rebuild();
}

void ChartPanel::resetZoom()
{
    m_options.from = m_filterFrom;
    m_options.to = m_filterTo;
    rebuild();
}

void ChartPanel::setPerThirtyDays(bool perThirtyDays)
{
    if (m_options.perThirtyDays == perThirtyDays)
        return;
    m_options.perThirtyDays = perThirtyDays;
    if (m_measure)
        m_measure->setCurrentIndex(perThirtyDays ? 0 : 1);
    rebuild();
    Q_EMIT perThirtyDaysChanged(perThirtyDays);
}

void ChartPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_resizeTimer->start();
}

void ChartPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        rebuildNow();
}

void ChartPanel::rebuild()
{
    // A hidden chart waits until it is shown: four charts of a million figures need not all be drawn at once.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    rebuildNow();
}

bool ChartPanel::sourcesUnfoldedAtFirst(qsizetype sources, int screenHeight)
{
    constexpr qsizetype mostUnfolded = 12;
    return sources <= 1 || (screenHeight >= 1000 && sources <= mostUnfolded);
}

void ChartPanel::showSources()
{
    const bool all = m_sourcesCount <= 1
        || (m_sourcesChosen ? m_sourcesToggle->isChecked() : sourcesUnfoldedAtFirst(m_sourcesCount, m_screenHeight));
    m_sourcesToggle->setChecked(all);
    m_sourcesToggle->setVisible(m_sourcesCount > 1);
    m_sourcesToggle->setText(all ? tr("Fewer") : tr("All %n sources", nullptr, static_cast<int>(m_sourcesCount)));
    if (all) {
        m_sources->setText(m_sourcesText);
        return;
    }
    // Folded: the first source on one line; the rest a click away (and always in the exports).
    QString first = m_sourcesText.section(QStringLiteral(" &nbsp; "), 0, 0);
    m_sources->setText(first + tr(" &nbsp; <i>and %n more</i>", nullptr, static_cast<int>(m_sourcesCount - 1)));
}

void ChartPanel::rebuildNow()
{
    m_stale = false;
    if (!m_workspace)
        return;
    m_options.widthPixels = std::max(200, m_view->width() - 80);
    ChartSpec spec = buildChart(*m_workspace, m_kind, m_options);
    m_title->setText(spec.title);
    QStringList subtitle;
    if (!spec.subtitle.isEmpty())
        subtitle.append(spec.subtitle);
    if (spec.categories.isEmpty() && spec.from.isValid())
        subtitle.append(datesShown(calendarAxis(spec.from, spec.to, 12))); // exactly the axis' range
    if (spec.asOf.isValid())
        subtitle.append(tr("as of %1").arg(formatDate(spec.asOf)));
    m_subtitle->setText(subtitle.join(QStringLiteral(" \u00b7 ")));
    QStringList sources;
    for (const ChartFootnote& footnote : std::as_const(spec.footnotes))
        sources.append(
            QStringLiteral("%1. %2").arg(QString::number(footnote.number), escapedForRichText(footnote.text, 300)));
    QString footer;
    if (!sources.isEmpty())
        footer = tr("<b>Sources</b> ") + sources.join(QStringLiteral(" &nbsp; "));
    for (const QString& note : std::as_const(spec.notes))
        footer += QStringLiteral("<br><i>%1</i>").arg(escapedForRichText(note));
    if (spec.isEmpty())
        footer = tr("<i>No figures for this chart in the open database, or in the date range chosen.</i>");
    m_sourcesText = footer;
    m_sourcesCount = sources.size();
    showSources();
    m_reset->setEnabled(m_options.from != m_filterFrom || m_options.to != m_filterTo);
    const qsizetype selected = m_view->selectedFigure();
    m_view->setSpec(std::move(spec), m_workspace);
    m_view->setSelectedFigure(selected);
}

void ChartPanel::updateColors()
{
    // Quieter than the title, yet at least 4.5:1 against the window (palette(mid) gave about 1.7:1).
    m_subtitle->setStyleSheet(QStringLiteral("color: %1;").arg(quietTextColor(palette()).name()));
}

void ChartPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateColors();
}

} // namespace crisis::ui
