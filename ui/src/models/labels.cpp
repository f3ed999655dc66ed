#include <crisis/core/analysis/displayformat.h>
#include <crisis/ui/models/labels.h>

#include <QCoreApplication>

namespace crisis::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("crisis::ui::Labels", text);
}

} // namespace

QString statusLabel(core::FigureStatus status)
{
    switch (status) {
    case core::FigureStatus::Actual:
        return tr("actual");
    case core::FigureStatus::Pledged:
        return tr("pledged");
    case core::FigureStatus::Target:
        return tr("target");
    case core::FigureStatus::ProposedTarget:
        return tr("proposed target");
    case core::FigureStatus::Estimate:
        return tr("estimate");
    }
    return {};
}

QString eventStatusLabel(core::EventStatus status)
{
    switch (status) {
    case core::EventStatus::Occurred:
        return tr("occurred");
    case core::EventStatus::Expected:
        return tr("expected");
    case core::EventStatus::Proposed:
        return tr("proposed");
    }
    return {};
}

QString eventStatusNote(core::EventStatus status)
{
    switch (status) {
    case core::EventStatus::Occurred:
        return {};
    case core::EventStatus::Expected:
        return tr("Expected: announced as due, not reported as done.");
    case core::EventStatus::Proposed:
        return tr("Proposed: sought or recommended, not decided.");
    }
    return {};
}

QString categoryLabel(core::EventCategory category)
{
    switch (category) {
    case core::EventCategory::SecurityDeployment:
        return tr("Security deployment");
    case core::EventCategory::Violence:
        return tr("Violence");
    case core::EventCategory::Humanitarian:
        return tr("Humanitarian");
    case core::EventCategory::Political:
        return tr("Political");
    case core::EventCategory::Diplomatic:
        return tr("Diplomatic");
    case core::EventCategory::Funding:
        return tr("Funding");
    case core::EventCategory::Other:
        return tr("Other");
    }
    return {};
}

QString figureMetricLabel(const core::Workspace& workspace, qsizetype row)
{
    const core::FigureTable& figures = workspace.figures();
    const core::Metric* metric = workspace.metricOf(row);
    const QString label = metric ? metric->label : figures.metric(row);
    // A share reads as a share of what it breaks down.
    if (figures.metric(row) == u"share" && !figures.parentId(row).isEmpty()) {
        const qsizetype parent = figures.rowOfId(figures.parentId(row));
        if (parent >= 0) {
            const core::Metric* parentMetric = workspace.metricOf(parent);
            return QCoreApplication::translate("crisis::ui::Labels", "%1: %2 (share)")
                .arg(parentMetric ? parentMetric->label : figures.metric(parent), figures.subgroup(row));
        }
    }
    return figures.subgroup(row).isEmpty()
        ? label
        : QCoreApplication::translate("crisis::ui::Labels", "%1: %2").arg(label, figures.subgroup(row));
}

QString sourceToolTip(const core::Source& source)
{
    QString html = QStringLiteral("<b>%1</b>")
                       .arg(escapedForRichText(source.outlet.isEmpty() ? tr("Outlet not stated") : source.outlet));
    if (!source.title.isEmpty())
        html += QStringLiteral("<br>%1").arg(escapedForRichText(source.title));
    if (!source.author.isEmpty())
        html += QStringLiteral("<br>") + tr("by %1").arg(escapedForRichText(source.author));
    html += QStringLiteral("<br>") + escapedForRichText(core::formatDate(source.published));
    if (source.publishedInferred)
        html += QStringLiteral(" <i>(%1)</i>").arg(escapedForRichText(tr("inferred: %1").arg(source.publishedNote)));
    html += QStringLiteral("<br><tt>%1</tt>").arg(escapedForRichText(source.document));
    return html;
}

QString escapedForRichText(const QString& text, qsizetype maxLength)
{
    QString kept;
    kept.reserve(std::min(text.size(), maxLength + 1));
    for (const QChar c : text) {
        if (kept.size() >= maxLength) {
            kept += QChar(0x2026);
            break;
        }
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t')
            continue;
        kept += c;
    }
    return kept.toHtmlEscaped();
}

QString plainToolTip(const QString& text)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(escapedForRichText(text));
}

} // namespace crisis::ui
