#include <crisis/core/analysis/displayformat.h>
#include <crisis/core/support/files.h>
#include <crisis/ui/charts/chartexporter.h>
#include <crisis/ui/charts/chartview.h>
#include <crisis/ui/models/labels.h>
#include <crisis/ui/presenter/presenterwindow.h>
#include <crisis/ui/window/appearance.h>
#include <crisis/ui/window/settings.h>

#include <QAbstractTextDocumentLayout>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace crisis::ui {

using namespace crisis::core;

namespace {

QLabel* wrapped(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

// The citations of an event, as rich text: each quote and where it comes from, the latter in a quieter colour.
QString citationsHtml(const Workspace& w, const Event& event, const QColor& quiet)
{
    QString html;
    for (const Citation& c : event.citations) {
        const Source* source = w.source(c.sourceId);
        QString label = source ? w.sourceLabel(*source) : c.sourceId;
        if (source && source->publishedInferred)
            label += QCoreApplication::translate("crisis::ui::PresenterWindow", " (date inferred)");
        html += QStringLiteral("<p>\u201c%1\u201d<br><span style='color:%2'>\u2014 %3</span></p>")
                    .arg(c.quote.toHtmlEscaped(), quiet.name(), label.toHtmlEscaped());
    }
    return html;
}

ChartView::CursorEdge cursorEdge(const PresentationStep& step)
{
    switch (step.edge) {
    case PresentationStep::Edge::Before:
        return ChartView::CursorEdge::Left;
    case PresentationStep::Edge::After:
        return ChartView::CursorEdge::Right;
    case PresentationStep::Edge::Inside:
        break;
    }
    return ChartView::CursorEdge::Inside;
}

} // namespace

PresenterWindow::PresenterWindow(
    std::shared_ptr<const Workspace> workspace, QList<PresentationStep> steps, QString title, QWidget* parent)
    : QWidget(parent)
    , m_workspace(std::move(workspace))
    , m_steps(std::move(steps))
    , m_title(std::move(title))
    , m_position(new QLabel(this))
    , m_date(wrapped(this))
    , m_status(new QLabel(this))
    , m_heading(wrapped(this))
    , m_body(wrapped(this))
    , m_citation(wrapped(this))
    , m_hint(new QLabel(this))
    , m_chartTitle(wrapped(this))
    , m_chart(new ChartView(this))
    , m_chartSources(wrapped(this))
{
    setWindowTitle(tr("Presenting \u2014 Crisis Timeline"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    m_chart->setInteractive(false);
    m_chart->setFocusPolicy(Qt::NoFocus);
    m_hint->setText(tr("\u2192 / Page Down / Space: next   \u2190 / Page Up: back   Home / End   "
                       "C: high contrast   Esc: leave"));
    m_position->setTextFormat(Qt::PlainText); // the story's title: data
    m_status->setObjectName(QStringLiteral("status"));
    m_status->hide();
    m_baseTheme = applicationTheme();
    m_highContrast = Settings().presenterHighContrast();
    applyTheme();

    auto* text = new QVBoxLayout;
    text->addWidget(m_position);
    text->addWidget(m_date);
    text->addWidget(m_status, 0, Qt::AlignLeft);
    text->addWidget(m_heading);
    text->addWidget(m_body);
    text->addWidget(m_citation, 1);
    // The chart says what it is and whose numbers it plots, as an exported one does.
    auto* chart = new QVBoxLayout;
    chart->addWidget(m_chartTitle);
    chart->addWidget(m_chart, 1);
    chart->addWidget(m_chartSources);
    auto* row = new QHBoxLayout;
    row->addLayout(text, 2);
    row->addLayout(chart, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 30, 40, 20);
    layout->addLayout(row, 1);
    layout->addWidget(m_hint);
    setStep(0);
}

void PresenterWindow::setStep(qsizetype index)
{
    if (m_steps.isEmpty()) {
        m_heading->setText(tr("Nothing to present: no events."));
        setAccessibleName(tr("Presenting: nothing to present"));
        return;
    }
    index = std::clamp<qsizetype>(index, 0, m_steps.size() - 1);
    if (index == m_step)
        return;
    m_step = index;
    const PresentationStep& step = m_steps.at(index);
    const Event& event = m_workspace->events().at(step.eventIndex);
    m_position->setText(tr("%1%2 of %3")
                            .arg(m_title.isEmpty() ? QString() : m_title + QStringLiteral(" \u00b7 "),
                                QString::number(index + 1), QString::number(m_steps.size())));
    QString date = formatPeriod(event.period);
    if (event.periodInferred)
        date += tr(" (date inferred)");
    m_date->setText(date.toHtmlEscaped());
    // Expected or proposed: said in a hollow, dashed badge above the title, as the timeline draws it.
    m_status->setVisible(event.status != EventStatus::Occurred);
    m_status->setText(eventStatusNote(event.status).toHtmlEscaped());
    m_heading->setText(QStringLiteral("<b>%1</b>").arg(event.title.toHtmlEscaped()));
    QString body = event.summary.toHtmlEscaped();
    if (!step.note.isEmpty())
        body += QStringLiteral("<p><i>%1</i></p>").arg(step.note.toHtmlEscaped());
    m_body->setText(body);
    m_citation->setText(citationsHtml(*m_workspace, event, ChartStyle::of(theme()).quietText));
    ChartSpec spec = buildChart(*m_workspace, step.chart, step.chartOptions);
    m_chartTitle->setText(QStringLiteral("<b>%1</b>").arg(spec.title.toHtmlEscaped()));
    QStringList sources;
    for (const ChartFootnote& footnote : std::as_const(spec.footnotes))
        sources.append(QStringLiteral("%1.\u00a0%2")
                           .arg(QString::number(footnote.number), escapedForRichText(footnote.text, 300)));
    m_chartSources->setText(
        sources.isEmpty() ? QString() : tr("Sources:<br>%1").arg(sources.join(QStringLiteral("<br>"))));
    m_chart->setSpec(std::move(spec), m_workspace);
    m_chart->setTimeCursor(step.cursor, step.cursorLabel, step.cursorPending, cursorEdge(step));
    m_chart->setHighlightedFigures(step.highlighted);
    // The window has the focus while presenting: its name is the step, so a screen reader says each one.
    setAccessibleName(tr("Presenting %1: %2, %3").arg(m_position->text(), event.title, date));
    setAccessibleDescription(QTextDocumentFragment::fromHtml(stepText()).toPlainText() + u'\n' + m_hint->text());
}

QString PresenterWindow::stepText() const
{
    QStringList parts { m_date->text() };
    if (m_status->isVisibleTo(this))
        parts.append(m_status->text());
    parts += QStringList { m_heading->text(), m_body->text(), m_citation->text() };
    return parts.join(u'\n');
}

void PresenterWindow::setTheme(Theme theme)
{
    m_baseTheme = theme;
    applyTheme();
}

void PresenterWindow::setHighContrast(bool on)
{
    m_highContrast = on;
    applyTheme();
}

Theme PresenterWindow::theme() const
{
    return m_highContrast ? Theme::HighContrast : m_baseTheme;
}

void PresenterWindow::applyTheme()
{
    const ChartStyle style = ChartStyle::of(theme());
    QPalette p = themePalette(style.theme);
    p.setColor(QPalette::Window, style.page);
    p.setColor(QPalette::WindowText, style.text);
    setPalette(p);
    const QString quiet = style.quietText.name();
    const QString date = style.textIn(style.cursor).name();
    m_hint->setStyleSheet(QStringLiteral("color: %1;").arg(quiet));
    m_position->setStyleSheet(QStringLiteral("color: %1;").arg(quiet));
    m_chartSources->setStyleSheet(QStringLiteral("color: %1;").arg(quiet));
    m_date->setStyleSheet(QStringLiteral("color: %1;").arg(date));
    m_status->setStyleSheet(
        QStringLiteral("color: %1; border: %2px dashed %1; padding: 4px 10px; background: %3;")
            .arg(date, QString::number(style.theme == Theme::HighContrast ? 3 : 2), style.page.name()));
    m_chart->setChartStyle(style);
    if (m_step >= 0 && m_step < m_steps.size())
        m_citation->setText(
            citationsHtml(*m_workspace, m_workspace->events().at(m_steps.at(m_step).eventIndex), style.quietText));
}

bool PresenterWindow::event(QEvent* event)
{
    // View → Theme changed in the window while presenting: the slide follows. (Its palette is all its own, so the
    // application's change reaches it only as this event, which QWidget does not pass to changeEvent.)
    if (event->type() == QEvent::ApplicationPaletteChange && applicationTheme() != m_baseTheme)
        setTheme(applicationTheme());
    return QWidget::event(event);
}

void PresenterWindow::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Down:
        setStep(m_step + 1);
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
    case Qt::Key_Up:
        setStep(m_step - 1);
        break;
    case Qt::Key_Home:
        setStep(0);
        break;
    case Qt::Key_End:
        setStep(m_steps.size() - 1);
        break;
    case Qt::Key_Escape:
        close();
        break;
    case Qt::Key_C:
        if (event->modifiers() != Qt::NoModifier) {
            QWidget::keyPressEvent(event);
            return;
        }
        setHighContrast(!m_highContrast);
        Settings().setPresenterHighContrast(m_highContrast);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PresenterWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateFonts();
}

void PresenterWindow::closeEvent(QCloseEvent* event)
{
    Q_EMIT left();
    event->accept();
}

void PresenterWindow::updateFonts()
{
    // Large type, in proportion to the screen: legible from the back of a classroom.
    const double unit = std::max(8.0, height() / 40.0);
    const auto sized = [](double pixels, bool bold = false) {
        QFont font(ChartExporter::fontFamily());
        font.setPixelSize(static_cast<int>(pixels));
        font.setBold(bold);
        return font;
    };
    m_position->setFont(sized(unit * 0.8));
    m_date->setFont(sized(unit * 1.3, true));
    m_status->setFont(sized(unit * 1.0, true));
    m_heading->setFont(sized(unit * 1.9, true));
    m_body->setFont(sized(unit * 1.15));
    m_citation->setFont(sized(unit * 0.95));
    m_hint->setFont(sized(unit * 0.6));
    m_chartTitle->setFont(sized(unit * 0.9));
    m_chartSources->setFont(sized(unit * 0.5));
    m_chart->setFont(sized(unit * 0.65));
    // The chart takes its fonts when it is built: build it again at this size.
    if (m_step >= 0) {
        const qsizetype step = m_step;
        m_step = -1;
        setStep(step);
    }
}

core::Result<void> writeHandout(const QString& path, const std::shared_ptr<const Workspace>& workspace,
    const QList<PresentationStep>& steps, const QString& title, const Progress& progress)
{
    // Whole or not at all: a temporary file, every write checked, renamed when complete.
    FileWriter file(path);
    const auto failed = [&](const QString& why) {
        file.fail(why);
        return file.commit();
    };
    if (!file.open())
        return file.commit();
    QPdfWriter pdf(file.device());
    pdf.setResolution(96);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
    pdf.setTitle(title.isEmpty() ? QCoreApplication::translate("PresenterWindow", "Crisis Timeline handout") : title);
    pdf.setCreator(QStringLiteral("Crisis Timeline"));
    QPainter painter(&pdf);
    if (!painter.isActive())
        return failed(QStringLiteral("the PDF cannot be drawn"));
    const QSizeF page(pdf.width(), pdf.height()); // 1123 × 794 at 96 per inch
    const double margin = 36;
    const QSizeF textArea(page.width() * 0.36, page.height() - 2 * margin);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (progress && !progress(i, steps.size())) {
            painter.end();
            file.fail(QStringLiteral("cancelled"));
            (void)file.commit();
            return Error { Error::Code::Cancelled, QStringLiteral("the handout was not written"), {} };
        }
        if (i > 0 && !pdf.newPage())
            return failed(QStringLiteral("cannot add a page"));
        const PresentationStep& step = steps.at(i);
        const Event& event = workspace->events().at(step.eventIndex);
        // The text, left: step, date, title, summary, note, citations; smaller type until it all fits.
        QTextDocument text;
        text.documentLayout()->setPaintDevice(&pdf); // laid out at the PDF's resolution, not the screen's
        QString html
            = QStringLiteral("<p style='color:#666'>%1</p><p style='color:#c81e1e; font-size:14pt'><b>%2</b></p>"
                             "<p style='font-size:18pt'><b>%3</b></p><p>%4</p>")
                  .arg(QCoreApplication::translate(
                           "PresenterWindow", "%1%2 of %3", "a title, the step, the number of steps")
                           .arg(title.isEmpty() ? QString() : title + QStringLiteral(" \u00b7 "),
                               QString::number(i + 1), QString::number(steps.size()))
                           .toHtmlEscaped(),
                      QString(formatPeriod(event.period)
                          + (event.periodInferred ? QCoreApplication::translate("PresenterWindow", " (date inferred)")
                                                  : QString())
                          + (event.status != EventStatus::Occurred ? u" \u2014 " + eventStatusNote(event.status)
                                                                   : QString()))
                          .toHtmlEscaped(),
                      event.title.toHtmlEscaped(), event.summary.toHtmlEscaped());
        if (!step.note.isEmpty())
            html += QStringLiteral("<p><i>%1</i></p>").arg(step.note.toHtmlEscaped());
        html += citationsHtml(*workspace, event, QColor(0x55, 0x55, 0x55)); // on paper
        text.setTextWidth(textArea.width());
        for (double points = 10; points >= 5; points -= 0.5) {
            QFont font(ChartExporter::fontFamily());
            font.setPointSizeF(points);
            text.setDefaultFont(font);
            text.setHtml(html);
            if (text.size().height() <= textArea.height())
                break;
        }
        painter.save();
        painter.translate(margin, margin);
        // On paper: dark text whatever the window's theme (drawContents would take the application's palette).
        QAbstractTextDocumentLayout::PaintContext paper;
        paper.palette = themePalette(Theme::Light);
        paper.palette.setColor(QPalette::Text, QColor(20, 20, 20));
        paper.clip = QRectF(QPointF(0, 0), textArea);
        painter.setClipRect(paper.clip);
        text.documentLayout()->draw(&painter, paper);
        painter.restore();
        // The chart, right, with its cursor and highlights, title and sources.
        ExportContent content;
        content.workspace = workspace;
        content.chart = step.chart;
        content.chartOptions = step.chartOptions;
        content.cursor = step.cursor;
        content.cursorLabel = step.cursorLabel;
        content.cursorPending = step.cursorPending;
        content.cursorEdge = step.edge == PresentationStep::Edge::Before ? -1
            : step.edge == PresentationStep::Edge::After                 ? 1
                                                                         : 0;
        content.highlighted = step.highlighted;
        ExportOptions options;
        options.size = QSize(960, 720);
        const QRectF area(textArea.width() + 2 * margin, margin, page.width() - textArea.width() - 3 * margin,
            page.height() - 2 * margin);
        const double scale = std::min(area.width() / options.size.width(), area.height() / options.size.height());
        painter.save();
        painter.translate(area.topLeft());
        painter.scale(scale, scale);
        ChartExporter(content, options).render(&painter);
        painter.restore();
    }
    painter.end();
    return file.commit();
}

} // namespace crisis::ui
