#include <crisis/core/datasetjson.h>
#include <crisis/ui/figuretablemodel.h>

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

#include <gtest/gtest.h>

using namespace crisis;
using ui::FigureTableModel;

namespace {

class FigureTableModelTest : public ::testing::Test
{
protected:
    FigureTableModelTest()
    {
        // Testers are attached before any data is loaded, so they see the reset too.
        new QAbstractItemModelTester(&m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, &m_model);
        m_proxy.setSourceModel(&m_model);
        m_proxy.setSortRole(FigureTableModel::SortRole);
        new QAbstractItemModelTester(&m_proxy, QAbstractItemModelTester::FailureReportingMode::Fatal, &m_proxy);
        m_model.setDataset(core::bundledDataset(), core::MetricRegistry::builtIn());
    }

    QString cell(int row, int column, int role = Qt::DisplayRole) const
    {
        return m_proxy.index(row, column).data(role).toString();
    }
    QString idAt(int row) const { return cell(row, 0, FigureTableModel::FigureIdRole); }

    FigureTableModel m_model;
    QSortFilterProxyModel m_proxy;
};

} // namespace

TEST_F(FigureTableModelTest, ShowsEveryFigureWithItsSource)
{
    ASSERT_EQ(m_model.rowCount(), 36);
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

TEST_F(FigureTableModelTest, ValuesSortAsNumbersNotText)
{
    m_proxy.sort(FigureTableModel::ValueColumn, Qt::DescendingOrder);
    EXPECT_EQ(idAt(0), u"fig-002-06"); // $835 million
    EXPECT_EQ(idAt(1), u"fig-002-09"); // $625 million
    m_proxy.sort(FigureTableModel::ValueColumn, Qt::AscendingOrder);
    EXPECT_EQ(cell(0, FigureTableModel::ValueColumn), u"50%"); // half: 0.5
    EXPECT_EQ(cell(2, FigureTableModel::ValueColumn), u"6");
    EXPECT_EQ(cell(3, FigureTableModel::ValueColumn), u"20");
}

TEST_F(FigureTableModelTest, DatesSortAsDates)
{
    m_proxy.sort(FigureTableModel::PeriodColumn, Qt::AscendingOrder);
    EXPECT_EQ(m_proxy.index(0, 0).data(FigureTableModel::SortRole).toDate(), QDate(2022, 10, 1));
    QDate previous;
    for (int row = 0; row < m_proxy.rowCount(); ++row) {
        const QDate date = m_proxy.index(row, 0).data(FigureTableModel::SortRole).toDate();
        EXPECT_LE(previous, date) << "row " << row;
        previous = date;
    }
    // "Sep 2024" would sort before "Oct 2022" as text; as a date it comes after.
    m_proxy.sort(FigureTableModel::PeriodColumn, Qt::DescendingOrder);
    EXPECT_EQ(m_proxy.index(0, 0).data(FigureTableModel::SortRole).toDate(), QDate(2025, 1, 1));
}

TEST_F(FigureTableModelTest, InferredPeriodsSayWhy)
{
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const core::Figure& figure = m_model.figureAt(row);
        const QModelIndex period = m_model.index(row, FigureTableModel::PeriodColumn);
        EXPECT_EQ(period.data().toString().endsWith(u"(inferred)"), figure.periodInferred) << row;
        if (figure.periodInferred) {
            EXPECT_TRUE(period.data(Qt::ToolTipRole).toString().contains(figure.periodNote));
        }
    }
}
