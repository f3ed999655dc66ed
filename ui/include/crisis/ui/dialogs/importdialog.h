#pragma once

#include <crisis/core/analysis/workspace.h>
#include <crisis/core/articles/articleimport.h>
#include <crisis/core/interchange/importing.h>
#include <crisis/core/interchange/tableimport.h>

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QStandardItem;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace crisis::core {
class StoreSession;
}

namespace crisis::ui {

struct CheckResult;

/// File → Import: what a file holds and what importing it would do, before anything is written. Shows the
/// format found, the repair made to the text, for a table the column mapping with its first rows, a preview
/// of the records that would be added, and every problem at FILE:LINE:COLUMN. Import runs in the background
/// with a progress bar and Cancel; it writes all or nothing.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    /// A dialog for importing `bytes` (read from filePath) into the database the workspace was loaded from,
    /// checked and written through its session.
    ImportDialog(const QString& filePath, QByteArray bytes, std::shared_ptr<const core::Workspace> workspace,
        core::StoreSession* session, QWidget* parent = nullptr);
    ~ImportDialog() override;

    core::ImportFormat format() const;
    void setFormat(core::ImportFormat format);
    core::TableMapping mapping() const;
    void setMapping(const core::TableMapping& mapping);

    /// Reads the file again with the format and mapping chosen (in the background; checked() follows).
    void recheck();
    bool isChecking() const;
    /// The problems of the last check or import, and what it would import.
    const core::ImportReport& report() const { return m_report; }
    QStandardItemModel* previewModel() const { return m_preview; }
    /// One row per problem: "FILE:LINE:COLUMN: detail", its kind worded in the tooltip.
    QStandardItemModel* problemModel() const { return m_problems; }
    enum ProblemRole {
        ProblemLineRole = Qt::UserRole, ///< int: the problem's line, 0 for the whole file
        ProblemKindRole, ///< QString: problemKindName() of its kind, such as "invalid-date"
    };
    /// What a kind of problem means, in a sentence for the user (the detail says the case at hand).
    static QString problemKindText(core::Problem::Kind kind);
    QStandardItemModel* tableModel() const { return m_table; }
    /// For an article: the figures proposed, one row each, to accept (check), correct (edit) or reject.
    QStandardItemModel* proposalModel() const { return m_proposals; }
    enum ProposalColumn {
        AcceptColumn,
        ValueColumn,
        QualifierColumn,
        MetricColumn,
        SubjectColumn,
        PeriodColumn,
        SentenceColumn,
        ProposalColumnCount
    };
    /// The article's publication date, as the user gives it (EDTF); levels with no date of their own hold then.
    void setPublished(const QString& edtf);
    /// Whether records a file of the same name brought before are left out (offered when the check finds some).
    void setSkipImported(bool skip);
    bool skipImported() const;

    /// Imports (in the background); imported() or a problem list follows.
    void startImport();
    void cancelImport();
    bool isImporting() const;
    const QString& filePath() const { return m_filePath; }
    const QByteArray& bytes() const { return m_bytes; }

    /// Esc or closing the window while importing cancels the import (nothing is written) rather than leaving it
    /// to finish unseen.
    void reject() override;

Q_SIGNALS:
    void checked();
    /// The import is written: report() says what.
    void imported(const core::ImportReport& report);
    /// The import failed or was cancelled: nothing was written; report() says why.
    void importFailed();

private:
    void buildMappingEditors();
    void buildProposalEditor();
    void showProposals(std::shared_ptr<const core::ArticleReading> article);
    /// The proposals as accepted and corrected, and the problems of the corrections.
    static QStandardItem* subjectItem(const core::FigureProposal& proposal);
    QList<core::FigureProposal> acceptedProposals(QList<core::Problem>* problems) const;
    void checkProposals();
    void showCheck(const core::ImportReport& report, const core::ParseResult<core::ImportedData>& read,
        const core::ParseResult<core::TablePreview>& table);
    void showProblems(const QList<core::Problem>& problems);
    void updateButtons();
    void checkDone(int generation, const core::Result<std::shared_ptr<const CheckResult>>& checked);
    void importDone(const core::ImportReport& report);

    QString m_filePath;
    QByteArray m_bytes;
    std::shared_ptr<const core::Workspace> m_workspace;
    core::ImportReport m_report;
    int m_generation = 0;
    bool m_checking = false;
    bool m_recheckPending = false;
    bool m_importing = false;
    bool m_settingUp = false;
    core::StoreSession* m_session = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;

    QComboBox* m_format = nullptr;
    QLabel* m_found = nullptr;
    QGroupBox* m_mappingBox = nullptr;
    QComboBox* m_date = nullptr;
    QComboBox* m_year = nullptr;
    QComboBox* m_month = nullptr;
    QComboBox* m_day = nullptr;
    QComboBox* m_subject = nullptr;
    QComboBox* m_metric = nullptr;
    QComboBox* m_metricColumn = nullptr;
    QListView* m_valueList = nullptr;
    QStandardItemModel* m_values = nullptr;
    QTableView* m_tableView = nullptr;
    QStandardItemModel* m_table = nullptr;
    QTableView* m_previewView = nullptr;
    QStandardItemModel* m_preview = nullptr;
    QLabel* m_summary = nullptr;
    QCheckBox* m_skipImported = nullptr;
    QListView* m_problemView = nullptr;
    QStandardItemModel* m_problems = nullptr;
    QProgressBar* m_progress = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QTimer* m_debounce = nullptr;
    QStringList m_columns;
    QGroupBox* m_articleBox = nullptr;
    QLineEdit* m_published = nullptr;
    QStandardItemModel* m_proposals = nullptr;
    QTableView* m_proposalView = nullptr;
    std::shared_ptr<const core::ArticleReading> m_article;
    bool m_articleShown = false;
};

} // namespace crisis::ui
