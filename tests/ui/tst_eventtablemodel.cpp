#include "testsupport.h"

#include <crisis/core/interchange/datasetjson.h>
#include <crisis/ui/models/eventtablemodel.h>

#include <QAbstractItemModelTester>
#include <QTextDocumentFragment>

#include <gtest/gtest.h>

using namespace crisis;
using ui::EventTableModel;

TEST(EventTableModel, ListsSortsAndFiltersEvents)
{
    EventTableModel model;
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal, &model);
    model.setWorkspace(test::bundledWorkspace());
    ASSERT_EQ(model.rowCount(), 23);
    EXPECT_EQ(model.index(0, EventTableModel::TitleColumn).data().toString(), u"Haiti's last general election");
    model.sort(EventTableModel::PeriodColumn, Qt::DescendingOrder);
    EXPECT_EQ(model.index(0, EventTableModel::PeriodColumn).data(EventTableModel::SortRole).toDate(), QDate(2025, 2, 1))
        << "February 2025 starts last";
    const QPersistentModelIndex kept = model.index(3, 0);
    const QString id = kept.data(EventTableModel::EventIdRole).toString();
    model.sort(EventTableModel::TitleColumn, Qt::AscendingOrder);
    EXPECT_EQ(kept.data(EventTableModel::EventIdRole).toString(), id);
    EXPECT_EQ(
        model.index(0, EventTableModel::TitleColumn).data().toString(), u"Assassination of President Jovenel Moïse");
    core::RecordFilter filter;
    filter.category = core::EventCategory::Violence;
    model.setFilter(filter);
    EXPECT_EQ(model.rowCount(), 2);
    const QModelIndex first = model.index(0, EventTableModel::SourceColumn);
    EXPECT_TRUE(first.data(Qt::ToolTipRole).toString().contains(u"Latin Post"));
    EXPECT_TRUE(model.index(0, EventTableModel::PeriodColumn).data().toString().contains(u"(inferred)"));
    // Tooltips are rich text whose data is escaped: what they show is their plain text.
    EXPECT_TRUE(
        QTextDocumentFragment::fromHtml(model.index(0, EventTableModel::PeriodColumn).data(Qt::ToolTipRole).toString())
            .toPlainText()
            .startsWith(u"Inferred:"));
}
