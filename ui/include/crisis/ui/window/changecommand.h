#pragma once

#include <crisis/core/storage/changeset.h>
#include <crisis/core/support/result.h>

#include <QUndoCommand>

#include <functional>

namespace crisis::ui {

/// One change to the database on the undo stack: an edit, a delete or a whole import. Undoing applies the
/// change the database returned as its inverse; redoing applies the inverse of that, so records come back with
/// their ids and in their places.
class ChangeCommand : public QUndoCommand
{
public:
    /// Applies a change to the database in one transaction and returns the change that undoes it.
    using Apply = std::function<core::Result<core::ChangeSet>(const core::ChangeSet& change)>;
    /// Reports a change that could not be applied (the database is left as it was).
    using Failed = std::function<void(const QString& action, const core::Error& error)>;

    /// A change already applied, with the change that undoes it.
    ChangeCommand(const QString& text, core::ChangeSet undo, Apply apply, Failed failed);

    void undo() override;
    void redo() override;

private:
    void flip(const QString& action);

    core::ChangeSet m_next; // what undo() or redo() applies next
    Apply m_apply;
    Failed m_failed;
    bool m_done = true;
};

} // namespace crisis::ui
