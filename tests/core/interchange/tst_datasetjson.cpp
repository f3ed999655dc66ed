#include "testsupport.h"

#include <crisis/core/interchange/datasetjson.h>
#include <crisis/core/storage/revision.h>

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

// The single error of a parse.
Problem onlyError(const QByteArray& json)
{
    return crisis::test::onlyError(read(json).problems);
}

using Kind = Problem::Kind;
using crisis::test::locationOf;

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
    const Problem error = onlyError(json);
    EXPECT_EQ(error.kind, Kind::InvalidDate);
    EXPECT_EQ(locationOf(error), at(json, "\"2023-13-01\""));
    // The reader's reason goes with it, and the whole reads "FILE:LINE:COLUMN: detail".
    EXPECT_TRUE(error.detail.contains(u"month 13")) << error.detail.toStdString();
    EXPECT_EQ(error.toString(), at(json, "\"2023-13-01\"") + QStringLiteral(": ") + error.detail);
    const QByteArray words = replaced("\"period\": \"2024-06\"", "\"period\": \"yesterday\"");
    const Problem wordy = onlyError(words);
    EXPECT_EQ(wordy.kind, Kind::InvalidDate);
    EXPECT_EQ(locationOf(wordy), at(words, "\"yesterday\""));
}

TEST(DatasetJson, AValueThatIsNotANumberIsLocated)
{
    const QByteArray json = replaced("\"value\": 10", "\"value\": \"ten\"");
    const Problem error = onlyError(json);
    EXPECT_EQ(error.kind, Kind::InvalidValue);
    EXPECT_EQ(locationOf(error), at(json, "\"ten\""));
}

TEST(DatasetJson, TruncatedJsonNamesWhereItStops)
{
    QByteArray json = validJson();
    json.truncate(json.indexOf("\"events\""));
    const Problem error = onlyError(json);
    EXPECT_EQ(error.kind, Kind::Syntax);
    // The message a user reads names the file, then the line.
    EXPECT_TRUE(error.toString().startsWith(u"test.json:")) << error.toString().toStdString();
    EXPECT_TRUE(error.detail.contains(u"not valid JSON")) << error.detail.toStdString();
    EXPECT_GE(error.line, json.count('\n')) << "line of the error";
}

TEST(DatasetJson, WrongShapesAreRejected)
{
    EXPECT_EQ(onlyError("[1, 2]").kind, Kind::UnsupportedFormat);
    EXPECT_EQ(onlyError("{\"format\": \"other\"}").kind, Kind::UnsupportedFormat);
    EXPECT_EQ(onlyError("   \n").kind, Kind::EmptyFile);
    const QByteArray notArray = replaced("\"figures\": [", "\"figures\": \"none\", \"unused\": [");
    const Problem figures = onlyError(notArray);
    EXPECT_EQ(figures.kind, Kind::InvalidValue);
    EXPECT_EQ(locationOf(figures), at(notArray, "\"none\""));
    QByteArray noEvents = validJson();
    noEvents.truncate(noEvents.indexOf(",\n  \"events\""));
    noEvents += "\n}\n";
    const Problem missing = onlyError(noEvents);
    EXPECT_EQ(missing.kind, Kind::MissingField);
    EXPECT_TRUE(missing.detail.contains(u"\"events\"")) << "names the member";
}

TEST(DatasetJson, ANewerFormatVersionIsRefused)
{
    const QByteArray json = replaced("\"version\": 1", "\"version\": 7");
    const Problem newer = onlyError(json);
    EXPECT_EQ(newer.kind, Kind::UnsupportedFormat);
    EXPECT_EQ(locationOf(newer), at(json, "7"));
}

TEST(DatasetJson, DuplicateIdsAreReportedAtTheSecond)
{
    const QByteArray json = replaced("{\"id\": \"f2\"", "{\"id\": \"f1\"");
    const Problem error = onlyError(json);
    EXPECT_EQ(error.kind, Kind::DuplicateId);
    EXPECT_TRUE(error.detail.contains(u"\"f1\"")) << "names the id";
    const qsizetype second = json.indexOf("\"f1\"", json.indexOf("\"f1\"") + 1);
    EXPECT_EQ(error.line, json.left(second).count('\n') + 1);
}

TEST(DatasetJson, ReferencesMustResolve)
{
    const QByteArray noSource
        = replaced("\"source\": \"s1\", \"quote\": \"arrived\"", "\"source\": \"s9\", \"quote\": \"arrived\"");
    const Problem source = onlyError(noSource);
    EXPECT_EQ(source.kind, Kind::UnknownReference);
    EXPECT_EQ(locationOf(source), at(noSource, "\"s9\""));
    const QByteArray noParent = replaced("\"parent_id\": \"f1\"", "\"parent_id\": \"f7\"");
    const Problem parent = onlyError(noParent);
    EXPECT_EQ(parent.kind, Kind::UnknownReference);
    EXPECT_EQ(locationOf(parent), at(noParent, "\"f7\""));
    // f1 -> f2 -> f1
    const auto cycle = read(replaced("\"parent_id\": null", "\"parent_id\": \"f2\""));
    EXPECT_FALSE(cycle.ok());
    EXPECT_EQ(cycle.problems.value(0).kind, Kind::ParentCycle)
        << crisis::test::problemsText(cycle.problems).toStdString();
}

TEST(DatasetJson, VocabularyIsChecked)
{
    // Each at the value that is wrong.
    const auto check = [](const QByteArray& json, const char* value, Kind kind) {
        const Problem error = onlyError(json);
        EXPECT_EQ(error.kind, kind) << value;
        EXPECT_EQ(locationOf(error), at(json, value));
    };
    check(replaced("\"metric\": \"homicides\", \"value\": 10", "\"metric\": \"deaths\", \"value\": 10"), "\"deaths\"",
        Kind::UnknownReference);
    check(replaced("\"qualifier\": \"over\"", "\"qualifier\": \"maybe\""), "\"maybe\"", Kind::InvalidValue);
    check(replaced("\"status\": \"actual\",\n     \"period\": \"2024-04/2024-06\", \"parent_id\": null",
              "\"status\": \"rumoured\",\n     \"period\": \"2024-04/2024-06\", \"parent_id\": null"),
        "\"rumoured\"", Kind::InvalidValue);
    check(replaced("security_deployment", "war"), "\"war\"", Kind::InvalidValue);
    check(replaced("\"quote_offset\": 30", "\"quote_offset\": -1"), "-1", Kind::InvalidValue);
    check(replaced("\"citations\": [{\"source\": \"s1\", \"quote\": \"arrived\", \"quote_offset\": 30}]",
              "\"citations\": []"),
        "[]", Kind::MissingField);
}

TEST(DatasetJson, AnInferredDateNeedsItsReason)
{
    const QByteArray json = replaced("\"period\": \"2024-06\",", "\"period\": \"2024-06\", \"period_inferred\": true,");
    const Problem error = onlyError(json);
    EXPECT_EQ(error.kind, Kind::MissingField);
    EXPECT_TRUE(error.detail.contains(u"note")) << "says what is missing";
}

TEST(DatasetJson, UnknownMembersAreWarningsNotErrors)
{
    const auto result = read(replaced("\"qualifier\": \"over\"", "\"qualifier\": \"over\", \"qualifer\": \"x\""));
    EXPECT_TRUE(result.ok());
    ASSERT_EQ(result.problems.size(), 1);
    EXPECT_EQ(result.problems.at(0).severity, Problem::Severity::Warning);
    EXPECT_EQ(result.problems.at(0).kind, Kind::Ignored);
    EXPECT_TRUE(result.problems.at(0).detail.contains(u"\"qualifer\"")) << "names the member";
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
    const Problem step = onlyError(unknown);
    EXPECT_EQ(step.kind, Kind::UnknownReference);
    EXPECT_EQ(locationOf(step), at(unknown, "\"e9\""));
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
    EXPECT_EQ(result.problems.last().kind, Kind::MoreProblems);
    EXPECT_EQ(crisis::test::problemsOfKind(result.problems, Kind::MoreProblems).size(), 1);
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
    const Problem error = onlyError(unknown);
    EXPECT_EQ(error.kind, Kind::InvalidValue);
    EXPECT_EQ(locationOf(error), at(unknown, "\"rumoured\""));
}

TEST(DatasetJson, DatasetsEqualOnlyWhenTheirStoriesDoToo)
{
    Dataset a = read(validJson()).value;
    a.stories = { Story { QStringLiteral("s1"), QStringLiteral("Lesson"), { { QStringLiteral("e1"), QString() } } } };
    Dataset b = a;
    EXPECT_EQ(a, b);
    b.stories.first().steps.first().note = QStringLiteral("Start here");
    EXPECT_NE(a, b) << "a story step's note";
    b.stories.clear();
    EXPECT_NE(a, b) << "the stories";
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

TEST(DatasetJson, ARecordsValuesBeforeAndAfterAreComparedFieldByFieldInItsOwnOrder)
{
    // What a history shows of an edit: the members that differ, in the order the record's JSON gives them.
    const Dataset bundled = bundledDataset();
    const Figure figure = bundled.figures.at(3);
    Figure corrected = figure;
    corrected.value = 1379;
    corrected.note = QStringLiteral("A \"quoted\": note, with a colon");
    corrected.parentId.clear();
    const QList<FieldChange> fields
        = fieldChanges({ RecordKind::Figure, figure.id, recordJson(figure), recordJson(corrected) });
    QStringList names;
    for (const FieldChange& field : fields)
        names.append(field.field);
    QStringList expected { QStringLiteral("value") };
    if (!figure.parentId.isEmpty())
        expected.append(QStringLiteral("parent_id"));
    if (figure.note != corrected.note)
        expected.append(QStringLiteral("note"));
    EXPECT_EQ(names, expected);
    EXPECT_EQ(fields.first().after, u"1379") << "a whole number as our JSON writes it";
    EXPECT_EQ(fields.constLast().after, corrected.note);
    // An event's lists: compact JSON; a record removed: every member before, nothing after.
    const Event event = bundled.events.first();
    Event moved = event;
    moved.actors.append(QStringLiteral("Kenya"));
    const QList<FieldChange> eventFields
        = fieldChanges({ RecordKind::Event, event.id, recordJson(event), recordJson(moved) });
    ASSERT_EQ(eventFields.size(), 1);
    EXPECT_EQ(eventFields.first().field, u"actors");
    EXPECT_TRUE(eventFields.first().after.startsWith(u'[') && eventFields.first().after.endsWith(u"\"Kenya\"]"))
        << eventFields.first().after.toStdString();
    const QList<FieldChange> removed = fieldChanges({ RecordKind::Event, event.id, recordJson(event), {} });
    EXPECT_EQ(removed.first().field, u"id");
    EXPECT_EQ(removed.first().before, event.id);
    EXPECT_TRUE(removed.first().after.isEmpty());
    // Saved unchanged: nothing differs.
    EXPECT_TRUE(fieldChanges({ RecordKind::Figure, figure.id, recordJson(figure), recordJson(figure) }).isEmpty());
}
