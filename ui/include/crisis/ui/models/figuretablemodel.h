#pragma once

#include <crisis/ui/models/recordtablemodel.h>

namespace crisis::ui {

/// The figures of a workspace as table rows: formatted text for display, typed keys for sorting.
class FigureTableModel : public RecordTableModel
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

    /// The FigureTable row shown at a model row.
    qsizetype figureRowAt(int modelRow) const { return recordAt(modelRow); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static core::FigureSortKey sortKeyOf(int column);

protected:
    qsizetype recordCount(const core::Workspace& workspace) const override;
    std::vector<qint32> filtered(const core::Workspace& workspace, const core::RecordFilter& filter) const override;
    void sortRecords(
        const core::Workspace& workspace, std::vector<qint32>& records, int column, Qt::SortOrder order) const override;

private:
    QString conflictText(qsizetype row) const;
};

} // namespace crisis::ui
