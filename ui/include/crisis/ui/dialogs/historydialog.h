#pragma once

#include <crisis/core/storage/revision.h>

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace crisis::ui {

/// Edit → History: the saved changes of a team database, newest first — revision, when, who, what (an import, an
/// edit, …) and the records it added, changed and removed — or those of one record (Edit → History of Selected).
/// The window reads the history in the background and hands it over with setRevisions(). Below the list, what the
/// selected change did to each record it changed or removed: the fields, with their values before and after.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    /// `subject` names what the history is of ("haiti on db.example", "figure fig-000-01").
    explicit HistoryDialog(const QString& subject, QWidget* parent = nullptr);

    /// Shows the revisions (in any order: listed newest first).
    void setRevisions(QList<core::Revision> revisions);
    /// Adds revisions to those listed (a revision listed already is listed once).
    void addRevisions(const QList<core::Revision>& revisions);
    /// The number of the newest revision listed; 0 for none.
    qint64 newestRevision() const { return m_revisions.isEmpty() ? 0 : m_revisions.constFirst().number; }
    /// Says the history could not be read.
    void setError(const QString& message);

    QTableWidget* table() const { return m_table; }
    /// The selected change's records, field by field.
    QPlainTextEdit* values() const { return m_values; }
    /// What a revision did, in words: "added 2 figures, 1 source; changed fig-000-01".
    static QString summary(const core::Revision& revision);
    /// What a revision did to its records' fields, one record after another, a field a line:
    /// "figure fig-000-01, changed:\n  note: “…” → “checked again”".
    static QString valuesText(const core::Revision& revision);

private:
    void showValues(int row);

    QLabel* m_status = nullptr;
    QTableWidget* m_table = nullptr;
    QPlainTextEdit* m_values = nullptr;
    QList<core::Revision> m_revisions;
};

} // namespace crisis::ui
