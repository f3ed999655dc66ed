#include <crisis/core/analysis/sourcetextcache.h>
#include <crisis/core/storage/storesession.h>
#include <crisis/core/support/files.h>
#include <crisis/ui/dialogs/eventdialog.h>
#include <crisis/ui/dialogs/figuredialog.h>
#include <crisis/ui/dialogs/importdialog.h>
#include <crisis/ui/dialogs/plainmessage.h>
#include <crisis/ui/dialogs/sourcedialog.h>
#include <crisis/ui/window/changecommand.h>
#include <crisis/ui/window/recordeditor.h>
#include <crisis/ui/window/settings.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QUndoStack>

namespace crisis::ui {

using namespace crisis::core;

RecordEditor::RecordEditor(StoreSession* session, QUndoStack* undoStack, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_undoStack(undoStack)
    , m_window(window)
{ }

void RecordEditor::setWorkspace(std::shared_ptr<const Workspace> workspace)
{
    m_workspace = std::move(workspace);
}

void RecordEditor::commit(const QString& text, const ChangeSet& change)
{
    m_session->apply(change, [this, text](const Result<ChangeSet>& undo) {
        if (!undo) {
            changeFailed(text, undo.error());
            return;
        }
        m_undoStack->push(newChangeCommand(text, undo.value()));
    });
}

ChangeCommand* RecordEditor::newChangeCommand(const QString& text, const ChangeSet& undo)
{
    return new ChangeCommand(
        text, undo,
        [this](std::shared_ptr<ChangeSet> next, std::function<void(const Result<void>&)> done) {
            m_session->applyInTurn(std::move(next), std::move(done));
        },
        [this](const QString& action, const Error& error) { changeFailed(action, error); });
}

void RecordEditor::changeFailed(const QString& action, const Error& error)
{
    Q_EMIT changeNotApplied(action, error);
    QStringList details;
    for (const Problem& problem : error.problems)
        details.append(problem.detail);
    // Not modal to the app: the window goes on (the answer arrived in the background).
    auto* box = new QMessageBox(
        QMessageBox::Warning, action, tr("%1 failed: %2").arg(action, error.message), QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("changeFailed"));
    box->setTextFormat(Qt::PlainText);
    if (!details.isEmpty())
        box->setDetailedText(details.join(u'\n'));
    box->open();
}

std::function<std::optional<QString>(const Source&)> RecordEditor::sourceTexts() const
{
    // Read afresh for each dialog (the files may have changed), each document once while it is open.
    auto cache = std::make_shared<SourceTextCache>(QStringList {
        Settings().sourceTextsFolder(), m_workspace ? m_workspace->location().sourceTextsFolder() : QString() });
    return [cache](const Source& source) { return cache->text(source); };
}

template<typename Dialog> QDialog* RecordEditor::openEditor(Dialog* dialog, const QString& action)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, action] {
        ChangeSet change;
        if constexpr (std::is_same_v<Dialog, FigureDialog>)
            change.putFigures.append(dialog->figure());
        else if constexpr (std::is_same_v<Dialog, EventDialog>)
            change.putEvents.append(dialog->event());
        else
            change.putSources.append(dialog->source());
        // A new record must not replace one made since the dialog opened (the window shows the database as it was).
        change.addOnly = dialog->isNew();
        commit(action, change);
    });
    dialog->setModal(true);
    dialog->show();
    return dialog;
}

QDialog* RecordEditor::newFigure()
{
    if (!m_workspace)
        return nullptr;
    return openEditor(new FigureDialog(*m_workspace, nullptr, sourceTexts(), m_window), tr("New figure"));
}

QDialog* RecordEditor::newEvent()
{
    if (!m_workspace)
        return nullptr;
    return openEditor(new EventDialog(*m_workspace, nullptr, sourceTexts(), m_window), tr("New event"));
}

QDialog* RecordEditor::newSource()
{
    if (!m_workspace)
        return nullptr;
    return openEditor(new SourceDialog(*m_workspace, nullptr, m_window), tr("New source"));
}

QDialog* RecordEditor::editFigure(qsizetype row)
{
    if (!m_workspace || row < 0 || row >= m_workspace->figures().size())
        return nullptr;
    const Figure figure = m_workspace->figures().figure(row);
    return openEditor(
        new FigureDialog(*m_workspace, &figure, sourceTexts(), m_window), tr("Edit figure %1").arg(figure.id));
}

QDialog* RecordEditor::editEvent(qsizetype eventIndex)
{
    if (!m_workspace || eventIndex < 0 || eventIndex >= m_workspace->events().size())
        return nullptr;
    const Event& event = m_workspace->events().at(eventIndex);
    return openEditor(
        new EventDialog(*m_workspace, &event, sourceTexts(), m_window), tr("Edit event %1").arg(event.id));
}

QDialog* RecordEditor::editSource(const Source& source)
{
    if (!m_workspace)
        return nullptr;
    return openEditor(new SourceDialog(*m_workspace, &source, m_window), tr("Edit source %1").arg(source.id));
}

void RecordEditor::deleteFigure(qsizetype row)
{
    ChangeSet change;
    change.removeFigures.append(m_workspace->figures().id(row));
    commit(tr("Delete figure %1").arg(change.removeFigures.constFirst()), change);
}

void RecordEditor::deleteEvent(qsizetype eventIndex)
{
    ChangeSet change;
    change.removeEvents.append(m_workspace->events().at(eventIndex).id);
    commit(tr("Delete event %1").arg(change.removeEvents.constFirst()), change);
}

void RecordEditor::deleteSource(const Source& source)
{
    ChangeSet change;
    change.removeSources.append(source.id);
    commit(tr("Delete source %1").arg(source.id), change);
}

ImportDialog* RecordEditor::importFile(const QString& path)
{
    if (!m_workspace) {
        QMessageBox::information(m_window, tr("Import"), tr("Open a database first: imports go into it."));
        return nullptr;
    }
    // Refused before it is read: a folder, a device or a FIFO (which may never end), a file over the size limit.
    Result<QByteArray> read = readInputFile(path);
    if (!read) {
        warnPlainly(m_window, tr("Import"), read.error().message);
        return nullptr;
    }
    auto* dialog = new ImportDialog(path, std::move(read.value()), m_workspace, m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this, path](const ImportReport& report) {
        ChangeSet undo;
        undo.removeFigures = report.figureIds;
        undo.removeEvents = report.eventIds;
        undo.removeSources = report.sourceIds;
        m_undoStack->push(newChangeCommand(tr("Import %1").arg(QFileInfo(path).fileName()), undo));
        Q_EMIT message(tr("Imported %1 figures, %2 events and %3 new sources from %4")
                           .arg(QString::number(report.figures), QString::number(report.events),
                               QString::number(report.sources), QFileInfo(path).fileName()),
            10000);
    });
    dialog->setModal(true);
    dialog->show();
    return dialog;
}

} // namespace crisis::ui
