#pragma once

#include <crisis/core/model/figure.h>
#include <crisis/core/model/source.h>
#include <crisis/ui/dialogs/recorddialog.h>

#include <QHash>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace crisis::core {
class Workspace;
}

namespace crisis::ui {

/// Add Figure / Edit Figure: every field of one figure, checked before the dialog accepts — the value is a
/// number, the dates are EDTF, the parent exists, and the quote stands in the source's text (when the text
/// can be read) and writes the value.
class FigureDialog : public RecordDialog
{
    Q_OBJECT

public:
    /// A dialog for a new figure when existing is null, or when it is a draft (`origin`). The dialog keeps the
    /// workspace it was opened on: the window may move on to a newer one (a change someone else saved) while it is
    /// open.
    FigureDialog(std::shared_ptr<const core::Workspace> workspace, const core::Figure* existing, SourceTexts texts,
        QWidget* parent = nullptr, RecordOrigin origin = RecordOrigin::Stored);

    /// The figure as the fields give it; meaningful once validate() returns nothing.
    core::Figure figure() const;
    /// A record not stored yet: made in this dialog, or a draft of one (RecordOrigin::NewDraft).
    bool isNew() const { return !m_existing.has_value() || m_origin == RecordOrigin::NewDraft; }

private:
    /// The first problem of the fields. When the quote
    /// stands elsewhere in the source's text than at the offset given, moves the offset there and says so
    /// under the quote; when the quote does not write the value, asks for "Keep anyway".
    Problem check() override;
    void updateQuoteStatus();
    void updatePeriodHint();
    void updateParentHint();
    QString suggestedId() const;

    std::shared_ptr<const core::Workspace> m_workspace;
    // The record stored, or the draft of a new one (m_origin); none for a new figure made here.
    std::optional<core::Figure> m_existing;
    RecordOrigin m_origin = RecordOrigin::Stored;

    QLineEdit* m_id = nullptr;
    QComboBox* m_metric = nullptr;
    QComboBox* m_qualifier = nullptr;
    QLineEdit* m_value = nullptr;
    QComboBox* m_subject = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_period = nullptr;
    QLabel* m_periodHint = nullptr;
    QCheckBox* m_periodInferred = nullptr;
    QLineEdit* m_periodNote = nullptr;
    QLineEdit* m_reported = nullptr;
    QCheckBox* m_reportedInferred = nullptr;
    QLineEdit* m_parentId = nullptr;
    QLabel* m_parentHint = nullptr;
    QLineEdit* m_subgroup = nullptr;
    QComboBox* m_source = nullptr;
    QPlainTextEdit* m_quote = nullptr;
    QSpinBox* m_offset = nullptr;
    QLabel* m_quoteStatus = nullptr;
    QCheckBox* m_keepValue = nullptr;
    QLineEdit* m_note = nullptr;
};

} // namespace crisis::ui
