#include <crisis/ui/window/changecommand.h>

#include <QCoreApplication>

namespace crisis::ui {

ChangeCommand::ChangeCommand(const QString& text, core::ChangeSet undo, Apply apply, Failed failed)
    : m_next(std::move(undo))
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
    auto inverse = m_apply(m_next);
    if (!inverse) {
        // The database refused (it changed behind our back, or a file error): it is as it was, and the stack
        // cannot go on from here.
        m_failed(action, inverse.error());
        setObsolete(true);
        return;
    }
    m_next = std::move(inverse.value());
    m_done = !m_done;
}

} // namespace crisis::ui
