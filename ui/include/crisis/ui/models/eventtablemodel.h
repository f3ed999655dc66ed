#pragma once

#include <crisis/core/analysis/recordquery.h>
#include <crisis/core/analysis/workspace.h>

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace crisis::ui {

/// The events of a workspace as table rows, filtered and sorted on typed keys like FigureTableModel.
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PeriodColumn, CategoryColumn, TitleColumn, LocationColumn, SourceColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        EventIdRole,
        EventIndexRole, ///< the index in the workspace's events
    };

    explicit EventTableModel(QObject* parent = nullptr);

    void setWorkspace(std::shared_ptr<const core::Workspace> workspace);
    void setFilter(const core::RecordFilter& filter);
    qsizetype eventIndexAt(int modelRow) const { return m_rows[static_cast<size_t>(modelRow)]; }
    int modelRowOf(qsizetype eventIndex) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void refill();
    void applySort();

    std::shared_ptr<const core::Workspace> m_workspace;
    core::RecordFilter m_filter;
    std::vector<qint32> m_rows;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace crisis::ui
