#include <crisis/ui/window/changecommand.h>

#include <QCoreApplication>

namespace crisis::ui {

ChangeCommand::ChangeCommand(const QString& text, core::ChangeSet undo, Apply apply, Failed failed)
    : m_next(std::make_shared<core::ChangeSet>(std::move(undo)))
    , m_broken(std::make_shared<bool>(false))
    , m_apply(std::move(apply))
    , m_failed(std::move(failed))
{
    setText(text);
}

void ChangeCommand::undo()
{
    flip(QCoreApplication::translate("ChangeCommand", "Undo %1").arg(text()));
}

void ChangeCommand::redo()
{
    if (m_done)
        return; // pushed after it was applied: nothing to do the first time
    flip(QCoreApplication::translate("ChangeCommand", "Redo %1").arg(text()));
}

void ChangeCommand::flip(const QString& action)
{
    if (*m_broken) {
        // The database refused this command before (it changed behind our back, or a file error): it is as it
        // was, and the stack drops the command rather than run it again.
        setObsolete(true);
        return;
    }
    m_done = !m_done;
    m_apply(m_next, [broken = m_broken, failed = m_failed, action](const core::Result<void>& result) {
        if (result)
            return;
        *broken = true;
        failed(action, result.error());
    });
}

} // namespace crisis::ui
