#include <crisis/ui/dialogs/historydialog.h>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace crisis::ui {

namespace {

enum Column { RevisionColumn, WhenColumn, WhoColumn, WhatColumn, RecordsColumn, ColumnCount };

/// A few ids by name; more by count ("12 figures, 1 source").
QString describe(const core::Revision::Records& records)
{
    if (records.size() <= 3)
        return records.all().join(QStringLiteral(", "));
    QStringList parts;
    const auto count = [&parts](qsizetype n, const QString& one, const QString& many) {
        if (n > 0)
            parts.append(n == 1 ? one : many.arg(QLocale().toString(n)));
    };
    count(records.figures.size(), HistoryDialog::tr("1 figure"), HistoryDialog::tr("%1 figures"));
    count(records.events.size(), HistoryDialog::tr("1 event"), HistoryDialog::tr("%1 events"));
    count(records.sources.size(), HistoryDialog::tr("1 source"), HistoryDialog::tr("%1 sources"));
    count(records.stories.size(), HistoryDialog::tr("1 story"), HistoryDialog::tr("%1 stories"));
    return parts.join(QStringLiteral(", "));
}

} // namespace

HistoryDialog::HistoryDialog(const QString& subject, QWidget* parent)
    : QDialog(parent)
    , m_status(new QLabel(tr("Reading the history\u2026"), this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setWindowTitle(tr("History of %1").arg(subject));
    setObjectName(QStringLiteral("historyDialog"));
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setHorizontalHeaderLabels({ tr("Revision"), tr("When"), tr("Who"), tr("What"), tr("Records") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(RecordsColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Changes saved to %1, newest first").arg(subject));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(900, 480);
}

QString HistoryDialog::summary(const core::Revision& revision)
{
    QStringList parts;
    if (revision.everything)
        parts.append(tr("replaced everything"));
    if (!revision.added.isEmpty())
        parts.append(tr("added %1").arg(describe(revision.added)));
    if (!revision.changed.isEmpty())
        parts.append(tr("changed %1").arg(describe(revision.changed)));
    if (!revision.removed.isEmpty())
        parts.append(tr("removed %1").arg(describe(revision.removed)));
    return parts.join(QStringLiteral("; "));
}

void HistoryDialog::setRevisions(QList<core::Revision> revisions)
{
    std::sort(revisions.begin(), revisions.end(),
        [](const core::Revision& a, const core::Revision& b) { return a.number > b.number; });
    m_table->setRowCount(int(revisions.size()));
    const QLocale locale;
    for (int row = 0; row < revisions.size(); ++row) {
        const core::Revision& revision = revisions.at(row);
        const auto cell = [&](Column column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setToolTip(text);
            m_table->setItem(row, column, item);
        };
        cell(RevisionColumn, QString::number(revision.number));
        cell(WhenColumn, locale.toString(revision.at.toLocalTime(), QLocale::ShortFormat));
        cell(WhoColumn, revision.user);
        cell(WhatColumn, revision.what);
        cell(RecordsColumn, summary(revision));
    }
    m_table->resizeColumnsToContents();
    m_status->setText(revisions.isEmpty() ? tr("No change saved yet.")
            : revisions.size() == 1       ? tr("1 change saved.")
                                    : tr("%1 changes saved, newest first.").arg(locale.toString(revisions.size())));
}

void HistoryDialog::setError(const QString& message)
{
    m_status->setText(tr("The history could not be read: %1").arg(message));
}

} // namespace crisis::ui
