#include <crisis/core/interchange/datasetjson.h>
#include <crisis/ui/models/figuretablemodel.h>

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace crisis;
using ui::FigureTableModel;

namespace {

class FigureTableModelTest : public ::testing::Test
{
protected:
    FigureTableModelTest()
    {
        // The tester is attached before any data is loaded, so it sees the reset too.
        new QAbstractItemModelTester(&m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, &m_model);
        m_model.setWorkspace(core::Workspace::build(core::Snapshot::fromDataset(core::bundledDataset())));
    }

    QString cell(int row, int column, int role = Qt::DisplayRole) const
    {
        return m_model.index(row, column).data(role).toString();
    }
    QString idAt(int row) const { return cell(row, 0, FigureTableModel::FigureIdRole); }

    FigureTableModel m_model;
};

} // namespace

TEST_F(FigureTableModelTest, ShowsEveryFigureWithItsSource)
{
    ASSERT_EQ(m_model.rowCount(), 37);
    EXPECT_EQ(m_model.columnCount(), FigureTableModel::ColumnCount);
    const QModelIndex first = m_model.index(0, FigureTableModel::ValueColumn);
    EXPECT_EQ(first.data().toString(), u"2,728");
    EXPECT_EQ(m_model.index(0, FigureTableModel::PeriodColumn).data().toString(), u"Oct 2022 \u2013 Jun 2023");
    EXPECT_EQ(
        m_model.index(0, FigureTableModel::SourceColumn).data().toString(), u"Latin Post, c. Sep 2023 (inferred)");
    EXPECT_TRUE(m_model.index(0, FigureTableModel::QuoteColumn).data(Qt::ToolTipRole).toString().contains(u"2,728"));
}

TEST_F(FigureTableModelTest, ValuesShowTheirQualifierAndUnit)
{
    QStringList values;
    for (int row = 0; row < m_model.rowCount(); ++row)
        values.append(m_model.index(row, FigureTableModel::ValueColumn).data().toString());
    EXPECT_TRUE(values.contains(QStringLiteral("over 1,379")));
    EXPECT_TRUE(values.contains(QStringLiteral("up to $625 million")));
    EXPECT_TRUE(values.contains(QStringLiteral("only $112.5 million")));
    EXPECT_TRUE(values.contains(QStringLiteral("80%")));
}

TEST_F(FigureTableModelTest, AShareSaysWhatItIsAShareOf)
{
    const int row = m_model.modelRowOf(m_model.workspace()->figures().rowOfId(u"fig-000-10"));
    EXPECT_EQ(
        m_model.index(row, FigureTableModel::MetricColumn).data().toString(), u"Displaced people: children (share)");
    EXPECT_EQ(m_model.index(row, FigureTableModel::ValueColumn).data().toString(), u"50%");
}

TEST_F(FigureTableModelTest, ValuesSortAsNumbersNotText)
{
    m_model.sort(FigureTableModel::ValueColumn, Qt::DescendingOrder);
    EXPECT_EQ(idAt(0), u"fig-002-06"); // $835 million
    EXPECT_EQ(idAt(1), u"fig-002-09"); // $625 million
    m_model.sort(FigureTableModel::ValueColumn, Qt::AscendingOrder);
    EXPECT_EQ(cell(0, FigureTableModel::ValueColumn), u"50%"); // half: 0.5
    EXPECT_EQ(cell(2, FigureTableModel::ValueColumn), u"6");
    EXPECT_EQ(cell(3, FigureTableModel::ValueColumn), u"7"); // the seven countries of the letter
    EXPECT_EQ(cell(4, FigureTableModel::ValueColumn), u"20");
}

TEST_F(FigureTableModelTest, DatesSortAsDates)
{
    m_model.sort(FigureTableModel::PeriodColumn, Qt::AscendingOrder);
    EXPECT_EQ(m_model.index(0, 0).data(FigureTableModel::SortRole).toDate(), QDate(2022, 10, 1));
    QDate previous;
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const QDate date = m_model.index(row, 0).data(FigureTableModel::SortRole).toDate();
        EXPECT_LE(previous, date) << "row " << row;
        previous = date;
    }
    // "Sep 2024" would sort before "Oct 2022" as text; as a date it comes after.
    m_model.sort(FigureTableModel::PeriodColumn, Qt::DescendingOrder);
    EXPECT_EQ(m_model.index(0, 0).data(FigureTableModel::SortRole).toDate(),
        QDate(2025, 7, 1)); // article 002 is after June 2025
}

TEST_F(FigureTableModelTest, ConflictingReportsAreFlaggedAndNameEachOther)
{
    const int row = m_model.modelRowOf(m_model.workspace()->figures().rowOfId(u"fig-002-05"));
    ASSERT_GE(row, 0);
    const QModelIndex value = m_model.index(row, FigureTableModel::ValueColumn);
    EXPECT_TRUE(value.data(FigureTableModel::ConflictRole).toBool());
    EXPECT_FALSE(value.data(Qt::DecorationRole).isNull()) << "an icon marks the conflict";
    const QString tip = value.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(u"only about 1,000")) << tip.toStdString();
    EXPECT_TRUE(tip.contains(u"fig-002-02")) << tip.toStdString();
    const int other = m_model.modelRowOf(m_model.workspace()->figures().rowOfId(u"fig-001-08"));
    EXPECT_FALSE(m_model.index(other, FigureTableModel::ValueColumn).data(FigureTableModel::ConflictRole).toBool());
}

TEST_F(FigureTableModelTest, FilteringKeepsTheSortAndMapsRowsBothWays)
{
    m_model.sort(FigureTableModel::ValueColumn, Qt::DescendingOrder);
    core::RecordFilter filter;
    filter.metric = QStringLiteral("funding");
    m_model.setFilter(filter);
    ASSERT_EQ(m_model.rowCount(), 5);
    EXPECT_EQ(idAt(0), u"fig-002-06");
    EXPECT_EQ(idAt(4), u"fig-002-08");
    const qsizetype homicides = m_model.workspace()->figures().rowOfId(u"fig-000-01");
    EXPECT_EQ(m_model.modelRowOf(homicides), -1) << "filtered out";
    EXPECT_EQ(m_model.figureRowAt(m_model.modelRowOf(m_model.workspace()->figures().rowOfId(u"fig-002-10"))),
        m_model.workspace()->figures().rowOfId(u"fig-002-10"));
    m_model.setFilter({});
    EXPECT_EQ(m_model.rowCount(), 37);
    EXPECT_EQ(idAt(0), u"fig-002-06") << "still sorted by value";
}

TEST_F(FigureTableModelTest, SortingMovesPersistentIndexesWithTheirRows)
{
    const QPersistentModelIndex kept = m_model.index(5, FigureTableModel::QuoteColumn);
    const QString id = kept.data(FigureTableModel::FigureIdRole).toString();
    m_model.sort(FigureTableModel::QuoteColumn, Qt::AscendingOrder);
    EXPECT_EQ(kept.data(FigureTableModel::FigureIdRole).toString(), id);
    EXPECT_EQ(kept.column(), FigureTableModel::QuoteColumn);
    m_model.sort(-1);
    EXPECT_EQ(idAt(0), u"fig-000-01") << "no sort column: dataset order";
}

TEST_F(FigureTableModelTest, InferredPeriodsSayWhy)
{
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const core::Figure figure = m_model.workspace()->figures().figure(m_model.figureRowAt(row));
        const QModelIndex period = m_model.index(row, FigureTableModel::PeriodColumn);
        EXPECT_EQ(period.data().toString().endsWith(u"(inferred)"), figure.periodInferred) << row;
        if (figure.periodInferred) {
            EXPECT_TRUE(period.data(Qt::ToolTipRole).toString().contains(figure.periodNote));
        }
    }
}
