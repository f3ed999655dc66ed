#pragma once

#include <crisis/core/model/source.h>
#include <crisis/ui/dialogs/recorddialog.h>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace crisis::core {
class Workspace;
}

namespace crisis::ui {

/// Add Source / Edit Source: the document a source's quotes are located in, who published it and when,
/// checked before the dialog accepts.
class SourceDialog : public RecordDialog
{
    Q_OBJECT

public:
    /// A dialog for a new source when existing is null, or when it is a draft (`origin`). The dialog keeps the
    /// workspace it was opened on: the window may move on to a newer one (a change someone else saved) while it is
    /// open.
    SourceDialog(std::shared_ptr<const core::Workspace> workspace, const core::Source* existing,
        QWidget* parent = nullptr, RecordOrigin origin = RecordOrigin::Stored);

    /// The source as the fields give it; meaningful once validate() returns nothing. Keeps the text's
    /// recorded SHA-256 unless the document was changed.
    core::Source source() const;
    /// A record not stored yet: made in this dialog, or a draft of one (RecordOrigin::NewDraft).
    bool isNew() const { return !m_existing.has_value() || m_origin == RecordOrigin::NewDraft; }

private:
    Problem check() override;

    std::shared_ptr<const core::Workspace> m_workspace;
    // The record stored, or the draft of a new one (m_origin); none for a new source made here.
    std::optional<core::Source> m_existing;
    RecordOrigin m_origin = RecordOrigin::Stored;

    QLineEdit* m_id = nullptr;
    QLineEdit* m_document = nullptr;
    QLineEdit* m_outlet = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_description = nullptr;
    QLineEdit* m_author = nullptr;
    QLineEdit* m_published = nullptr;
    QLabel* m_publishedHint = nullptr;
    QCheckBox* m_publishedInferred = nullptr;
    QPlainTextEdit* m_publishedNote = nullptr;
    QLineEdit* m_url = nullptr;
};

} // namespace crisis::ui
