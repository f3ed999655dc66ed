#pragma once

#include <crisis/core/dataset.h>
#include <crisis/core/metricregistry.h>

#include <QAbstractTableModel>
#include <QHash>

namespace crisis::ui {

/// The figures of a dataset as table rows: formatted text for display, typed keys for sorting.
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
    };

    explicit FigureTableModel(QObject* parent = nullptr);

    /// Replaces the rows.
    void setDataset(const core::Dataset& dataset, const core::MetricRegistry& registry);
    const core::Figure& figureAt(int row) const { return m_figures.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString sourceLabel(const QString& sourceId) const;

    QList<core::Figure> m_figures;
    QHash<QString, core::Source> m_sources;
    core::MetricRegistry m_registry;
};

} // namespace crisis::ui
