#pragma once

#include <crisis/core/model/event.h>
#include <crisis/ui/dialogs/figuredialog.h>
#include <crisis/ui/dialogs/recorddialog.h>

#include <QHash>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace crisis::ui {

/// Add Event / Edit Event: title, date, category, actors, the charts that mark it, and its citations (a table,
/// with the selected citation's source, quote and offset below it), checked before the dialog accepts.
class EventDialog : public RecordDialog
{
    Q_OBJECT

public:
    /// Columns of the citations table (objectName "citations").
    enum Column { SourceColumn, QuoteColumn, OffsetColumn, ColumnCount };
    /// The citation's raw values, beside the formatted DisplayRole.
    enum Role { SourceIdRole = Qt::UserRole + 1, QuoteRole, OffsetRole };

    /// A dialog for a new event when existing is null, or when it is a draft (`origin`). The dialog keeps the workspace
    /// it was opened on: the window may move on to a newer one (a change someone else saved) while it is open.
    EventDialog(std::shared_ptr<const core::Workspace> workspace, const core::Event* existing, SourceTexts texts,
        QWidget* parent = nullptr, RecordOrigin origin = RecordOrigin::Stored);

    /// The event as the fields give it; meaningful once validate() returns nothing.
    core::Event event() const;
    /// A record not stored yet: made in this dialog, or a draft of one (RecordOrigin::NewDraft).
    bool isNew() const { return !m_existing.has_value() || m_origin == RecordOrigin::NewDraft; }

    /// Adds a citation row (of the selected citation's source, else the first) and selects it.
    void addCitation(const core::Citation& citation = {});

protected:
    using QDialog::event; // event() above returns the record; this is QObject's event(QEvent*).

private:
    /// The first problem of the fields. A quote that stands
    /// elsewhere in its source's text than at its offset gets its offset moved there, said under the quote.
    Problem check() override;
    core::Citation citationAt(int row) const;
    void setCitationAt(int row, const core::Citation& citation);
    int currentCitation() const;
    void showCitation(int row);
    void storeCitation();
    void updateQuoteStatus();
    void updatePeriodHint();

    std::shared_ptr<const core::Workspace> m_workspace;
    // The record stored, or the draft of a new one (m_origin); none for a new event made here.
    std::optional<core::Event> m_existing;
    RecordOrigin m_origin = RecordOrigin::Stored;
    bool m_showingCitation = false;

    QLineEdit* m_id = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QLineEdit* m_period = nullptr;
    QLabel* m_periodHint = nullptr;
    QCheckBox* m_periodInferred = nullptr;
    QLineEdit* m_periodNote = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_actors = nullptr;
    QLineEdit* m_location = nullptr;
    QStandardItemModel* m_chartModel = nullptr;
    QListView* m_charts = nullptr;
    QStandardItemModel* m_citationModel = nullptr;
    QTableView* m_citations = nullptr;
    QPushButton* m_addCitation = nullptr;
    QPushButton* m_removeCitation = nullptr;
    QComboBox* m_citationSource = nullptr;
    QPlainTextEdit* m_citationQuote = nullptr;
    QSpinBox* m_citationOffset = nullptr;
    QLabel* m_quoteStatus = nullptr;
};

} // namespace crisis::ui
