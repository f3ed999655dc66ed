#include <crisis/ui/models/recordtablemodel.h>

#include <algorithm>

namespace crisis::ui {

using namespace crisis::core;

RecordTableModel::RecordTableModel(int columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_columns(columns)
{ }

void RecordTableModel::setWorkspace(std::shared_ptr<const Workspace> workspace)
{
    beginResetModel();
    m_workspace = std::move(workspace);
    refill();
    endResetModel();
}

void RecordTableModel::setFilter(const RecordFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    if (!m_workspace)
        return;
    beginResetModel();
    refill();
    endResetModel();
}

void RecordTableModel::refill()
{
    m_rows = m_workspace ? filtered(*m_workspace, m_filter) : std::vector<qint32>();
    applySort();
    rebuildPositions();
}

void RecordTableModel::applySort()
{
    // Unsorted means the workspace's order, which is the order filtered() gives records in.
    if (m_sortColumn >= 0 && m_workspace)
        sortRecords(*m_workspace, m_rows, m_sortColumn, m_sortOrder);
    else
        std::sort(m_rows.begin(), m_rows.end());
}

void RecordTableModel::rebuildPositions()
{
    m_position.assign(m_workspace ? static_cast<size_t>(recordCount(*m_workspace)) : 0, -1);
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_position[static_cast<size_t>(m_rows[i])] = static_cast<qint32>(i);
}

int RecordTableModel::modelRowOf(qsizetype record) const
{
    if (record < 0 || static_cast<size_t>(record) >= m_position.size())
        return -1;
    return m_position[static_cast<size_t>(record)];
}

int RecordTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= m_columns)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // The rows selected (persistent indexes) stay on their records.
    const QModelIndexList before = persistentIndexList();
    std::vector<qint32> recordsBefore;
    recordsBefore.reserve(static_cast<size_t>(before.size()));
    for (const QModelIndex& index : before)
        recordsBefore.push_back(m_rows[static_cast<size_t>(index.row())]);
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    rebuildPositions();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(modelRowOf(recordsBefore[static_cast<size_t>(i)]), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace crisis::ui
