#include <crisis/core/displayformat.h>
#include <crisis/ui/figuretablemodel.h>

namespace crisis::ui {

using namespace crisis::core;

FigureTableModel::FigureTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void FigureTableModel::setDataset(const Dataset& dataset, const MetricRegistry& registry)
{
    beginResetModel();
    m_figures = dataset.figures;
    m_sources.clear();
    for (const Source& source : dataset.sources)
        m_sources.insert(source.id, source);
    m_registry = registry;
    for (const Metric& metric : dataset.metrics)
        m_registry.insert(metric);
    endResetModel();
}

int FigureTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_figures.size());
}

int FigureTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FigureTableModel::sourceLabel(const QString& sourceId) const
{
    const auto it = m_sources.constFind(sourceId);
    if (it == m_sources.cend())
        return sourceId;
    const QString outlet = it->outlet.isEmpty() ? tr("Outlet not stated") : it->outlet;
    const QString date = formatDate(it->published);
    return it->publishedInferred ? tr("%1, %2 (inferred)").arg(outlet, date) : tr("%1, %2").arg(outlet, date);
}

QVariant FigureTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Figure& figure = m_figures.at(index.row());
    const Metric* metric = m_registry.find(figure.metric);
    if (role == FigureIdRole)
        return figure.id;
    if (role == Qt::ToolTipRole) {
        if (index.column() == PeriodColumn && figure.periodInferred)
            return tr("Inferred: %1").arg(figure.periodNote);
        return figure.citation.quote;
    }
    if (role == Qt::TextAlignmentRole && index.column() == ValueColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (static_cast<Column>(index.column())) {
    case PeriodColumn:
        if (sort)
            return figure.period.earliest();
        return figure.periodInferred ? tr("%1 (inferred)").arg(formatPeriod(figure.period))
                                     : formatPeriod(figure.period);
    case MetricColumn: {
        const QString label = metric ? metric->label : figure.metric;
        return figure.subgroup.isEmpty() ? label : tr("%1: %2").arg(label, figure.subgroup);
    }
    case ValueColumn:
        if (sort)
            return figure.value;
        return formatFigureValue(figure, metric);
    case SubjectColumn:
        return figure.subject;
    case StatusColumn:
        return statusKey(figure.status).replace(u'_', u' ');
    case SourceColumn:
        return sourceLabel(figure.citation.sourceId);
    case QuoteColumn:
        return figure.citation.quote;
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
