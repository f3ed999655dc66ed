#include <crisis/core/analysis/displayformat.h>
#include <crisis/ui/models/figuretablemodel.h>
#include <crisis/ui/models/labels.h>

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace crisis::ui {

using namespace crisis::core;

FigureTableModel::FigureTableModel(QObject* parent)
    : RecordTableModel(ColumnCount, parent)
{ }

qsizetype FigureTableModel::recordCount(const Workspace& workspace) const
{
    return workspace.figures().size();
}

std::vector<qint32> FigureTableModel::filtered(const Workspace& workspace, const RecordFilter& filter) const
{
    return filterFigures(workspace, filter);
}

void FigureTableModel::sortRecords(
    const Workspace& workspace, std::vector<qint32>& records, int column, Qt::SortOrder order) const
{
    sortFigures(workspace, records, sortKeyOf(column), order);
}

FigureSortKey FigureTableModel::sortKeyOf(int column)
{
    switch (static_cast<Column>(column)) {
    case PeriodColumn:
        return FigureSortKey::Period;
    case MetricColumn:
        return FigureSortKey::Metric;
    case ValueColumn:
        return FigureSortKey::Value;
    case SubjectColumn:
        return FigureSortKey::Subject;
    case StatusColumn:
        return FigureSortKey::Status;
    case SourceColumn:
        return FigureSortKey::Source;
    case QuoteColumn:
    case ColumnCount:
        break;
    }
    return FigureSortKey::Quote;
}

QString FigureTableModel::conflictText(qsizetype row) const
{
    const qsizetype group = m_workspace->conflictGroupOf(row);
    if (group < 0)
        return {};
    const FigureTable& figures = m_workspace->figures();
    QStringList others;
    for (const qsizetype other : m_workspace->conflictGroups().at(group).rows) {
        if (other == row)
            continue;
        const Source* source = m_workspace->sourceOf(other);
        others.append(tr("%1 (%2, %3)")
                          .arg(formatFigureValue(figures.figure(other), m_workspace->metricOf(other)),
                              source ? m_workspace->sourceLabel(*source) : figures.sourceId(other), figures.id(other)));
    }
    return tr("Conflicting reports: another report gives %1.").arg(others.join(tr("; ")));
}

QVariant FigureTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FigureTable& figures = m_workspace->figures();
    const qsizetype row = recordAt(index.row());
    const int column = index.column();
    switch (role) {
    case FigureIdRole:
        return figures.id(row);
    case FigureRowRole:
        return static_cast<qlonglong>(row);
    case ConflictRole:
        return m_workspace->conflictGroupOf(row) >= 0;
    case Qt::TextAlignmentRole:
        return column == ValueColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DecorationRole:
        if (column == ValueColumn && m_workspace->conflictGroupOf(row) >= 0)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        if (column == ValueColumn && m_workspace->conflictGroupOf(row) >= 0)
            return plainToolTip(conflictText(row));
        if (column == PeriodColumn && figures.periodInferred(row))
            return plainToolTip(tr("Inferred: %1").arg(figures.periodNote(row)));
        if (column == SourceColumn) {
            if (const Source* source = m_workspace->sourceOf(row))
                return sourceToolTip(*source);
        }
        return plainToolTip(figures.quote(row));
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    switch (static_cast<Column>(column)) {
    case PeriodColumn:
        if (sort)
            return QDate::fromJulianDay(figures.earliestDay(row));
        return figures.periodInferred(row) ? tr("%1 (inferred)").arg(formatPeriod(figures.period(row)))
                                           : formatPeriod(figures.period(row));
    case MetricColumn:
        return figureMetricLabel(*m_workspace, row);
    case ValueColumn:
        if (sort)
            return figures.value(row);
        return formatFigureValue(figures.figure(row), m_workspace->metricOf(row));
    case SubjectColumn:
        return figures.subject(row);
    case StatusColumn:
        return statusLabel(figures.status(row));
    case SourceColumn: {
        const Source* source = m_workspace->sourceOf(row);
        if (!source)
            return figures.sourceId(row);
        return source->publishedInferred ? tr("%1 (inferred)").arg(m_workspace->sourceLabel(*source))
                                         : m_workspace->sourceLabel(*source);
    }
    case QuoteColumn:
        return figures.quote(row);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FigureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case PeriodColumn:
        return tr("Date or period");
    case MetricColumn:
        return tr("Metric");
    case ValueColumn:
        return tr("Value");
    case SubjectColumn:
        return tr("Subject");
    case StatusColumn:
        return tr("Status");
    case SourceColumn:
        return tr("Source");
    case QuoteColumn:
        return tr("Quote");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace crisis::ui
