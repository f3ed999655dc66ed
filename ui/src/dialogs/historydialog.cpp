#include <crisis/ui/dialogs/historydialog.h>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
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

QString kindName(core::RecordKind kind)
{
    switch (kind) {
    case core::RecordKind::Figure:
        return HistoryDialog::tr("figure");
    case core::RecordKind::Event:
        return HistoryDialog::tr("event");
    case core::RecordKind::Source:
        break;
    }
    return HistoryDialog::tr("source");
}

// A value on one line, quoted; long ones shortened.
QString shown(const QString& value)
{
    if (value.isEmpty())
        return HistoryDialog::tr("(none)");
    QString line = value.simplified();
    if (line.size() > 200)
        line = line.left(199) + u'\u2026';
    return HistoryDialog::tr("\u201c%1\u201d").arg(line);
}

} // namespace

HistoryDialog::HistoryDialog(const QString& subject, QWidget* parent)
    : QDialog(parent)
    , m_status(new QLabel(tr("Reading the history\u2026"), this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_values(new QPlainTextEdit(this))
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
    m_values->setObjectName(QStringLiteral("historyValues"));
    m_values->setReadOnly(true);
    m_values->setTabChangesFocus(true);
    m_values->setAccessibleName(tr("What the selected change did to each record's fields"));
    m_values->setPlaceholderText(tr("Select a change to see its records' values before and after."));
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showValues(row); });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_values);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(split);
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

QString HistoryDialog::valuesText(const core::Revision& revision)
{
    QStringList records;
    for (const core::RecordValues& values : revision.values) {
        QStringList lines;
        if (values.after.isEmpty())
            lines.append(tr("%1 %2, removed; it held:").arg(kindName(values.kind), values.id));
        else
            lines.append(tr("%1 %2, changed:").arg(kindName(values.kind), values.id));
        const QList<core::FieldChange> fields = core::fieldChanges(values);
        for (const core::FieldChange& field : fields) {
            lines.append(values.after.isEmpty()
                    ? QStringLiteral("  %1: %2").arg(field.field, shown(field.before))
                    : QStringLiteral("  %1: %2 \u2192 %3").arg(field.field, shown(field.before), shown(field.after)));
        }
        if (fields.isEmpty())
            lines.append(tr("  saved with the same values"));
        records.append(lines.join(u'\n'));
    }
    if (records.isEmpty()) {
        if (!revision.added.isEmpty() && revision.changed.isEmpty() && revision.removed.isEmpty())
            return tr("This change added records: their values are what their next change shows before it, or what "
                      "they hold now.");
        return tr("No values were kept of this change's records.");
    }
    return records.join(QStringLiteral("\n\n"));
}

void HistoryDialog::showValues(int row)
{
    m_values->setPlainText(row >= 0 && row < m_revisions.size() ? valuesText(m_revisions.at(row)) : QString());
}

void HistoryDialog::setRevisions(QList<core::Revision> revisions)
{
    std::sort(revisions.begin(), revisions.end(),
        [](const core::Revision& a, const core::Revision& b) { return a.number > b.number; });
    // The revision selected stays selected when the list is read again (the newest at first).
    const int current = m_table->currentRow();
    const qint64 selected = current >= 0 && current < m_revisions.size() ? m_revisions.at(current).number : -1;
    m_revisions = revisions;
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
    const auto found = std::find_if(revisions.cbegin(), revisions.cend(),
        [selected](const core::Revision& revision) { return revision.number == selected; });
    if (!revisions.isEmpty()) {
        const int row = found == revisions.cend() ? 0 : int(found - revisions.cbegin());
        m_table->setCurrentCell(row, RevisionColumn);
        showValues(row); // the same row's cell again signals nothing, and the records below may have changed
    }
    m_status->setText(revisions.isEmpty() ? tr("No change saved yet.")
            : revisions.size() == 1       ? tr("1 change saved.")
                                    : tr("%1 changes saved, newest first.").arg(locale.toString(revisions.size())));
}

void HistoryDialog::addRevisions(const QList<core::Revision>& revisions)
{
    QList<core::Revision> all = m_revisions;
    for (const core::Revision& revision : revisions) {
        if (std::none_of(all.cbegin(), all.cend(),
                [&revision](const core::Revision& listed) { return listed.number == revision.number; }))
            all.append(revision);
    }
    setRevisions(std::move(all));
}

void HistoryDialog::setError(const QString& message)
{
    m_status->setText(tr("The history could not be read: %1").arg(message));
}

} // namespace crisis::ui
