#pragma once

#include <crisis/core/workspace.h>

#include <QMainWindow>

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

    /// Shows a loaded database.
    void setWorkspace(std::shared_ptr<const core::Workspace> workspace);

    QTableView* figureView() const { return m_figureView; }

private:
    void createActions();

    FigureTableModel* m_figureModel = nullptr;
    QTableView* m_figureView = nullptr;
};

} // namespace crisis::ui
