#pragma once

#include <crisis/core/analysis/workspace.h>
#include <crisis/core/storage/changeset.h>
#include <crisis/core/support/result.h>

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QDialog;
class QUndoStack;
class QWidget;

namespace crisis::core {
class StoreSession;
}

namespace crisis::ui {

class ChangeCommand;
class ImportDialog;

/// Writes the user's edits to the database a window shows: the edit dialogs, deletions and imports, each one
/// change applied through the window's store session (in the background) and one step on its undo stack. A
/// change the database refuses is said in a box that does not hold up the window, and by changeNotApplied().
class RecordEditor : public QObject
{
    Q_OBJECT

public:
    /// Dialogs and boxes open over `window`.
    RecordEditor(core::StoreSession* session, QUndoStack* undoStack, QWidget* window);

    /// The data the dialogs start from and check against.
    void setWorkspace(std::shared_ptr<const core::Workspace> workspace);

    /// Applies a change and, once the database has, puts it on the undo stack. A change refused because someone
    /// else changed one of its records since it was read (core::ChangeSet::basedOn) is resolved with the user. A
    /// change that fails otherwise (the server gone, a right missing) is said, and then `whenFailed` runs.
    void commit(const QString& text, const core::ChangeSet& change, const std::function<void()>& whenFailed = {});

    /// The edit dialogs (modal, shown, deleted on close): OK commits the record. Null without a workspace.
    QDialog* newFigure();
    QDialog* newEvent();
    QDialog* newSource();
    QDialog* editFigure(qsizetype row);
    QDialog* editEvent(qsizetype eventIndex);
    QDialog* editSource(const core::Source& source);
    /// Deletes a figure, an event or a source (refused by the database when something still needs it).
    void deleteFigure(qsizetype row);
    void deleteEvent(qsizetype eventIndex);
    void deleteSource(const core::Source& source);

    /// File → Import: reads a file and shows what importing it would do; the import is one step on the undo
    /// stack. Null when the file cannot be read (the user is told).
    ImportDialog* importFile(const QString& path);

    /// The texts of sources as the dialogs read them: from the folder the user named, then beside the database.
    std::function<std::optional<QString>(const core::Source&)> sourceTexts() const;

Q_SIGNALS:
    /// The database refused a change, an undo or a redo: nothing was written.
    void changeNotApplied(const QString& action, const core::Error& error);
    /// A line for the status bar.
    void message(const QString& text, int timeout);

private:
    /// Shows an edit dialog whose OK commits its record; `retried` is the change of an earlier editor of that record
    /// whose save failed (its record, as based on the revision that editor read, new or not as it was).
    template<typename Dialog>
    QDialog* openEditor(Dialog* dialog, const QString& action, const core::ChangeSet* retried = nullptr);
    /// The editor again, with the user's version of the record of `change`, whose save failed: nothing typed is lost.
    void reopenEditor(const QString& action, const core::ChangeSet& change);
    ChangeCommand* newChangeCommand(const QString& text, const core::ChangeSet& undo);
    /// Says that a change failed; `then` runs once the user has read it.
    void changeFailed(const QString& action, const core::Error& error, const std::function<void()>& then = {});
    /// Someone else saved a change to a record of `change` since it was read: shows theirs beside the user's
    /// (ConflictDialog) and does what the user chooses: keep theirs, save the user's over it, or merge in the editor.
    void resolveConflict(const QString& action, const core::ChangeSet& change, const core::Error& error);

    core::StoreSession* m_session;
    QUndoStack* m_undoStack;
    QWidget* m_window;
    std::shared_ptr<const core::Workspace> m_workspace;
};

} // namespace crisis::ui
