#pragma once

#include <crisis/core/model/figure.h>
#include <crisis/core/model/source.h>
#include <crisis/ui/dialogs/recorddialog.h>

#include <QHash>

#include <functional>
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

/// The text of a source's document when it can be read; nothing when it cannot (quotes are then not checked).
using SourceTexts = std::function<std::optional<QString>(const core::Source&)>;

/// Add Figure / Edit Figure: every field of one figure, checked before the dialog accepts — the value is a
/// number, the dates are EDTF, the parent exists, and the quote stands in the source's text (when the text
/// can be read) and writes the value.
class FigureDialog : public RecordDialog
{
    Q_OBJECT

public:
    /// A dialog for a new figure when existing is null. The workspace must outlive the dialog.
    FigureDialog(
        const core::Workspace& workspace, const core::Figure* existing, SourceTexts texts, QWidget* parent = nullptr);

    /// The figure as the fields give it; meaningful once validate() returns nothing.
    core::Figure figure() const;
    bool isNew() const { return !m_existing.has_value(); }

    /// Where a quote stands in its source's text (EventDialog checks its citations with it too).
    struct QuoteLookup
    {
        enum class Result { Unchecked, AtOffset, Elsewhere, NotFound };
        Result result = Result::Unchecked;
        /// Code point offset of the quote's first occurrence, when it stands Elsewhere.
        qint64 foundAt = -1;
    };
    /// Looks for quote at offset (in code points) in text, else anywhere in it; Unchecked without a text.
    static QuoteLookup lookUpQuote(const std::optional<QString>& text, const QString& quote, qint64 offset);
    /// The line shown under a quote: "Found at character 448 of 000_a76563f97d16fe8d.txt.", ...
    static QString describe(const QuoteLookup& lookup, const QString& document, qint64 offset);

private:
    /// The first problem of the fields. When the quote
    /// stands elsewhere in the source's text than at the offset given, moves the offset there and says so
    /// under the quote; when the quote does not write the value, asks for "Keep anyway".
    Problem check() override;
    std::optional<QString> sourceText(const QString& sourceId);
    void updateQuoteStatus();
    void updatePeriodHint();
    void updateParentHint();
    QString suggestedId() const;

    const core::Workspace& m_workspace;
    std::optional<core::Figure> m_existing;
    SourceTexts m_texts;
    QHash<QString, std::optional<QString>> m_textCache;

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
