#include <crisis/core/analysis/displayformat.h>
#include <crisis/ui/models/eventtablemodel.h>
#include <crisis/ui/models/labels.h>

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
    : RecordTableModel(ColumnCount, parent)
{ }

qsizetype EventTableModel::recordCount(const Workspace& workspace) const
{
    return workspace.events().size();
}

std::vector<qint32> EventTableModel::filtered(const Workspace& workspace, const RecordFilter& filter) const
{
    return filterEvents(workspace, filter);
}

void EventTableModel::sortRecords(
    const Workspace& workspace, std::vector<qint32>& records, int column, Qt::SortOrder order) const
{
    sortEvents(workspace, records, sortKeyOf(column), order);
}

QVariant EventTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qsizetype eventIndex = recordAt(index.row());
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
        if (index.column() == TitleColumn && event.status != EventStatus::Occurred)
            return plainToolTip(eventStatusNote(event.status));
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
        if (sort || event.status == EventStatus::Occurred)
            return event.title;
        return tr("%1 (%2)").arg(event.title, eventStatusLabel(event.status));
    case LocationColumn:
        return event.location;
    case SourceColumn: {
        const QString first = firstSource ? m_workspace->sourceLabel(*firstSource) : QString();
        // Sources, not quotes: two quotes from one article are one source.
        QStringList sourceIds;
        for (const Citation& citation : event.citations) {
            if (!sourceIds.contains(citation.sourceId))
                sourceIds.append(citation.sourceId);
        }
        return sourceIds.size() > 1 ? tr("%1 and %n more", nullptr, static_cast<int>(sourceIds.size() - 1)).arg(first)
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
