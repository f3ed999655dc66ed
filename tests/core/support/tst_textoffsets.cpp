#include <crisis/core/support/textoffsets.h>
#include <crisis/core/support/textposition.h>

#include <QList>

#include <gtest/gtest.h>

using namespace crisis::core;

TEST(TextOffsets, CodePointsAreNotUtf16Units)
{
    // U+1F600 takes two UTF-16 units but is one character.
    const QString text = QStringLiteral("a\U0001F600b c");
    EXPECT_EQ(text.size(), 6);
    EXPECT_EQ(codePointLength(text), 5);
    EXPECT_EQ(utf16IndexOfCodePoint(text, 2), 3);
    EXPECT_EQ(text.at(utf16IndexOfCodePoint(text, 2)), u'b');
    EXPECT_EQ(codePointOffsetOfIndex(text, 3), 2);
    EXPECT_EQ(utf16IndexOfCodePoint(text, 5), 6);
    EXPECT_EQ(utf16IndexOfCodePoint(text, 6), -1);
    EXPECT_EQ(utf16IndexOfCodePoint(text, -1), -1);
}

TEST(TextOffsets, StrictUtf8KeepsTheByteOrderMarkAndRejectsInvalidBytes)
{
    const auto withBom = decodeUtf8Strict(QByteArray("\xEF\xBB\xBFHaiti"));
    ASSERT_TRUE(withBom.has_value());
    EXPECT_EQ(withBom->size(), 6);
    EXPECT_EQ(withBom->at(0), QChar(0xFEFF));
    EXPECT_FALSE(decodeUtf8Strict(QByteArray("Ha\xFFiti")).has_value());
    EXPECT_FALSE(decodeUtf8Strict(QByteArray("caf\xE9")).has_value()); // Latin-1
    EXPECT_EQ(decodeUtf8Strict(QByteArray("Mo\xC3\xAFse")).value(), QStringLiteral("Mo\u00efse"));
}

TEST(TextPosition, LinesAndColumnsCountCharactersNotBytes)
{
    const QByteArray text("ab\n\xC3\xA9t\xC3\xA9 x\n");
    EXPECT_EQ(textPositionOfByteOffset(text, 0).line, 1);
    EXPECT_EQ(textPositionOfByteOffset(text, 0).column, 1);
    const TextPosition x = textPositionOfByteOffset(text, text.indexOf('x'));
    EXPECT_EQ(x.line, 2);
    EXPECT_EQ(x.column, 5);
}

TEST(TextPosition, ManyIndexesInOneTextAgreeWithOneAtATime)
{
    const QString text = QString::fromUtf16(u"ab\n\U0001F600t\u00e9 x\n\nlast line");
    const TextIndexPositions positions(text);
    // In order, out of order, and past the end: the same as asking one at a time.
    for (const qsizetype index : { 0, 1, 2, 3, 5, 7, 8, 9, 10, 14, 3, 0, 200 }) {
        const TextPosition one = textPositionOfIndex(text, index);
        const TextPosition many = positions.at(index);
        EXPECT_EQ(many.line, one.line) << index;
        EXPECT_EQ(many.column, one.column) << index;
    }
    // The emoji is one character: "t" after it stands in column 2 of line 2.
    EXPECT_EQ(positions.at(text.indexOf(u't')).line, 2);
    EXPECT_EQ(positions.at(text.indexOf(u't')).column, 2);
}

TEST(TextPosition, LocatesJsonPointers)
{
    const QByteArray json = "{\n"
                            "  \"a\": [1, {\"b\": \"x\\\"y\"}, 3],\n"
                            "  \"c~d\": {\"e/f\": true}\n"
                            "}\n";
    EXPECT_EQ(locateJsonPointer(json, u"").line, 1);
    const TextPosition third = locateJsonPointer(json, u"/a/2");
    EXPECT_EQ(third.line, 2);
    EXPECT_EQ(third.column, json.split('\n').at(1).indexOf('3') + 1);
    const TextPosition b = locateJsonPointer(json, u"/a/1/b");
    EXPECT_EQ(b.column, json.split('\n').at(1).indexOf("\"x") + 1);
    const TextPosition escaped = locateJsonPointer(json, u"/c~0d/e~1f");
    EXPECT_EQ(escaped.line, 3);
    EXPECT_EQ(escaped.column, json.split('\n').at(2).indexOf("true") + 1);
    // A member that does not exist is reported at its object.
    const TextPosition missing = locateJsonPointer(json, u"/a/1/zzz");
    EXPECT_EQ(missing.column, json.split('\n').at(1).indexOf("{\"b") + 1);
}
