#include <crisis/core/model/period.h>

#include <gtest/gtest.h>

using crisis::core::Period;

namespace {

Period parsed(const char16_t* text)
{
    QString error;
    const auto period = Period::parse(QStringView(text), &error);
    EXPECT_TRUE(period.has_value()) << error.toStdString();
    return period.value_or(Period());
}

} // namespace

TEST(Period, IntervalOfMonthsRunsFromTheFirstToTheLastDay)
{
    const Period period = parsed(u"2022-10/2023-06");
    EXPECT_TRUE(period.isInterval());
    EXPECT_EQ(period.earliest(), QDate(2022, 10, 1));
    EXPECT_EQ(period.latest(), QDate(2023, 6, 30));
    EXPECT_EQ(period.lengthInDays(), 273);
    EXPECT_EQ(period.toEdtf(), u"2022-10/2023-06");
}

TEST(Period, LengthsOfThePeriodsInTheBundledDataset)
{
    EXPECT_EQ(parsed(u"2023-01-01/2023-09-09").lengthInDays(), 252);
    EXPECT_EQ(parsed(u"2024-04/2024-06").lengthInDays(), 91);
    EXPECT_EQ(parsed(u"2023-09").lengthInDays(), 30);
    EXPECT_EQ(parsed(u"2024").lengthInDays(), 366);
    EXPECT_EQ(parsed(u"2024-09-22").lengthInDays(), 1);
}

TEST(Period, SingleDateIsNotAnInterval)
{
    const Period period = parsed(u"2024-06~");
    EXPECT_FALSE(period.isInterval());
    EXPECT_TRUE(period.isApproximate());
    EXPECT_EQ(period.toEdtf(), u"2024-06~");
    EXPECT_EQ(period.latest(), QDate(2024, 6, 30));
}

TEST(Period, MixedPrecisionInterval)
{
    const Period period = parsed(u"2023/2024-06-15~");
    EXPECT_EQ(period.earliest(), QDate(2023, 1, 1));
    EXPECT_EQ(period.latest(), QDate(2024, 6, 15));
    EXPECT_EQ(period.toEdtf(), u"2023/2024-06-15~");
}

TEST(Period, RejectsBackwardsOpenAndBrokenIntervals)
{
    for (const char16_t* text : { u"2023-06/2022-10", u"2023/..", u"../2023", u"/2023", u"2023/", u"2023-13/2024",
             u"2023/2024-02-30", u"2023/2024/2025" }) {
        QString error;
        EXPECT_FALSE(Period::parse(QStringView(text), &error).has_value()) << QString::fromUtf16(text).toStdString();
        EXPECT_FALSE(error.isEmpty());
    }
    QString error;
    Period::parse(u"2023-06/2022-10", &error);
    EXPECT_TRUE(error.contains(u"ends before it starts"));
}

TEST(Period, OverlapCountsSharedDaysOnly)
{
    const Period report = parsed(u"2022-10/2023-06");
    EXPECT_TRUE(report.overlaps(parsed(u"2023")));
    EXPECT_TRUE(report.overlaps(parsed(u"2023-06-30")));
    EXPECT_FALSE(report.overlaps(parsed(u"2023-07")));
    EXPECT_FALSE(report.overlaps(parsed(u"2022-09-30")));
    EXPECT_TRUE(parsed(u"2024-09~").overlaps(parsed(u"2024-09-22")));
    EXPECT_FALSE(parsed(u"2024-09~").overlaps(parsed(u"2025~")));
    // overlap is symmetric
    EXPECT_TRUE(parsed(u"2023").overlaps(report));
}

TEST(Period, Containment)
{
    const Period year = parsed(u"2023");
    EXPECT_TRUE(year.contains(QDate(2023, 9, 22)));
    EXPECT_FALSE(year.contains(QDate(2024, 1, 1)));
    EXPECT_TRUE(year.contains(parsed(u"2023-01-01/2023-09-09")));
    EXPECT_FALSE(year.contains(parsed(u"2022-10/2023-06")));
}
