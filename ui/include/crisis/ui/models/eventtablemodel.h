#pragma once

#include <crisis/ui/models/recordtablemodel.h>

namespace crisis::ui {

/// The events of a workspace as table rows, filtered and sorted on typed keys like FigureTableModel.
class EventTableModel : public RecordTableModel
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

    /// The event shown at a model row (its index in the workspace's events).
    qsizetype eventIndexAt(int modelRow) const { return recordAt(modelRow); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    qsizetype recordCount(const core::Workspace& workspace) const override;
    std::vector<qint32> filtered(const core::Workspace& workspace, const core::RecordFilter& filter) const override;
    void sortRecords(
        const core::Workspace& workspace, std::vector<qint32>& records, int column, Qt::SortOrder order) const override;
};

} // namespace crisis::ui
