#include <crisis/core/support/jsonwriter.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using crisis::core::JsonWriter;

TEST(JsonWriter, KeepsKeyOrderAndIndentsTwoSpaces)
{
    JsonWriter out;
    out.beginObject();
    out.field(u"zeta", 1);
    out.key(u"alpha").beginArray();
    out.value(u"x");
    out.null();
    out.endArray();
    out.key(u"empty").beginArray().endArray();
    out.field(u"ok", true);
    out.endObject();
    EXPECT_EQ(out.toJson(),
        QByteArray(
            "{\n  \"zeta\": 1,\n  \"alpha\": [\n    \"x\",\n    null\n  ],\n  \"empty\": [],\n  \"ok\": true\n}\n"));
}

TEST(JsonWriter, EscapesInvisibleCharactersAndKeepsTheRest)
{
    QByteArray out;
    JsonWriter::appendString(out, QStringLiteral("a\u00a0b \u201cq\u201d \u2028 \"\\\n\t Mo\u00efse \U0001F600"));
    EXPECT_EQ(out,
        QByteArray("\"a\\u00a0b \xE2\x80\x9Cq\xE2\x80\x9D \\u2028 \\\"\\\\\\n\\t Mo\xC3\xAFse \xF0\x9F\x98\x80\""));
    // And what it writes reads back as the same text.
    const QJsonDocument doc = QJsonDocument::fromJson("{\"t\": " + out + "}");
    EXPECT_EQ(doc.object().value(u"t").toString(),
        QStringLiteral("a\u00a0b \u201cq\u201d \u2028 \"\\\n\t Mo\u00efse \U0001F600"));
}

TEST(JsonWriter, NumbersAreShortestAndExact)
{
    EXPECT_EQ(JsonWriter::formatNumber(2728), "2728");
    EXPECT_EQ(JsonWriter::formatNumber(835000000), "835000000");
    EXPECT_EQ(JsonWriter::formatNumber(112.5), "112.5");
    EXPECT_EQ(JsonWriter::formatNumber(0.5), "0.5");
    EXPECT_EQ(JsonWriter::formatNumber(0.1), "0.1");
    EXPECT_EQ(JsonWriter::formatNumber(-3), "-3");
    EXPECT_EQ(JsonWriter::formatNumber(1e300), "1e+300");
    EXPECT_EQ(QByteArray::number(
                  QJsonDocument::fromJson("[" + JsonWriter::formatNumber(1.0 / 3.0) + "]").array().at(0).toDouble()
                  == 1.0 / 3.0),
        "1");
}
