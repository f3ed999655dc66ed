#include <crisis/core/analysis/displayformat.h>
#include <crisis/core/model/vocabulary.h>
#include <crisis/ui/dialogs/conflictdialog.h>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crisis::ui {

using namespace crisis::core;

namespace {

QString yesNo(bool flag)
{
    return flag ? ConflictDialog::tr("yes") : ConflictDialog::tr("no");
}

} // namespace

ConflictDialog::ConflictDialog(
    const QString& message, const std::optional<Fields>& theirs, const std::optional<Fields>& mine, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Someone else changed this record"));
    auto* layout = new QVBoxLayout(this);
    auto* said = new QLabel(
        message + u'\n' + tr("Compare their version with yours, then keep one, or merge them in the editor."), this);
    said->setTextFormat(Qt::PlainText);
    said->setWordWrap(true);
    layout->addWidget(said);

    // One row per field either version has, in the order the record lists them.
    QStringList labels;
    for (const std::optional<Fields>* version : { &theirs, &mine }) {
        if (*version) {
            for (const auto& [label, value] : **version) {
                if (!labels.contains(label))
                    labels.append(label);
            }
        }
    }
    const auto valueOf = [](const std::optional<Fields>& version, const QString& label) -> QString {
        if (!version)
            return tr("(deleted)");
        for (const auto& [field, value] : *version) {
            if (field == label)
                return value;
        }
        return {};
    };
    m_table = new QTableWidget(static_cast<int>(labels.size()), 3, this);
    m_table->setTabKeyNavigation(false);
    m_table->setObjectName(QStringLiteral("conflictFields"));
    m_table->setAccessibleName(tr("Their version and yours, field by field"));
    m_table->setHorizontalHeaderLabels({ tr("Field"), tr("Theirs"), tr("Yours") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    int firstDiffering = -1;
    for (int row = 0; row < labels.size(); ++row) {
        const QString& label = labels.at(row);
        const QString theirValue = valueOf(theirs, label);
        const QString myValue = valueOf(mine, label);
        const bool differs = theirValue != myValue;
        if (differs && firstDiffering < 0)
            firstDiffering = row;
        // A field that differs is marked in words as well as in bold, for a screen reader and in any theme.
        auto* field = new QTableWidgetItem(differs ? tr("%1 (differs)").arg(label) : label);
        auto* their = new QTableWidgetItem(theirValue);
        auto* my = new QTableWidgetItem(myValue);
        for (QTableWidgetItem* item : { field, their, my }) {
            QFont font = item->font();
            font.setBold(differs);
            item->setFont(font);
        }
        m_table->setItem(row, 0, field);
        m_table->setItem(row, 1, their);
        m_table->setItem(row, 2, my);
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->resizeRowsToContents();
    layout->addWidget(m_table, 1);
    // The first field that differs is where the reader starts.
    if (firstDiffering >= 0) {
        m_table->setCurrentCell(firstDiffering, 1);
        m_table->scrollToItem(m_table->item(firstDiffering, 0), QAbstractItemView::PositionAtCenter);
    }

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* keepTheirs = buttons->addButton(tr("Keep &theirs"), QDialogButtonBox::RejectRole);
    keepTheirs->setObjectName(QStringLiteral("keepTheirs"));
    QPushButton* keepMine
        = buttons->addButton(mine ? tr("Keep &mine") : tr("&Delete anyway"), QDialogButtonBox::AcceptRole);
    keepMine->setObjectName(QStringLiteral("keepMine"));
    QPushButton* merge = buttons->addButton(tr("&Merge\u2026"), QDialogButtonBox::ActionRole);
    merge->setObjectName(QStringLiteral("merge"));
    // Merging edits the user's version: there is none to edit when the user deleted the record.
    merge->setEnabled(mine.has_value());
    keepTheirs->setDefault(true);
    connect(keepTheirs, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepTheirs;
        reject();
    });
    connect(keepMine, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepMine;
        accept();
    });
    connect(merge, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Merge;
        accept();
    });
    layout->addWidget(buttons);
    resize(760, 560);
}

ConflictDialog::Fields ConflictDialog::fieldsOf(const Figure& figure)
{
    return { { tr("Id"), figure.id }, { tr("Metric"), figure.metric }, { tr("Value"), formatNumber(figure.value) },
        { tr("Qualifier"), figure.qualifier }, { tr("Subject"), figure.subject },
        { tr("Status"), statusKey(figure.status) }, { tr("Period"), formatPeriod(figure.period) },
        { tr("Period inferred"), yesNo(figure.periodInferred) }, { tr("Why inferred"), figure.periodNote },
        { tr("Reported"), formatDate(figure.reported) }, { tr("Part of"), figure.parentId },
        { tr("Subgroup"), figure.subgroup }, { tr("Source"), figure.citation.sourceId },
        { tr("Quote"), figure.citation.quote }, { tr("Quote offset"), QString::number(figure.citation.offset) },
        { tr("Note"), figure.note } };
}

ConflictDialog::Fields ConflictDialog::fieldsOf(const Event& event)
{
    QStringList citations;
    for (const Citation& citation : event.citations)
        citations.append(
            QStringLiteral("%1 @%2: %3").arg(citation.sourceId, QString::number(citation.offset), citation.quote));
    return { { tr("Id"), event.id }, { tr("Period"), formatPeriod(event.period) },
        { tr("Period inferred"), yesNo(event.periodInferred) }, { tr("Why inferred"), event.periodNote },
        { tr("Title"), event.title }, { tr("Summary"), event.summary }, { tr("Category"), categoryKey(event.category) },
        { tr("Status"), eventStatusKey(event.status) }, { tr("Location"), event.location },
        { tr("Actors"), event.actors.join(QStringLiteral("; ")) }, { tr("Citations"), citations.join(u'\n') },
        { tr("Charts"), event.charts.join(QStringLiteral(", ")) } };
}

ConflictDialog::Fields ConflictDialog::fieldsOf(const Source& source)
{
    return { { tr("Id"), source.id }, { tr("Document"), source.document }, { tr("Outlet"), source.outlet },
        { tr("Title"), source.title }, { tr("Description"), source.description }, { tr("Author"), source.author },
        { tr("Published"), formatDate(source.published) },
        { tr("Published inferred"), yesNo(source.publishedInferred) }, { tr("URL"), source.url } };
}

} // namespace crisis::ui
