#include <crisis/core/model/partialdate.h>

#include <gtest/gtest.h>

using crisis::core::PartialDate;

namespace {

PartialDate parsed(const char16_t* text)
{
    QString error;
    const auto date = PartialDate::parse(QStringView(text), &error);
    EXPECT_TRUE(date.has_value()) << "\"" << QString::fromUtf16(text).toStdString() << "\": " << error.toStdString();
    return date.value_or(PartialDate());
}

QString rejection(const char16_t* text)
{
    QString error;
    const auto date = PartialDate::parse(QStringView(text), &error);
    EXPECT_FALSE(date.has_value()) << "\"" << QString::fromUtf16(text).toStdString() << "\" was accepted";
    EXPECT_FALSE(error.isEmpty());
    return error;
}

} // namespace

TEST(PartialDate, YearPrecisionCoversTheWholeYear)
{
    const PartialDate date = parsed(u"2021");
    EXPECT_EQ(date.precision(), PartialDate::Precision::Year);
    EXPECT_EQ(date.earliest(), QDate(2021, 1, 1));
    EXPECT_EQ(date.latest(), QDate(2021, 12, 31));
    EXPECT_FALSE(date.isApproximate());
    EXPECT_EQ(date.toEdtf(), u"2021");
}

TEST(PartialDate, MonthPrecisionCoversTheMonthIncludingLeapFebruary)
{
    const PartialDate september = parsed(u"2023-09");
    EXPECT_EQ(september.precision(), PartialDate::Precision::Month);
    EXPECT_EQ(september.earliest(), QDate(2023, 9, 1));
    EXPECT_EQ(september.latest(), QDate(2023, 9, 30));
    EXPECT_EQ(parsed(u"2024-02").latest(), QDate(2024, 2, 29));
    EXPECT_EQ(parsed(u"2023-02").latest(), QDate(2023, 2, 28));
}

TEST(PartialDate, DayPrecisionIsASingleDay)
{
    const PartialDate date = parsed(u"2023-09-22");
    EXPECT_EQ(date.precision(), PartialDate::Precision::Day);
    EXPECT_EQ(date.earliest(), QDate(2023, 9, 22));
    EXPECT_EQ(date.latest(), QDate(2023, 9, 22));
    EXPECT_EQ(date.toEdtf(), u"2023-09-22");
}

TEST(PartialDate, QualifiersRoundTrip)
{
    const PartialDate approximate = parsed(u"2024-06~");
    EXPECT_TRUE(approximate.isApproximate());
    EXPECT_FALSE(approximate.isUncertain());
    EXPECT_EQ(approximate.earliest(), QDate(2024, 6, 1));
    EXPECT_EQ(approximate.toEdtf(), u"2024-06~");
    EXPECT_EQ(parsed(u"2025~").toEdtf(), u"2025~");
    const PartialDate uncertain = parsed(u"2023?");
    EXPECT_TRUE(uncertain.isUncertain());
    EXPECT_FALSE(uncertain.isApproximate());
    EXPECT_EQ(uncertain.toEdtf(), u"2023?");
    const PartialDate both = parsed(u"2023-09-22%");
    EXPECT_TRUE(both.isUncertain() && both.isApproximate());
    EXPECT_EQ(both.toEdtf(), u"2023-09-22%");
}

TEST(PartialDate, EqualityComparesPrecisionAndQualifier)
{
    EXPECT_EQ(parsed(u"2023-09"), parsed(u"2023-09"));
    EXPECT_NE(parsed(u"2023-09"), parsed(u"2023-09~"));
    EXPECT_NE(parsed(u"2023"), parsed(u"2023-01"));
}

TEST(PartialDate, RejectsAMonthThatDoesNotExist)
{
    EXPECT_TRUE(rejection(u"2023-13").contains(u"month 13"));
    EXPECT_TRUE(rejection(u"2023-00").contains(u"month 0"));
    EXPECT_TRUE(rejection(u"2023-21").contains(u"season"));
}

TEST(PartialDate, RejectsADayThatDoesNotExist)
{
    const QString error = rejection(u"2023-02-30");
    EXPECT_TRUE(error.contains(u"February")) << error.toStdString();
    EXPECT_TRUE(error.contains(u"30")) << error.toStdString();
    rejection(u"2023-02-29");
    rejection(u"2023-04-31");
    EXPECT_EQ(parsed(u"2024-02-29").day(), 29);
}

TEST(PartialDate, RejectsTextThatIsNotADate)
{
    for (const char16_t* text : { u"abc", u"", u"23", u"2023-9", u"2023-09-1", u"2023/09", u" 2023", u"2023 ",
             u"2023~~", u"~2023", u"0000", u"2023-13-01", u"yesterday", u"2023-09-22T10:00", u"-2023", u"20233" })
        rejection(text);
}

TEST(PartialDate, BuildsFromParts)
{
    EXPECT_EQ(PartialDate::fromParts(2023, 9), parsed(u"2023-09"));
    EXPECT_EQ(PartialDate::fromDate(QDate(2024, 6, 25)), parsed(u"2024-06-25"));
    EXPECT_FALSE(PartialDate::fromParts(2023, 2, 30).isValid());
    EXPECT_FALSE(PartialDate::fromParts(0).isValid());
    EXPECT_FALSE(PartialDate().isValid());
    EXPECT_TRUE(PartialDate().toEdtf().isEmpty());
}
