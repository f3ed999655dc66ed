#pragma once

#include <crisis/core/analysis/recordquery.h>
#include <crisis/core/analysis/workspace.h>

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace crisis::ui {

/// A table of one kind of record of a workspace, kept as an index vector: the records the filter lets through,
/// in the order shown, and where each record stands. Sorting and filtering happen here on typed keys (a proxy's
/// QVariant comparisons take seconds at a million rows), and a sort keeps selections on their records.
/// Subclasses say how records are filtered and sorted and what a row shows.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    void setWorkspace(std::shared_ptr<const core::Workspace> workspace);
    const core::Workspace* workspace() const { return m_workspace.get(); }
    void setFilter(const core::RecordFilter& filter);
    const core::RecordFilter& filter() const { return m_filter; }

    /// The record shown at a model row (its index in the workspace), and back (-1 when filtered out).
    qsizetype recordAt(int modelRow) const { return m_rows[static_cast<size_t>(modelRow)]; }
    int modelRowOf(qsizetype record) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    /// Sorts by a column (-1: in the workspace's order).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    RecordTableModel(int columns, QObject* parent);

    /// How many records of this kind the workspace holds.
    virtual qsizetype recordCount(const core::Workspace& workspace) const = 0;
    /// The records the filter lets through, in the workspace's order.
    virtual std::vector<qint32> filtered(const core::Workspace& workspace, const core::RecordFilter& filter) const = 0;
    /// Sorts records by a column.
    virtual void sortRecords(
        const core::Workspace& workspace, std::vector<qint32>& records, int column, Qt::SortOrder order) const = 0;

    std::shared_ptr<const core::Workspace> m_workspace;

private:
    void refill();
    void applySort();
    void rebuildPositions();

    int m_columns;
    core::RecordFilter m_filter;
    std::vector<qint32> m_rows;
    std::vector<qint32> m_position;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace crisis::ui
