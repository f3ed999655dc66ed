#include <crisis/core/analysis/displayformat.h>
#include <crisis/ui/models/eventtablemodel.h>
#include <crisis/ui/models/labels.h>

#include <algorithm>

namespace crisis::ui {

using namespace crisis::core;

namespace {

EventSortKey sortKeyOf(int column)
{
    switch (column) {
    case EventTableModel::CategoryColumn:
        return EventSortKey::Category;
    case EventTableModel::TitleColumn:
        return EventSortKey::Title;
    case EventTableModel::LocationColumn:
        return EventSortKey::Location;
    case EventTableModel::SourceColumn:
        return EventSortKey::Source;
    default:
        return EventSortKey::Period;
    }
}

} // namespace

EventTableModel::EventTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void EventTableModel::setWorkspace(std::shared_ptr<const Workspace> workspace)
{
    beginResetModel();
    m_workspace = std::move(workspace);
    refill();
    endResetModel();
}

void EventTableModel::setFilter(const RecordFilter& filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    refill();
    endResetModel();
}

void EventTableModel::refill()
{
    m_rows = m_workspace ? filterEvents(*m_workspace, m_filter) : std::vector<qint32>();
    applySort();
}

void EventTableModel::applySort()
{
    if (m_sortColumn >= 0 && m_workspace)
        sortEvents(*m_workspace, m_rows, sortKeyOf(m_sortColumn), m_sortOrder);
    else
        std::sort(m_rows.begin(), m_rows.end());
}

int EventTableModel::modelRowOf(qsizetype eventIndex) const
{
    const auto it = std::find(m_rows.cbegin(), m_rows.cend(), static_cast<qint32>(eventIndex));
    return it == m_rows.cend() ? -1 : static_cast<int>(it - m_rows.cbegin());
}

void EventTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<qint32> eventsBefore;
    for (const QModelIndex& index : before)
        eventsBefore.push_back(m_rows[static_cast<size_t>(index.row())]);
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(modelRowOf(eventsBefore[static_cast<size_t>(i)]), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int EventTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EventTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qsizetype eventIndex = m_rows[static_cast<size_t>(index.row())];
    const Event& event = m_workspace->events().at(eventIndex);
    const Source* firstSource
        = event.citations.isEmpty() ? nullptr : m_workspace->source(event.citations.first().sourceId);
    switch (role) {
    case EventIdRole:
        return event.id;
    case EventIndexRole:
        return static_cast<qlonglong>(eventIndex);
    case Qt::ToolTipRole:
        if (index.column() == PeriodColumn && event.periodInferred)
            return plainToolTip(tr("Inferred: %1").arg(event.periodNote));
        if (index.column() == SourceColumn && firstSource)
            return sourceToolTip(*firstSource);
        return plainToolTip(event.citations.isEmpty() ? event.summary : event.citations.first().quote);
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    switch (static_cast<Column>(index.column())) {
    case PeriodColumn:
        if (sort)
            return event.period.earliest();
        return event.periodInferred ? tr("%1 (inferred)").arg(formatPeriod(event.period)) : formatPeriod(event.period);
    case CategoryColumn:
        return categoryLabel(event.category);
    case TitleColumn:
        return event.title;
    case LocationColumn:
        return event.location;
    case SourceColumn: {
        const QString first = firstSource ? m_workspace->sourceLabel(*firstSource) : QString();
        return event.citations.size() > 1
            ? tr("%1 and %n more", nullptr, static_cast<int>(event.citations.size() - 1)).arg(first)
            : first;
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case PeriodColumn:
        return tr("Date");
    case CategoryColumn:
        return tr("Category");
    case TitleColumn:
        return tr("Event");
    case LocationColumn:
        return tr("Location");
    case SourceColumn:
        return tr("Sources");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace crisis::ui
