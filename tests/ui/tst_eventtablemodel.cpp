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
    ASSERT_EQ(model.rowCount(), 35);
    EXPECT_EQ(model.index(0, EventTableModel::TitleColumn).data().toString(), u"Haiti's last general election");
    model.sort(EventTableModel::PeriodColumn, Qt::DescendingOrder);
    EXPECT_EQ(model.index(0, EventTableModel::PeriodColumn).data(EventTableModel::SortRole).toDate(), QDate(2025, 7, 1))
        << "July 2025 starts last";
    const QPersistentModelIndex kept = model.index(3, 0);
    const QString id = kept.data(EventTableModel::EventIdRole).toString();
    model.sort(EventTableModel::TitleColumn, Qt::AscendingOrder);
    EXPECT_EQ(kept.data(EventTableModel::EventIdRole).toString(), id);
    // An expected event's title says so.
    EXPECT_EQ(model.index(0, EventTableModel::TitleColumn).data().toString(),
        u"A meeting at the UN General Assembly planned to renew the mandate (expected)");
    EXPECT_TRUE(
        QTextDocumentFragment::fromHtml(model.index(0, EventTableModel::TitleColumn).data(Qt::ToolTipRole).toString())
            .toPlainText()
            .startsWith(u"Expected: announced as due"));
    core::RecordFilter filter;
    filter.category = core::EventCategory::Violence;
    model.setFilter(filter);
    EXPECT_EQ(model.rowCount(), 4); // evt-03, evt-05, evt-29 and evt-33
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r)
        row = model.index(r, 0).data(EventTableModel::EventIdRole).toString() == u"evt-05" ? r : row;
    ASSERT_GE(row, 0);
    EXPECT_TRUE(
        model.index(row, EventTableModel::SourceColumn).data(Qt::ToolTipRole).toString().contains(u"Latin Post"));
    EXPECT_TRUE(model.index(row, EventTableModel::PeriodColumn).data().toString().contains(u"(inferred)"));
    // Tooltips are rich text whose data is escaped: what they show is their plain text.
    EXPECT_TRUE(QTextDocumentFragment::fromHtml(
        model.index(row, EventTableModel::PeriodColumn).data(Qt::ToolTipRole).toString())
                    .toPlainText()
                    .startsWith(u"Inferred:"));
}

TEST(EventTableModel, SourcesColumnCountsSourcesNotQuotes)
{
    EventTableModel model;
    model.setWorkspace(test::bundledWorkspace());
    const auto sourcesOf = [&model](const QString& id) {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, 0).data(EventTableModel::EventIdRole).toString() == id)
                return model.index(r, EventTableModel::SourceColumn).data().toString();
        }
        return QString();
    };
    // evt-06: two quotes from one article; evt-11: three quotes from two.
    const QString one = sourcesOf(QStringLiteral("evt-06"));
    ASSERT_FALSE(one.isEmpty());
    EXPECT_FALSE(one.contains(u"more")) << qPrintable(one);
    const QString two = sourcesOf(QStringLiteral("evt-11"));
    EXPECT_TRUE(two.endsWith(u" and 1 more")) << qPrintable(two);
}
