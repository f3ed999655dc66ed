#include <crisis/core/support/numberscanner.h>

#include <QString>

#include <gtest/gtest.h>

using namespace crisis::core;

namespace {

QList<double> valuesIn(const char16_t* text)
{
    QList<double> values;
    for (const NumberMention& m : scanNumbers(QStringView(text)))
        values.append(m.value);
    return values;
}

} // namespace

TEST(NumberScanner, DigitsWithThousandsSeparatorsAndDecimals)
{
    EXPECT_EQ(valuesIn(u"a staggering 2,728 deliberate homicides"), QList<double>({ 2728 }));
    EXPECT_EQ(
        valuesIn(u"over 1,379 people were killed or injured, and 428 were kidnapped"), QList<double>({ 1379, 428 }));
    EXPECT_EQ(valuesIn(u"raised only $112.5 million."), QList<double>({ 112.5e6 }));
    EXPECT_EQ(valuesIn(u"1,000,000 figures"), QList<double>({ 1e6 }));
    // A comma that does not separate thousands ends the number.
    EXPECT_EQ(valuesIn(u"in 2023,24 cases"), QList<double>({ 2023, 24 }));
}

TEST(NumberScanner, ScaleWordsCurrencyAndPercent)
{
    const QList<NumberMention> mentions = scanNumbers(u"over $835 million, an estimated 80% and 11 million people");
    ASSERT_EQ(mentions.size(), 3);
    EXPECT_EQ(mentions.at(0).value, 835e6);
    EXPECT_TRUE(mentions.at(0).currency);
    EXPECT_EQ(mentions.at(0).start, 5);
    EXPECT_EQ(mentions.at(0).length, QStringLiteral("$835 million").size());
    EXPECT_EQ(mentions.at(1).value, 80);
    EXPECT_TRUE(mentions.at(1).percent);
    EXPECT_EQ(mentions.at(2).value, 11e6);
    EXPECT_EQ(valuesIn(u"1.5 million displaced"), QList<double>({ 1.5e6 }));
    EXPECT_TRUE(scanNumbers(u"12 percent").at(0).percent);
}

TEST(NumberScanner, NumberWordsAndFractions)
{
    const QList<NumberMention> six = scanNumbers(u"about 1,000 from six countries");
    ASSERT_EQ(six.size(), 2);
    EXPECT_EQ(six.at(1).value, 6);
    EXPECT_TRUE(six.at(1).words);
    EXPECT_EQ(valuesIn(u"half of whom are children"), QList<double>({ 0.5 }));
    EXPECT_EQ(valuesIn(u"Seven countries"), QList<double>({ 7 }));
    // Words that merely contain a number word are not numbers.
    EXPECT_TRUE(valuesIn(u"someone often listens to behalf of tension").isEmpty());
}

TEST(NumberScanner, ValueWrittenInQuote)
{
    EXPECT_TRUE(isValueWrittenIn(2728, u"2,728 deliberate homicides"));
    // Money written short.
    EXPECT_TRUE(isValueWrittenIn(40e6, u"has received $40m of"));
    EXPECT_TRUE(isValueWrittenIn(2e9, u"a $2bn fund"));
    EXPECT_FALSE(isValueWrittenIn(40, u"has received $40m of"));
    EXPECT_FALSE(isValueWrittenIn(40e6, u"$40 more"));
    EXPECT_TRUE(isValueWrittenIn(0.5, u"half of whom are children"));
    EXPECT_TRUE(isValueWrittenIn(0.5, u"50% of them"));
    EXPECT_TRUE(isValueWrittenIn(80, u"an estimated 80% of Port-au-Prince"));
    EXPECT_TRUE(isValueWrittenIn(625e6, u"up to $625 million from the Defense Department"));
    EXPECT_TRUE(isValueWrittenIn(11e6, u"a population of over 11 million"));
    EXPECT_FALSE(isValueWrittenIn(2782, u"2,728 deliberate homicides"));
    EXPECT_FALSE(isValueWrittenIn(1000, u"only about 5,000 officers"));
}
