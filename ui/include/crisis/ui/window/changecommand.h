#pragma once

#include <crisis/core/storage/changeset.h>
#include <crisis/core/support/result.h>

#include <QUndoCommand>

#include <functional>
#include <memory>

namespace crisis::ui {

/// One change to the database on the undo stack: an edit, a delete or a whole import. Undoing applies the
/// change the database returned as its inverse; redoing applies the inverse of that, so records come back with
/// their ids and in their places. The database applies them in the background, in the order asked.
class ChangeCommand : public QUndoCommand
{
public:
    /// Applies the change `next` holds when its turn comes, puts the change that undoes it there, and tells
    /// `done` how it went.
    using Apply = std::function<void(
        std::shared_ptr<core::ChangeSet> next, std::function<void(const core::Result<void>& result)> done)>;
    /// Reports a change that could not be applied (the database is left as it was).
    using Failed = std::function<void(const QString& action, const core::Error& error)>;

    /// A change already applied, with the change that undoes it.
    ChangeCommand(const QString& text, core::ChangeSet undo, Apply apply, Failed failed);

    void undo() override;
    void redo() override;

private:
    void flip(const QString& action);

    std::shared_ptr<core::ChangeSet> m_next; // what undo() or redo() applies next
    /// Set when the database refused a step: the stack cannot go on from there, and the command is dropped the
    /// next time it is asked to run.
    std::shared_ptr<bool> m_broken;
    Apply m_apply;
    Failed m_failed;
    bool m_done = true;
};

} // namespace crisis::ui
