#include <crisis/core/analysis/displayformat.h>
#include <crisis/ui/models/labels.h>

#include <QCoreApplication>

namespace crisis::ui {

QString statusLabel(core::FigureStatus status)
{
    switch (status) {
    case core::FigureStatus::Actual:
        return QCoreApplication::translate("crisis::ui::Labels", "actual");
    case core::FigureStatus::Pledged:
        return QCoreApplication::translate("crisis::ui::Labels", "pledged");
    case core::FigureStatus::Target:
        return QCoreApplication::translate("crisis::ui::Labels", "target");
    case core::FigureStatus::ProposedTarget:
        return QCoreApplication::translate("crisis::ui::Labels", "proposed target");
    case core::FigureStatus::Estimate:
        return QCoreApplication::translate("crisis::ui::Labels", "estimate");
    }
    return {};
}

QString eventStatusLabel(core::EventStatus status)
{
    switch (status) {
    case core::EventStatus::Occurred:
        return QCoreApplication::translate("crisis::ui::Labels", "occurred");
    case core::EventStatus::Expected:
        return QCoreApplication::translate("crisis::ui::Labels", "expected");
    case core::EventStatus::Proposed:
        return QCoreApplication::translate("crisis::ui::Labels", "proposed");
    }
    return {};
}

QString eventStatusNote(core::EventStatus status)
{
    switch (status) {
    case core::EventStatus::Occurred:
        return {};
    case core::EventStatus::Expected:
        return QCoreApplication::translate("crisis::ui::Labels", "Expected: announced as due, not reported as done.");
    case core::EventStatus::Proposed:
        return QCoreApplication::translate("crisis::ui::Labels", "Proposed: sought or recommended, not decided.");
    }
    return {};
}

QString categoryLabel(core::EventCategory category)
{
    switch (category) {
    case core::EventCategory::SecurityDeployment:
        return QCoreApplication::translate("crisis::ui::Labels", "Security deployment");
    case core::EventCategory::Violence:
        return QCoreApplication::translate("crisis::ui::Labels", "Violence");
    case core::EventCategory::Humanitarian:
        return QCoreApplication::translate("crisis::ui::Labels", "Humanitarian");
    case core::EventCategory::Political:
        return QCoreApplication::translate("crisis::ui::Labels", "Political");
    case core::EventCategory::Diplomatic:
        return QCoreApplication::translate("crisis::ui::Labels", "Diplomatic");
    case core::EventCategory::Funding:
        return QCoreApplication::translate("crisis::ui::Labels", "Funding");
    case core::EventCategory::Other:
        return QCoreApplication::translate("crisis::ui::Labels", "Other");
    }
    return {};
}

QString figureMetricLabel(const core::Workspace& workspace, qsizetype row)
{
    const core::FigureTable& figures = workspace.figures();
    const core::Metric* metric = workspace.metricOf(row);
    const QString label = metric ? core::metricLabel(*metric) : figures.metric(row);
    // A share reads as a share of what it breaks down.
    if (figures.metric(row) == u"share" && !figures.parentId(row).isEmpty()) {
        const qsizetype parent = figures.rowOfId(figures.parentId(row));
        if (parent >= 0) {
            const core::Metric* parentMetric = workspace.metricOf(parent);
            return QCoreApplication::translate("crisis::ui::Labels", "%1: %2 (share)")
                .arg(parentMetric ? core::metricLabel(*parentMetric) : figures.metric(parent), figures.subgroup(row));
        }
    }
    return figures.subgroup(row).isEmpty()
        ? label
        : QCoreApplication::translate("crisis::ui::Labels", "%1: %2").arg(label, figures.subgroup(row));
}

QString sourceToolTip(const core::Source& source)
{
    QString html = QStringLiteral("<b>%1</b>")
                       .arg(escapedForRichText(source.outlet.isEmpty()
                               ? QCoreApplication::translate("crisis::ui::Labels", "Outlet not stated")
                               : source.outlet));
    if (!source.title.isEmpty())
        html += QStringLiteral("<br>%1").arg(escapedForRichText(source.title));
    if (!source.author.isEmpty())
        html += QStringLiteral("<br>")
            + QCoreApplication::translate("crisis::ui::Labels", "by %1").arg(escapedForRichText(source.author));
    html += QStringLiteral("<br>") + escapedForRichText(core::formatDate(source.published));
    if (source.publishedInferred)
        html += QStringLiteral(" <i>(%1)</i>")
                    .arg(escapedForRichText(
                        QCoreApplication::translate("crisis::ui::Labels", "inferred: %1").arg(source.publishedNote)));
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
