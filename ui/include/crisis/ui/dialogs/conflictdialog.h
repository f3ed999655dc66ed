#pragma once

#include <crisis/core/model/event.h>
#include <crisis/core/model/figure.h>
#include <crisis/core/model/source.h>

#include <QDialog>

#include <optional>

class QTableWidget;

namespace crisis::ui {

/// Shown when a save is refused because someone else saved a change to the record since it was opened: the record
/// as they saved it and as the user made it, field by field, the fields that differ marked, to keep one of the two
/// or merge them in the editor.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice : quint8 {
        KeepTheirs, ///< drop the user's change; the window shows theirs
        KeepMine, ///< save the user's version over theirs, knowingly
        Merge, ///< edit the user's version again, with theirs on screen, and save that
    };
    /// A record's fields as the dialog lists them: label and value.
    using Fields = QList<std::pair<QString, QString>>;

    /// `message` says who changed what and when; `theirs` is the record as stored now (none when they removed it),
    /// `mine` as the user saved it (none when the user removed it).
    ConflictDialog(const QString& message, const std::optional<Fields>& theirs, const std::optional<Fields>& mine,
        QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    /// The table of fields (Field, Theirs, Yours), for tests.
    QTableWidget* table() const { return m_table; }

    static Fields fieldsOf(const core::Figure& figure);
    static Fields fieldsOf(const core::Event& event);
    static Fields fieldsOf(const core::Source& source);

private:
    QTableWidget* m_table = nullptr;
    Choice m_choice = Choice::KeepTheirs;
};

} // namespace crisis::ui
