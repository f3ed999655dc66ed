#pragma once

#include <crisis/core/analysis/quotelookup.h>

#include <QDialog>
#include <QHash>

#include <functional>
#include <optional>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace crisis::core {
class Workspace;
struct Source;
} // namespace crisis::core

namespace crisis::ui {

/// The text of a source's document when it can be read; nothing when it cannot (quotes are then not checked).
using SourceTexts = std::function<std::optional<QString>(const core::Source&)>;

/// What an edit dialog's record is: one stored, to change (its id fixed); or a new one whose fields start from a
/// draft, the user's version of a save that failed (its id free to change, checked as a new record's).
enum class RecordOrigin { Stored, NewDraft };

/// A dialog that adds or edits one record and accepts only when its fields check out: the first problem is shown
/// in a line at the top and the field at fault gets the focus. Subclasses say what is wrong in check().
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecordDialog(QWidget* parent = nullptr);

    /// Checks the fields: empty when they are fine, else the first problem in a sentence.
    QString validate();

public Q_SLOTS:
    /// Closes the dialog only when validate() finds nothing; otherwise shows the problem at the top and puts the
    /// focus on the field at fault.
    void accept() override;

protected:
    void showEvent(QShowEvent* event) override;

    struct Problem
    {
        QString message;
        QWidget* field = nullptr;
    };
    /// The first problem of the fields, or none.
    virtual Problem check() = 0;
    /// The line problems are shown in (objectName "error"): subclasses put it at the top of their layout.
    QLabel* errorLabel() const { return m_error; }
    void showError(const QString& message);
    /// A multi-line field's text, trimmed, with its no-break spaces kept (QPlainTextEdit::toPlainText() turns them
    /// into spaces; quotes keep them, as the sources do).
    static QString plainText(const QPlainTextEdit* edit);
    /// What a citation's source text is called in messages: its document's file name, or the source's label.
    static QString documentName(const core::Workspace& workspace, const core::Source& source);
    /// Whether an id is one a figure or an event may have: letters, digits, dots, dashes and underscores, from a
    /// letter or digit.
    static bool isRecordId(const QString& id);
    /// Where the texts of sources come from (read once per source while the dialog is open).
    void setSourceTexts(SourceTexts texts) { m_texts = std::move(texts); }
    /// The text of a source's document; nothing when it cannot be read.
    std::optional<QString> sourceText(const core::Workspace& workspace, const QString& sourceId);
    /// The line shown under a quote: "Found at character 448 of 000_a76563f97d16fe8d.txt.", ...
    static QString describe(const core::QuoteLookup& lookup, const QString& document, qint64 offset);
    /// Lays out a date as the dialogs have it: its field with an "Inferred" box beside it under `label` (whose
    /// mnemonic goes to the field), and, when given, the date as read below it and how it was inferred.
    void addDateRows(QFormLayout* form, const QString& label, QLineEdit* date, QCheckBox* inferred,
        QLabel* hint = nullptr, QWidget* note = nullptr);

private:
    QLabel* m_error = nullptr;
    SourceTexts m_texts;
    QHash<QString, std::optional<QString>> m_textCache;
};

} // namespace crisis::ui
