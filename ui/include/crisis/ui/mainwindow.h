#pragma once

#include <crisis/core/dataset.h>

#include <QMainWindow>

class QSortFilterProxyModel;
class QTableView;

namespace crisis::ui {

class FigureTableModel;

/// The application window.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Shows a dataset loaded from the database at `location`.
    void setDataset(const core::Dataset& dataset, const QString& location);

    QTableView* figureView() const { return m_figureView; }

private:
    void createActions();

    FigureTableModel* m_figureModel = nullptr;
    QSortFilterProxyModel* m_figureProxy = nullptr;
    QTableView* m_figureView = nullptr;
};

} // namespace crisis::ui
