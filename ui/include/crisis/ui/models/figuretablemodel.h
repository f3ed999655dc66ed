#pragma once

#include <crisis/core/analysis/recordquery.h>
#include <crisis/core/analysis/workspace.h>

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace crisis::ui {

/// The figures of a workspace as table rows: formatted text for display, typed keys for sorting. Sorting and
/// filtering happen here, on an index vector over the columnar figures (a proxy's QVariant comparisons take
/// seconds at a million rows).
class FigureTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PeriodColumn,
        MetricColumn,
        ValueColumn,
        SubjectColumn,
        StatusColumn,
        SourceColumn,
        QuoteColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< QDate for dates, double for values, text otherwise
        FigureIdRole,
        FigureRowRole, ///< the row in the workspace's FigureTable
        ConflictRole, ///< true when another report disagrees
    };

    explicit FigureTableModel(QObject* parent = nullptr);

    void setWorkspace(std::shared_ptr<const core::Workspace> workspace);
    const core::Workspace* workspace() const { return m_workspace.get(); }
    void setFilter(const core::RecordFilter& filter);
    const core::RecordFilter& filter() const { return m_filter; }

    /// The FigureTable row shown at a model row, and back (-1 when filtered out).
    qsizetype figureRowAt(int modelRow) const { return m_rows[static_cast<size_t>(modelRow)]; }
    int modelRowOf(qsizetype figureRow) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static core::FigureSortKey sortKeyOf(int column);

private:
    void applySort();
    void rebuildPositions();
    QString conflictText(qsizetype row) const;

    std::shared_ptr<const core::Workspace> m_workspace;
    core::RecordFilter m_filter;
    std::vector<qint32> m_rows;
    std::vector<qint32> m_position;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace crisis::ui
