#include <crisis/core/support/englishdates.h>

#include <gtest/gtest.h>

using namespace crisis::core;

TEST(EnglishDates, AMonthIsItsNameInFullOrAbbreviated)
{
    EXPECT_EQ(englishMonthNumber(u"September"), 9);
    EXPECT_EQ(englishMonthNumber(u"Sept."), 9);
    EXPECT_EQ(englishMonthNumber(u"sep"), 9);
    EXPECT_EQ(englishMonthNumber(u"MAY"), 5);
    EXPECT_EQ(englishMonthNumber(u"Jan."), 1);
    // Not a month: a word that only begins like one, a name, too short a start.
    EXPECT_EQ(englishMonthNumber(u"Septem"), 0);
    EXPECT_EQ(englishMonthNumber(u"Marovia"), 0);
    EXPECT_EQ(englishMonthNumber(u"Ma"), 0);
    EXPECT_EQ(englishMonthNumber(u""), 0);
}

TEST(EnglishDates, ADateWrittenOutIsReadToItsPrecision)
{
    EXPECT_EQ(parseEnglishDate(u"17 May 2013"), PartialDate::fromParts(2013, 5, 17));
    EXPECT_EQ(parseEnglishDate(u"17-May-2013"), PartialDate::fromParts(2013, 5, 17));
    EXPECT_EQ(parseEnglishDate(u"17th May 2013"), PartialDate::fromParts(2013, 5, 17));
    EXPECT_EQ(parseEnglishDate(u"May 17, 2013"), PartialDate::fromParts(2013, 5, 17));
    EXPECT_EQ(parseEnglishDate(u" Sept. 2013 "), PartialDate::fromParts(2013, 9));
}

TEST(EnglishDates, WhatIsNotADateIsNothing)
{
    EXPECT_FALSE(parseEnglishDate(u"31 June 2013")) << "June has 30 days";
    EXPECT_FALSE(parseEnglishDate(u"29 Feb 2023"));
    EXPECT_TRUE(parseEnglishDate(u"29 Feb 2024"));
    EXPECT_FALSE(parseEnglishDate(u"17 Marovia 2013"));
    EXPECT_FALSE(parseEnglishDate(u"2013-05-17")) << "ISO dates are read elsewhere";
    EXPECT_FALSE(parseEnglishDate(u"yesterday"));
    EXPECT_FALSE(parseEnglishDate(u""));
}
