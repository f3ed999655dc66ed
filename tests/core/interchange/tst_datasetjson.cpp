#include "testsupport.h"

#include <crisis/core/interchange/datasetjson.h>

#include <gtest/gtest.h>

using namespace crisis::core;

namespace {

// A small valid dataset; tests replace parts of it to make it wrong.
QByteArray validJson()
{
    return QByteArray(R"({
  "format": "crisis-timeline-dataset",
  "version": 1,
  "title": "Test",
  "sources": [
    {"id": "s1", "document": "a.txt", "outlet": "Outlet", "published": "2024-09-22"}
  ],
  "figures": [
    {"id": "f1", "metric": "homicides", "value": 10, "qualifier": "over", "subject": "Haiti", "status": "actual",
     "period": "2024-04/2024-06", "parent_id": null, "source": "s1", "quote": "over 10 killed", "quote_offset": 0},
    {"id": "f2", "metric": "homicides", "value": 4, "subject": "Haiti", "status": "actual",
     "period": "2024-04/2024-06", "parent_id": "f1", "subgroup": "women", "source": "s1", "quote": "4 women",
     "quote_offset": 20}
  ],
  "events": [
    {"id": "e1", "period": "2024-06", "title": "Arrival", "category": "security_deployment",
     "citations": [{"source": "s1", "quote": "arrived", "quote_offset": 30}]}
  ]
}
)");
}

ParseResult<Dataset> read(const QByteArray& json)
{
    return readDatasetJson(json, QStringLiteral("test.json"));
}

// The single error of a parse, as "FILE:LINE:COLUMN: detail".
QString onlyError(const QByteArray& json)
{
    const auto result = read(json);
    QStringList errors;
    for (const Problem& p : result.problems)
        if (p.severity == Problem::Severity::Error)
            errors.append(p.toString());
    EXPECT_EQ(errors.size(), 1) << errors.join(u'\n').toStdString();
    return errors.value(0);
}

QByteArray replaced(const char* before, const char* after)
{
    QByteArray json = validJson();
    EXPECT_TRUE(json.contains(before)) << before;
    json.replace(before, after);
    return json;
}

// "test.json:LINE:COLUMN" of the first occurrence of `needle` in json.
QString at(const QByteArray& json, const char* needle)
{
    const qsizetype offset = json.indexOf(needle);
    const qsizetype lineStart = json.lastIndexOf('\n', offset) + 1;
    return QStringLiteral("test.json:%1:%2").arg(json.left(offset).count('\n') + 1).arg(offset - lineStart + 1);
}

} // namespace

TEST(DatasetJson, ReadsAValidDataset)
{
    const auto result = read(validJson());
    ASSERT_TRUE(result.ok()) << result.problems.value(0).toString().toStdString();
    EXPECT_TRUE(result.problems.isEmpty());
    ASSERT_EQ(result.value.figures.size(), 2);
    const Figure& f2 = result.value.figures.at(1);
    EXPECT_EQ(f2.parentId, u"f1");
    EXPECT_EQ(f2.subgroup, u"women");
    EXPECT_EQ(f2.period.lengthInDays(), 91);
    EXPECT_EQ(result.value.events.at(0).citations.at(0).offset, 30);
    EXPECT_EQ(result.value.sources.at(0).published, PartialDate::fromParts(2024, 9, 22));
}

TEST(DatasetJson, WriterOutputReadsBackToTheSameDataset)
{
    const Dataset original = read(validJson()).value;
    const QByteArray written = writeDatasetJson(original);
    const auto again = read(written);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value, original);
    EXPECT_EQ(writeDatasetJson(again.value), written);
}

TEST(DatasetJson, TheBundledFileIsInCanonicalForm)
{
    // What we ship is exactly what our writer writes, so a diff of an edit shows only the edit.
    const QByteArray file = crisis::test::sourceFile(QStringLiteral("resources/data/haiti.json"));
    const auto parsed = read(file);
    ASSERT_TRUE(parsed.ok()) << parsed.problems.value(0).toString().toStdString();
    EXPECT_TRUE(parsed.problems.isEmpty()) << parsed.problems.value(0).toString().toStdString();
    EXPECT_EQ(writeDatasetJson(parsed.value), file);
}

TEST(DatasetJson, ADateThatIsNotADateIsLocated)
{
    const QByteArray json = replaced("\"period\": \"2024-06\"", "\"period\": \"2023-13-01\"");
    const QString error = onlyError(json);
    EXPECT_TRUE(error.startsWith(at(json, "\"2023-13-01\"") + u':')) << error.toStdString();
    EXPECT_TRUE(error.contains(u"month 13")) << error.toStdString();
    const QByteArray words = replaced("\"period\": \"2024-06\"", "\"period\": \"yesterday\"");
    EXPECT_TRUE(onlyError(words).startsWith(at(words, "\"yesterday\"") + u':'));
}

TEST(DatasetJson, AValueThatIsNotANumberIsLocated)
{
    const QByteArray json = replaced("\"value\": 10", "\"value\": \"ten\"");
    const QString error = onlyError(json);
    EXPECT_TRUE(error.startsWith(at(json, "\"ten\"") + u':')) << error.toStdString();
    EXPECT_TRUE(error.contains(u"must be a number"));
}

TEST(DatasetJson, TruncatedJsonNamesWhereItStops)
{
    QByteArray json = validJson();
    json.truncate(json.indexOf("\"events\""));
    const QString error = onlyError(json);
    EXPECT_TRUE(error.startsWith(u"test.json:")) << error.toStdString();
    EXPECT_TRUE(error.contains(u"not valid JSON")) << error.toStdString();
    const QStringList parts = error.split(u':');
    EXPECT_GE(parts.value(1).toInt(), json.count('\n')) << "line of the error";
}

TEST(DatasetJson, WrongShapesAreRejected)
{
    EXPECT_TRUE(onlyError("[1, 2]").contains(u"expected a dataset object"));
    EXPECT_TRUE(onlyError("{\"format\": \"other\"}").contains(u"not a Crisis Timeline dataset"));
    EXPECT_TRUE(onlyError("   \n").contains(u"empty"));
    EXPECT_TRUE(onlyError(replaced("\"figures\": [", "\"figures\": \"none\", \"unused\": ["))
                    .contains(u"\"figures\" must be an array"));
    QByteArray noEvents = validJson();
    noEvents.truncate(noEvents.indexOf(",\n  \"events\""));
    noEvents += "\n}\n";
    EXPECT_TRUE(onlyError(noEvents).contains(u"missing \"events\""));
}

TEST(DatasetJson, ANewerFormatVersionIsRefused)
{
    EXPECT_TRUE(onlyError(replaced("\"version\": 1", "\"version\": 7")).contains(u"newer"));
}

TEST(DatasetJson, DuplicateIdsAreReportedAtTheSecond)
{
    const QByteArray json = replaced("{\"id\": \"f2\"", "{\"id\": \"f1\"");
    const QString error = onlyError(json);
    EXPECT_TRUE(error.contains(u"duplicate figure id \"f1\"")) << error.toStdString();
    const qsizetype second = json.indexOf("\"f1\"", json.indexOf("\"f1\"") + 1);
    EXPECT_TRUE(error.startsWith(QStringLiteral("test.json:%1:").arg(json.left(second).count('\n') + 1)));
}

TEST(DatasetJson, ReferencesMustResolve)
{
    EXPECT_TRUE(
        onlyError(replaced("\"source\": \"s1\", \"quote\": \"arrived\"", "\"source\": \"s9\", \"quote\": \"arrived\""))
            .contains(u"source \"s9\" does not exist"));
    EXPECT_TRUE(onlyError(replaced("\"parent_id\": \"f1\"", "\"parent_id\": \"f7\""))
                    .contains(u"parent figure \"f7\" does not exist"));
    // f1 -> f2 -> f1
    const auto cycle = read(replaced("\"parent_id\": null", "\"parent_id\": \"f2\""));
    EXPECT_FALSE(cycle.ok());
    EXPECT_TRUE(cycle.problems.value(0).detail.contains(u"its own ancestor"));
}

TEST(DatasetJson, VocabularyIsChecked)
{
    EXPECT_TRUE(onlyError(replaced("\"metric\": \"homicides\", \"value\": 10", "\"metric\": \"deaths\", \"value\": 10"))
                    .contains(u"unknown metric \"deaths\""));
    EXPECT_TRUE(
        onlyError(replaced("\"qualifier\": \"over\"", "\"qualifier\": \"maybe\"")).contains(u"unknown qualifier"));
    EXPECT_TRUE(onlyError(replaced("\"status\": \"actual\",\n     \"period\": \"2024-04/2024-06\", \"parent_id\": null",
                              "\"status\": \"rumoured\",\n     \"period\": \"2024-04/2024-06\", \"parent_id\": null"))
                    .contains(u"unknown status"));
    EXPECT_TRUE(onlyError(replaced("security_deployment", "war")).contains(u"unknown category"));
    EXPECT_TRUE(onlyError(replaced("\"quote_offset\": 30", "\"quote_offset\": -1")).contains(u"quote_offset"));
    EXPECT_TRUE(
        onlyError(replaced("\"citations\": [{\"source\": \"s1\", \"quote\": \"arrived\", \"quote_offset\": 30}]",
                      "\"citations\": []"))
            .contains(u"at least one citation"));
}

TEST(DatasetJson, AnInferredDateNeedsItsReason)
{
    EXPECT_TRUE(onlyError(replaced("\"period\": \"2024-06\",", "\"period\": \"2024-06\", \"period_inferred\": true,"))
                    .contains(u"needs a note"));
}

TEST(DatasetJson, UnknownMembersAreWarningsNotErrors)
{
    const auto result = read(replaced("\"qualifier\": \"over\"", "\"qualifier\": \"over\", \"qualifer\": \"x\""));
    EXPECT_TRUE(result.ok());
    ASSERT_EQ(result.problems.size(), 1);
    EXPECT_EQ(result.problems.at(0).severity, Problem::Severity::Warning);
    EXPECT_TRUE(result.problems.at(0).toString().contains(u"unknown member \"qualifer\""));
}

TEST(DatasetJson, CustomMetricsAreDefinedInTheFile)
{
    QByteArray json = replaced("\"sources\": [",
        "\"metrics\": [{\"key\": \"schools_closed\", \"label\": \"Schools closed\", \"unit\": \"schools\", "
        "\"kind\": \"stock\", \"hxl\": \"#output+schools+closed\"}],\n  \"sources\": [");
    json.replace("\"metric\": \"homicides\", \"value\": 10", "\"metric\": \"schools_closed\", \"value\": 10");
    const auto result = read(json);
    ASSERT_TRUE(result.ok()) << result.problems.value(0).toString().toStdString();
    ASSERT_EQ(result.value.metrics.size(), 1);
    EXPECT_EQ(result.value.metrics.at(0).kind, Metric::Kind::Stock);
    EXPECT_EQ(read(writeDatasetJson(result.value)).value, result.value);
}

TEST(DatasetJson, StoriesRoundTripAndNameRealEvents)
{
    QByteArray json = validJson();
    json.replace("\n  ]\n}\n",
        "\n  ],\n  \"stories\": [{\"id\": \"s1\", \"title\": \"Lesson\", \"steps\": "
        "[{\"event\": \"e1\", \"note\": \"Start here\"}]}]\n}\n");
    const auto result = read(json);
    ASSERT_TRUE(result.ok()) << result.problems.value(0).toString().toStdString();
    ASSERT_EQ(result.value.stories.size(), 1);
    EXPECT_EQ(result.value.stories.first().steps.first().note, u"Start here");
    EXPECT_EQ(read(writeDatasetJson(result.value)).value, result.value);
    QByteArray unknown = json;
    unknown.replace("\"event\": \"e1\"", "\"event\": \"e9\"");
    EXPECT_TRUE(onlyError(unknown).contains(u"event \"e9\" does not exist"));
}

TEST(DatasetJson, ManyErrorsStopAtALimit)
{
    QByteArray json = "{\"format\": \"crisis-timeline-dataset\", \"version\": 1, \"sources\": [], \"events\": [], "
                      "\"figures\": [";
    for (int i = 0; i < 500; ++i)
        json += (i ? "," : "") + QByteArray("{\"id\": \"x\"}");
    json += "]}";
    const auto result = read(json);
    EXPECT_FALSE(result.ok());
    EXPECT_LE(result.problems.size(), 101);
    EXPECT_TRUE(result.problems.last().detail.contains(u"too many problems"));
}

TEST(DatasetJson, AnEventIsOccurredExpectedOrProposed)
{
    // Without a status, an event happened.
    const auto plain = read(validJson());
    ASSERT_TRUE(plain.ok());
    EXPECT_EQ(plain.value.events.constFirst().status, EventStatus::Occurred);
    const QByteArray expected = replaced(
        "\"category\": \"security_deployment\",", "\"category\": \"security_deployment\", \"status\": \"expected\",");
    const auto read1 = read(expected);
    ASSERT_TRUE(read1.ok()) << crisis::test::problemsText(read1.problems).toStdString();
    EXPECT_EQ(read1.value.events.constFirst().status, EventStatus::Expected);
    // Written, and read back the same.
    const QByteArray written = writeDatasetJson(read1.value);
    EXPECT_TRUE(written.contains("\"status\": \"expected\"")) << written.toStdString();
    EXPECT_EQ(read(written).value, read1.value);
    Dataset proposed = read1.value;
    proposed.events.first().status = EventStatus::Proposed;
    EXPECT_NE(proposed, read1.value) << "an event's status is part of what it is";
    EXPECT_EQ(read(writeDatasetJson(proposed)).value.events.constFirst().status, EventStatus::Proposed);
    // An unknown status is an error where it stands.
    const QByteArray unknown = replaced(
        "\"category\": \"security_deployment\",", "\"category\": \"security_deployment\", \"status\": \"rumoured\",");
    const QString error = onlyError(unknown);
    EXPECT_TRUE(error.contains(u"unknown event status \"rumoured\"")) << error.toStdString();
    EXPECT_TRUE(error.startsWith(at(unknown, "\"rumoured\""))) << error.toStdString();
}

TEST(DatasetJson, EventsEqualOnlyWhenEveryFieldIs)
{
    Event a;
    a.id = QStringLiteral("e1");
    a.charts = { QStringLiteral("deployment") };
    Event b = a;
    EXPECT_EQ(a, b);
    b.charts.clear();
    EXPECT_NE(a, b) << "the charts an event is marked on";
    b = a;
    b.status = EventStatus::Expected;
    EXPECT_NE(a, b);
}
