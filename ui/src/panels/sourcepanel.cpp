#include <crisis/core/analysis/displayformat.h>
#include <crisis/ui/charts/theme.h>
#include <crisis/ui/models/labels.h>
#include <crisis/ui/panels/sourcepanel.h>

#include <QEvent>
#include <QUrl>

namespace crisis::ui {

using namespace crisis::core;

namespace {

constexpr qsizetype linksShown = 25;

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

SourcePanel::SourcePanel(QWidget* parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (!m_workspace)
            return;
        const QString id = QUrl::fromPercentEncoding(url.path().toUtf8());
        if (url.scheme() == u"figure") {
            const qsizetype row = m_workspace->figures().rowOfId(id);
            if (row >= 0)
                Q_EMIT figureLinkActivated(row);
        } else if (url.scheme() == u"event") {
            const qsizetype index = m_workspace->eventIndex(id);
            if (index >= 0)
                Q_EMIT eventLinkActivated(index);
        }
    });
    showNothing();
}

void SourcePanel::setWorkspace(std::shared_ptr<const Workspace> workspace)
{
    m_workspace = std::move(workspace);
    showNothing();
}

void SourcePanel::showNothing()
{
    m_shownFigure = -1;
    m_shownEvent = -1;
    setHtml(QStringLiteral("<p style='color:%1'>%2</p>")
                .arg(quietTextColor(palette()).name())
                .arg(escaped(tr(
                    "Select a figure or an event in a chart, the timeline or the table to see where it comes from."))));
}

QString SourcePanel::figureLink(qsizetype row) const
{
    const FigureTable& f = m_workspace->figures();
    const QString text = QStringLiteral("%1 \u2014 %2, %3")
                             .arg(formatPeriod(f.period(row)), figureMetricLabel(*m_workspace, row),
                                 formatFigureValue(f.figure(row), m_workspace->metricOf(row)));
    return QStringLiteral("<a href=\"figure:%1\">%2</a>")
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(f.id(row))), escaped(text));
}

QString SourcePanel::eventLink(qsizetype index) const
{
    const Event& e = m_workspace->events().at(index);
    return QStringLiteral("<a href=\"event:%1\">%2</a>")
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(e.id)),
            escaped(formatPeriod(e.period) + QStringLiteral(" \u2014 ") + e.title));
}

QString SourcePanel::sourceBlock(const QString& sourceId, const QString& quote, qint64 offset) const
{
    QString html = QStringLiteral(
        "<blockquote style='margin-left:12px'><span style='font-size:large'>\u201c%1\u201d</span></blockquote>")
                       .arg(escaped(quote));
    const Source* source = m_workspace->source(sourceId);
    if (!source)
        return html + QStringLiteral("<p>%1</p>").arg(escaped(tr("Source %1 is not in the database.").arg(sourceId)));
    html += QStringLiteral("<p><b>%1</b>")
                .arg(escaped(source->outlet.isEmpty() ? tr("Outlet not stated") : source->outlet));
    if (!source->title.isEmpty())
        html += QStringLiteral("<br>\u201c%1\u201d").arg(escaped(source->title));
    else if (!source->description.isEmpty())
        html += QStringLiteral("<br>%1").arg(escaped(source->description));
    html += QStringLiteral("<br>")
        + escaped(source->author.isEmpty() ? tr("Author not stated") : tr("By %1").arg(source->author));
    html += QStringLiteral("<br>")
        + escaped(source->published.isValid() ? tr("Published %1").arg(formatDate(source->published))
                                              : tr("Publication date not stated"));
    if (source->publishedInferred)
        html
            += QStringLiteral(" <b>%1</b><br><i>%2</i>").arg(escaped(tr("(inferred)")), escaped(source->publishedNote));
    html += QStringLiteral("<br>") + escaped(tr("Document"))
        + QStringLiteral(" <tt>%1</tt>, ").arg(escaped(source->document)) + escaped(tr("character %1").arg(offset));
    if (!source->url.isEmpty())
        html += QStringLiteral("<br><a href=\"%1\">%1</a>").arg(escaped(source->url));
    return html + QStringLiteral("</p>");
}

QString SourcePanel::alsoCiting(const QStringList& sourceIds, qsizetype exceptFigure, qsizetype exceptEvent) const
{
    QStringList links;
    qsizetype more = 0;
    for (const QString& sourceId : sourceIds) {
        for (const qsizetype row : m_workspace->figuresCiting(sourceId)) {
            if (row == exceptFigure)
                continue;
            if (links.size() < linksShown)
                links.append(figureLink(row));
            else
                ++more;
        }
        for (const qsizetype index : m_workspace->eventsCiting(sourceId)) {
            if (index == exceptEvent)
                continue;
            if (links.size() < linksShown)
                links.append(eventLink(index));
            else
                ++more;
        }
    }
    if (links.isEmpty())
        return {};
    QString html
        = QStringLiteral("<h4>%1</h4><ul style='margin-left:-20px'>").arg(escaped(tr("Also citing this source")));
    for (const QString& link : std::as_const(links))
        html += QStringLiteral("<li>%1</li>").arg(link);
    html += QStringLiteral("</ul>");
    if (more > 0)
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("and %n more", nullptr, static_cast<int>(more))));
    return html;
}

void SourcePanel::showFigure(qsizetype row)
{
    m_shownFigure = row;
    m_shownEvent = -1;
    if (!m_workspace || row < 0 || row >= m_workspace->figures().size())
        return showNothing();
    const FigureTable& f = m_workspace->figures();
    const Metric* metric = m_workspace->metricOf(row);
    QString html
        = QStringLiteral("<h3>%1 \u2014 %2</h3>")
              .arg(escaped(figureMetricLabel(*m_workspace, row)), escaped(formatFigureValue(f.figure(row), metric)));
    html
        += QStringLiteral("<p>%1 \u00b7 %2 \u00b7 %3")
               .arg(escaped(f.subject(row)), escaped(statusLabel(f.status(row))), escaped(formatPeriod(f.period(row))));
    if (f.periodInferred(row))
        html += QStringLiteral(" <b>%1</b><br><i>%2</i>").arg(escaped(tr("(inferred)")), escaped(f.periodNote(row)));
    html += QStringLiteral("</p>");
    html += sourceBlock(f.sourceId(row), f.quote(row), f.quoteOffset(row));
    if (!f.note(row).isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(tr("Note: %1").arg(f.note(row))));
    if (!f.parentId(row).isEmpty()) {
        const qsizetype parent = f.rowOfId(f.parentId(row));
        if (parent >= 0)
            html += QStringLiteral("<p>%1 %2</p>").arg(escaped(tr("Part of")), figureLink(parent));
    }
    const qsizetype group = m_workspace->conflictGroupOf(row);
    if (group >= 0) {
        html += QStringLiteral("<p style='color:%1'><b>%2</b>")
                    .arg(conflictTextColor(palette()).name(), escaped(tr("Conflicting reports")));
        for (const qsizetype other : m_workspace->conflictGroups().at(group).rows) {
            if (other != row)
                html += QStringLiteral("<br>") + figureLink(other);
        }
        html += QStringLiteral("</p>");
    }
    html += alsoCiting({ f.sourceId(row) }, row, -1);
    setHtml(html);
}

void SourcePanel::showEventRecord(qsizetype eventIndex)
{
    m_shownFigure = -1;
    m_shownEvent = eventIndex;
    if (!m_workspace || eventIndex < 0 || eventIndex >= m_workspace->events().size())
        return showNothing();
    const Event& e = m_workspace->events().at(eventIndex);
    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(e.title));
    if (e.status != EventStatus::Occurred)
        html += QStringLiteral("<p><b><i>%1</i></b></p>").arg(escaped(eventStatusNote(e.status)));
    html += QStringLiteral("<p>%1 \u00b7 %2").arg(escaped(categoryLabel(e.category)), escaped(formatPeriod(e.period)));
    if (e.periodInferred)
        html += QStringLiteral(" <b>%1</b><br><i>%2</i>").arg(escaped(tr("(inferred)")), escaped(e.periodNote));
    html += QStringLiteral("</p><p>%1</p>").arg(escaped(e.summary));
    if (!e.actors.isEmpty() || !e.location.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(escaped(QStringList { e.actors.join(QStringLiteral(", ")), e.location }.join(
                        QStringLiteral(" \u00b7 "))));
    QStringList sources;
    for (const Citation& c : e.citations) {
        html += sourceBlock(c.sourceId, c.quote, c.offset);
        if (!sources.contains(c.sourceId))
            sources.append(c.sourceId);
    }
    html += alsoCiting(sources, -1, eventIndex);
    setHtml(html);
}

void SourcePanel::changeEvent(QEvent* event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() != QEvent::PaletteChange && event->type() != QEvent::ApplicationPaletteChange)
        return;
    // The text's colours are the theme's: written again in the new ones, the same record shown.
    if (m_shownFigure >= 0)
        showFigure(m_shownFigure);
    else if (m_shownEvent >= 0)
        showEventRecord(m_shownEvent);
    else
        showNothing();
}

} // namespace crisis::ui
