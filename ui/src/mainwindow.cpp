#include <crisis/core/metricregistry.h>
#include <crisis/ui/figuretablemodel.h>
#include <crisis/ui/mainwindow.h>

#include <QApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>

namespace crisis::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_figureModel(new FigureTableModel(this))
    , m_figureView(new QTableView(this))
{
    m_figureView->setModel(m_figureModel);
    m_figureView->setSortingEnabled(true);
    m_figureView->sortByColumn(FigureTableModel::PeriodColumn, Qt::AscendingOrder);
    m_figureView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_figureView->setAlternatingRowColors(true);
    m_figureView->setWordWrap(false);
    m_figureView->verticalHeader()->hide();
    m_figureView->horizontalHeader()->setStretchLastSection(true);
    setCentralWidget(m_figureView);
    createActions();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Crisis Timeline"), this, [this] {
        QMessageBox::about(this, tr("About Crisis Timeline"),
            tr("<b>Crisis Timeline %1</b><p>A crisis as a timeline of events and figures, each traced to the "
               "sentence of the source that states it.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::setWorkspace(std::shared_ptr<const core::Workspace> workspace)
{
    const core::Workspace& dataset = *workspace;
    const QString location = workspace->location();
    m_figureModel->setWorkspace(std::move(workspace));
    m_figureView->resizeColumnsToContents();
    m_figureView->setColumnWidth(
        FigureTableModel::SourceColumn, std::min(m_figureView->columnWidth(FigureTableModel::SourceColumn), 260));
    setWindowFilePath(location);
    setWindowTitle(tr("%1 \u2014 Crisis Timeline").arg(QFileInfo(location).fileName()));
    statusBar()->showMessage(tr("%n figure(s), ", nullptr, static_cast<int>(dataset.figures().size()))
        + tr("%n event(s), ", nullptr, static_cast<int>(dataset.events().size()))
        + tr("%n source(s)", nullptr, static_cast<int>(dataset.sources().size())));
}

} // namespace crisis::ui
