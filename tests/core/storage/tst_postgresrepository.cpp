// What the PostgreSQL backend does beyond the storage contract: databases it must leave alone, servers it cannot
// reach, and writers at the same time. Runs on the server CRISIS_TEST_POSTGRES names (scripts/test.sh starts one).

#include "storescratch.h"
#include "testsupport.h"

#include <crisis/core/interchange/datasetjson.h>
#include <crisis/core/interchange/importing.h>
#include <crisis/core/interchange/tablemapping.h>
#include <crisis/core/storage/changefeed.h>

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <gtest/gtest.h>

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <netinet/in.h>
#include <set>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace crisis::core;

namespace {

class PostgresRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString why;
        m_scratch = crisis::test::postgresBackend().scratch(&why);
        if (!m_scratch)
            GTEST_SKIP() << "no PostgreSQL server: " << why.toStdString();
    }

    /// Runs statements on a store's database on a connection of the test's own.
    void run(const StoreLocation& location, const QStringList& statements)
    {
        const QString name = QStringLiteral("crisis-test-raw");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setConnectOptions(crisis::test::postgresOptions(location));
            ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
            QSqlQuery query(db);
            for (const QString& statement : statements)
                EXPECT_TRUE(query.exec(statement))
                    << statement.toStdString() << ": " << query.lastError().text().toStdString();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    /// The tables in a store's database, and the rows of one of them.
    QStringList tables(const StoreLocation& location)
    {
        QStringList found;
        const QString name = QStringLiteral("crisis-test-tables");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setConnectOptions(crisis::test::postgresOptions(location));
            if (db.open()) {
                QSqlQuery query(db);
                query.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"));
                while (query.next())
                    found.append(query.value(0).toString());
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return found;
    }

    std::unique_ptr<crisis::test::StoreScratch> m_scratch;
};

} // namespace

TEST_F(PostgresRepositoryTest, AnotherApplicationsDatabaseIsRefusedAndLeftAsItWas)
{
    const StoreLocation location = m_scratch->location(QStringLiteral("foreign"));
    run(location,
        { QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total NUMERIC)"),
            QStringLiteral("INSERT INTO invoices VALUES (1, 99.5)") });
    for (const OpenMode mode : { OpenMode::ReadOnly, OpenMode::Existing, OpenMode::CreateWithBundledDataset }) {
        const auto opened = openRepository(location, mode);
        ASSERT_FALSE(opened.ok());
        EXPECT_EQ(opened.error().code, Error::Code::NotCrisisDatabase);
        EXPECT_TRUE(opened.error().message.contains(u"invoices")) << opened.error().message.toStdString();
        EXPECT_TRUE(opened.error().message.contains(location.toString())) << opened.error().message.toStdString();
    }
    const auto created = createRepository(location, Snapshot::fromDataset(bundledDataset()));
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(tables(location), QStringList { QStringLiteral("invoices") });
}

TEST_F(PostgresRepositoryTest, ANewerSchemaIsRefusedAndLeftAsItWas)
{
    const StoreLocation location = m_scratch->location(QStringLiteral("newer"));
    ASSERT_TRUE(openRepository(location, OpenMode::CreateEmpty).ok());
    run(location, { QStringLiteral("UPDATE crisis_timeline SET value = '99' WHERE key = 'schema_version'") });
    const QStringList before = tables(location);
    const auto opened = openRepository(location, OpenMode::Existing);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::NewerSchema);
    EXPECT_TRUE(opened.error().message.contains(u"schema 99")) << opened.error().message.toStdString();
    // The location as it is, its %2F included (a socket folder in a URI).
    EXPECT_TRUE(opened.error().message.startsWith(location.toString())) << opened.error().message.toStdString();
    EXPECT_EQ(tables(location), before);
}

TEST_F(PostgresRepositoryTest, AnEmptyDatabaseIsOnlySetUpByAModeThatCreates)
{
    const StoreLocation location = m_scratch->location(QStringLiteral("empty"));
    for (const OpenMode mode : { OpenMode::ReadOnly, OpenMode::Existing }) {
        const auto opened = openRepository(location, mode);
        ASSERT_FALSE(opened.ok());
        EXPECT_EQ(opened.error().code, Error::Code::NotFound);
        EXPECT_TRUE(opened.error().message.contains(u"is empty")) << opened.error().message.toStdString();
    }
    EXPECT_TRUE(tables(location).isEmpty());
}

TEST_F(PostgresRepositoryTest, AServerThatCannotBeReachedOrADatabaseThatDoesNotExistIsSaid)
{
    StoreLocation::Parameters missing;
    const StoreLocation existing = m_scratch->location(QStringLiteral("x"));
    for (const auto& parameter : existing.parameters()) {
        if (parameter.first != u"dbname")
            missing.append(parameter);
    }
    missing.append({ QStringLiteral("dbname"), QStringLiteral("no_such_database") });
    const auto absent = openRepository(StoreLocation::server(missing), OpenMode::CreateWithBundledDataset);
    ASSERT_FALSE(absent.ok());
    EXPECT_EQ(absent.error().code, Error::Code::NotFound);
    EXPECT_TRUE(absent.error().message.contains(u"no_such_database")) << absent.error().message.toStdString();
    EXPECT_TRUE(absent.error().message.contains(u"does not exist")) << absent.error().message.toStdString();

    const auto unreachable = openRepository(
        StoreLocation::parse(QStringLiteral("host=/nonexistent/socket/folder dbname=haiti connect_timeout=2")).value(),
        OpenMode::ReadOnly);
    ASSERT_FALSE(unreachable.ok());
    EXPECT_TRUE(unreachable.error().message.contains(u"/nonexistent/socket/folder"))
        << unreachable.error().message.toStdString();
    EXPECT_TRUE(unreachable.error().message.contains(u"cannot connect")) << unreachable.error().message.toStdString();
}

TEST_F(PostgresRepositoryTest, TwoWritersAtOnceAreBothWrittenWholeWithoutCollidingPlaces)
{
    const StoreLocation location = m_scratch->location(QStringLiteral("writers"));
    ASSERT_TRUE(openRepository(location, OpenMode::CreateWithBundledDataset).ok());
    // Two programs each add 300 figures and each apply 20 changes, at the same time, each on its own connection.
    const auto writer = [&](const char* prefix, bool* ok) {
        auto repository = openRepository(location, OpenMode::Existing);
        if (!repository) {
            *ok = false;
            return;
        }
        Dataset more;
        for (int i = 0; i < 300; ++i) {
            Figure figure = bundledDataset().figures.first();
            figure.id = QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(i);
            more.figures.append(figure);
        }
        *ok = repository.value()->add(more).ok();
        for (int i = 0; i < 20 && *ok; ++i) {
            ChangeSet change;
            Figure figure = bundledDataset().figures.first();
            figure.id = QStringLiteral("%1-change-%2").arg(QLatin1String(prefix)).arg(i);
            change.putFigures = { figure };
            *ok = repository.value()->apply(change).ok();
        }
    };
    bool firstOk = false;
    bool secondOk = false;
    std::thread first(writer, "a", &firstOk);
    std::thread second(writer, "b", &secondOk);
    first.join();
    second.join();
    EXPECT_TRUE(firstOk);
    EXPECT_TRUE(secondOk);
    auto repository = openRepository(location, OpenMode::ReadOnly);
    ASSERT_TRUE(repository.ok());
    const auto snapshot = repository.value()->loadSnapshot();
    ASSERT_TRUE(snapshot.ok());
    EXPECT_EQ(snapshot.value().figures.size(), bundledDataset().figures.size() + 2 * 320);
    const std::set<qint64> places(snapshot.value().figurePlaces.cbegin(), snapshot.value().figurePlaces.cend());
    EXPECT_EQ(places.size(), snapshot.value().figurePlaces.size());
    // Each import is whole and in its order: its figures follow one another.
    const Dataset loaded = snapshot.value().toDataset();
    for (const char* prefix : { "a-0", "b-0" }) {
        const auto at = std::find_if(loaded.figures.cbegin(), loaded.figures.cend(),
            [&](const Figure& figure) { return figure.id == QLatin1String(prefix); });
        ASSERT_NE(at, loaded.figures.cend());
        for (int i = 1; i < 300; ++i)
            EXPECT_EQ((at + i)->id, QStringLiteral("%1-%2").arg(QLatin1String(prefix).left(1)).arg(i));
    }
}

TEST_F(PostgresRepositoryTest, EveryChangeIsKeptInTheHistoryWithWhatItAddedChangedAndRemoved)
{
    const StoreLocation location = m_scratch->location(QStringLiteral("history"));
    auto repository = openRepository(location, OpenMode::CreateWithBundledDataset);
    ASSERT_TRUE(repository.ok());
    Repository& store = *repository.value();
    EXPECT_TRUE(store.keepsHistory());
    // An edit that adds one figure, changes another and removes a third.
    Figure added = bundledDataset().figures.first();
    added.id = QStringLiteral("fig-new");
    Figure changed = bundledDataset().figures.at(4);
    changed.note = QStringLiteral("checked again");
    ChangeSet change;
    change.putFigures = { added, changed };
    change.removeFigures = { QStringLiteral("fig-003-03") };
    ASSERT_TRUE(store.apply(change).ok());
    Story story { QStringLiteral("story-1"), QStringLiteral("A walk"), { { QStringLiteral("evt-01"), {} } } };
    ASSERT_TRUE(store.saveStory(story).ok());
    ASSERT_TRUE(store.deleteStory(story.id).ok());
    // A refused change leaves no revision.
    ChangeSet refused;
    refused.removeFigures = { QStringLiteral("fig-404") };
    ASSERT_FALSE(store.apply(refused).ok());

    const auto history = store.history(0);
    ASSERT_TRUE(history.ok()) << history.error().message.toStdString();
    ASSERT_EQ(history.value().size(), 4);
    const Revision& setUp = history.value().at(0);
    EXPECT_EQ(setUp.what, u"set up");
    EXPECT_EQ(setUp.added.figures.size(), bundledDataset().figures.size());
    EXPECT_EQ(setUp.added.sources.size(), bundledDataset().sources.size());
    EXPECT_EQ(setUp.user, location.parameter(QStringLiteral("user")));
    const Revision& edit = history.value().at(1);
    EXPECT_EQ(edit.what, u"edit");
    EXPECT_EQ(edit.added.figures, QStringList { QStringLiteral("fig-new") });
    EXPECT_EQ(edit.changed.figures, QStringList { changed.id });
    EXPECT_EQ(edit.removed.figures, QStringList { QStringLiteral("fig-003-03") });
    EXPECT_GT(edit.number, setUp.number);
    EXPECT_GE(edit.at, setUp.at);
    EXPECT_EQ(history.value().at(2).changed.stories, QStringList { story.id });
    EXPECT_EQ(history.value().at(3).removed.stories, QStringList { story.id });
    EXPECT_EQ(store.latestRevision().value(), history.value().constLast().number);
    // One record's history: its set-up and the edit that changed it, nothing else.
    const auto ofChanged = store.history(0, changed.id);
    ASSERT_TRUE(ofChanged.ok());
    ASSERT_EQ(ofChanged.value().size(), 2);
    EXPECT_EQ(ofChanged.value().at(1).number, edit.number);
    EXPECT_TRUE(store.history(edit.number, changed.id).value().isEmpty());
}

TEST_F(PostgresRepositoryTest, AnEditKeepsWhatEachRecordHeldBeforeAndAfter)
{
    const StoreLocation location = m_scratch->location(QStringLiteral("values"));
    auto repository = openRepository(location, OpenMode::CreateWithBundledDataset);
    ASSERT_TRUE(repository.ok());
    Repository& store = *repository.value();
    const Figure before = bundledDataset().figures.at(4);
    Figure after = before;
    after.value = before.value + 100;
    after.note = QStringLiteral("checked again");
    const Event removed = bundledDataset().events.at(2);
    ChangeSet change;
    change.putFigures = { after };
    change.removeEvents = { removed.id };
    ASSERT_TRUE(store.apply(change).ok());

    const auto history = store.history(0);
    ASSERT_TRUE(history.ok()) << history.error().message.toStdString();
    ASSERT_EQ(history.value().size(), 2);
    EXPECT_TRUE(history.value().at(0).values.isEmpty()) << "setting up adds records and keeps no values";
    const QList<RecordValues>& values = history.value().at(1).values;
    ASSERT_EQ(values.size(), 2);
    // The figure: as it was and as it is, field by field.
    const auto figure = std::find_if(
        values.cbegin(), values.cend(), [](const RecordValues& v) { return v.kind == RecordKind::Figure; });
    ASSERT_NE(figure, values.cend());
    EXPECT_EQ(figure->id, before.id);
    const QList<FieldChange> fields = fieldChanges(*figure);
    ASSERT_EQ(fields.size(), 2);
    EXPECT_EQ(fields.at(0),
        (FieldChange { QStringLiteral("value"), QString::number(before.value), QString::number(after.value) }));
    EXPECT_EQ(fields.at(1), (FieldChange { QStringLiteral("note"), before.note, QStringLiteral("checked again") }));
    // The event: what it held when removed, its quotes included; nothing after.
    const auto event = std::find_if(
        values.cbegin(), values.cend(), [](const RecordValues& v) { return v.kind == RecordKind::Event; });
    ASSERT_NE(event, values.cend());
    EXPECT_EQ(event->id, removed.id);
    EXPECT_TRUE(event->after.isEmpty());
    const QJsonObject held = QJsonDocument::fromJson(event->before).object();
    EXPECT_EQ(held.value(QStringLiteral("title")).toString(), removed.title);
    EXPECT_EQ(held.value(QStringLiteral("citations")).toArray().first().toObject().value(QStringLiteral("quote")),
        removed.citations.first().quote);
    // A record's own history carries only its values.
    const auto ofFigure = store.history(0, before.id);
    ASSERT_TRUE(ofFigure.ok());
    ASSERT_EQ(ofFigure.value().size(), 2);
    ASSERT_EQ(ofFigure.value().at(1).values.size(), 1);
    EXPECT_EQ(ofFigure.value().at(1).values.first(), *figure);
}

TEST_F(PostgresRepositoryTest, ATeamDatabaseOfTheFirstSchemaIsReadAsItIsAndUpgradedWhenOpenedToWrite)
{
    const StoreLocation location = m_scratch->location(QStringLiteral("schema1"));
    ASSERT_TRUE(openRepository(location, OpenMode::CreateWithBundledDataset).ok());
    // As the first version set it up: no record values in its history, the figures' references foreign keys.
    run(location,
        { QStringLiteral("SET client_min_messages = warning"), QStringLiteral("DROP TABLE change_values"),
            QStringLiteral("DROP TABLE reference_checks_due, reference_checks"),
            QStringLiteral("DROP FUNCTION crisis_note_references, crisis_check_references CASCADE"),
            QStringLiteral("ALTER TABLE figures ADD FOREIGN KEY (metric) REFERENCES metrics(key) DEFERRABLE,"
                           " ADD FOREIGN KEY (parent_id) REFERENCES figures(id) DEFERRABLE INITIALLY DEFERRED,"
                           " ADD FOREIGN KEY (source_id) REFERENCES sources(id) DEFERRABLE"),
            QStringLiteral("UPDATE crisis_timeline SET value = '1' WHERE key = 'schema_version'") });
    {
        auto reading = openRepository(location, OpenMode::ReadOnly);
        ASSERT_TRUE(reading.ok()) << reading.error().message.toStdString();
        EXPECT_EQ(reading.value()->schemaVersion(), 1) << "read as it is";
        const auto history = reading.value()->history(0);
        ASSERT_TRUE(history.ok()) << history.error().message.toStdString();
        EXPECT_EQ(history.value().size(), 1);
    }
    auto writing = openRepository(location, OpenMode::Existing);
    ASSERT_TRUE(writing.ok()) << writing.error().message.toStdString();
    EXPECT_EQ(writing.value()->schemaVersion(), 4);
    Figure changed = bundledDataset().figures.first();
    changed.note = QStringLiteral("upgraded");
    ChangeSet change;
    change.putFigures = { changed };
    ASSERT_TRUE(writing.value()->apply(change).ok());
    const auto history = writing.value()->history(0, changed.id);
    ASSERT_TRUE(history.ok()) << history.error().message.toStdString();
    ASSERT_EQ(history.value().constLast().values.size(), 1);
    EXPECT_EQ(fieldChanges(history.value().constLast().values.first()).constFirst().after, u"upgraded");
    // The foreign keys gave way to the checks by the set, which refuse what they refused.
    const QString cited = bundledDataset().figures.first().citation.sourceId;
    const QString deleted = crisis::test::runOnServer(location,
        { QStringLiteral("DELETE FROM event_citations WHERE source_id = '%1'").arg(cited), // only figures cite it
            QStringLiteral("DELETE FROM sources WHERE id = '%1'").arg(cited) });
    EXPECT_TRUE(deleted.contains(u"which does not exist")) << deleted.toStdString();
    EXPECT_TRUE(crisis::test::runOnServer(location,
        { QStringLiteral("DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_constraint WHERE contype = 'f' AND conrelid ="
                         " 'figures'::regclass) THEN RAISE EXCEPTION 'a foreign key is left'; END IF; END $$") })
                    .isEmpty());
}

TEST_F(PostgresRepositoryTest, ATeamDatabaseOfTheThirdSchemaTakesTheNewNotesWhenOpenedToWrite)
{
    // Schema 4 changed only how the triggers of schema 3 note what figures name: an owner's opening puts the new
    // function in place of the old, here one that noted nothing.
    const StoreLocation location = m_scratch->location(QStringLiteral("schema3"));
    ASSERT_TRUE(openRepository(location, OpenMode::CreateWithBundledDataset).ok());
    run(location,
        { QStringLiteral("CREATE OR REPLACE FUNCTION crisis_note_references() RETURNS trigger LANGUAGE plpgsql"
                         " AS $$ BEGIN RETURN NULL; END $$"),
            QStringLiteral("UPDATE crisis_timeline SET value = '3' WHERE key = 'schema_version'") });
    auto writing = openRepository(location, OpenMode::Existing);
    ASSERT_TRUE(writing.ok()) << writing.error().message.toStdString();
    EXPECT_EQ(writing.value()->schemaVersion(), 4);
    writing.value().reset();
    const QString refused = crisis::test::runOnServer(location,
        { QStringLiteral("UPDATE figures SET source_id = 'no-such-source' WHERE id = '%1'")
                .arg(bundledDataset().figures.first().id) });
    EXPECT_TRUE(refused.contains(u"cites source \"no-such-source\", which does not exist")) << refused.toStdString();
}

TEST_F(PostgresRepositoryTest, ASourceTakenAwayWhereSomeoneJustCitedItIsRefusedInEveryIsolationLevel)
{
    // A transaction whose snapshot was taken before another committed a figure citing a source cannot see that
    // figure: its removal of the source is refused, not left to a check that would find nothing.
    const StoreLocation location = m_scratch->location(QStringLiteral("isolation"));
    ASSERT_TRUE(openRepository(location, OpenMode::CreateWithBundledDataset).ok());
    const Figure model = bundledDataset().figures.first();
    const QString source = QStringLiteral(
        "INSERT INTO sources (id, seq, document, text_sha256, outlet, title, description, author, published,"
        " published_inferred, published_note, url) SELECT 'src-new', seq + 1000, document, text_sha256, outlet,"
        " title, description, author, published, published_inferred, published_note, url FROM sources"
        " WHERE id = '%1'")
                               .arg(model.citation.sourceId);
    const QString figure = QStringLiteral(
        "INSERT INTO figures (seq, id, metric, value, qualifier, subject, status, period, period_first, period_last,"
        " period_inferred, period_note, reported, reported_inferred, parent_id, subgroup, source_id, quote,"
        " quote_offset, note) SELECT seq + 1000, 'fig-new', metric, value, qualifier, subject, status, period,"
        " period_first, period_last, period_inferred, period_note, reported, reported_inferred, NULL, subgroup,"
        " 'src-new', quote, quote_offset, note FROM figures WHERE id = '%1'")
                               .arg(model.id);
    ASSERT_TRUE(crisis::test::runOnServer(location, { source }).isEmpty());
    const QString name = QStringLiteral("crisis-test-isolation");
    QString deleted;
    QString committed;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setConnectOptions(crisis::test::postgresOptions(location));
        ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")));
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM sources"))); // the snapshot, taken now
        query.finish();
        // Meanwhile, someone cites the new source and commits.
        const QString cited = crisis::test::runOnServer(location, { figure });
        EXPECT_TRUE(cited.isEmpty()) << cited.toStdString();
        if (!query.exec(QStringLiteral("DELETE FROM sources WHERE id = 'src-new'")))
            deleted = query.lastError().text();
        if (!query.exec(QStringLiteral("COMMIT")))
            committed = query.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    EXPECT_TRUE(deleted.contains(u"read-committed")) << "the removal went through: " << committed.toStdString();
    auto read = openRepository(location, OpenMode::ReadOnly);
    ASSERT_TRUE(read.ok());
    const Dataset after = read.value()->load().value();
    EXPECT_TRUE(std::any_of(after.sources.cbegin(), after.sources.cend(), [](const Source& each) {
        return each.id == u"src-new";
    })) << "the source the new figure cites is still there";
}

TEST_F(PostgresRepositoryTest, AFigureThatLeansOnNothingIsRefusedByTheServerHoweverItIsWritten)
{
    // The figures' references are checked at commit by the set (a foreign key's row-by-row check took half of a
    // million-figure import): what a foreign key refused, written by hand as an administrator would, is refused.
    const StoreLocation location = m_scratch->location(QStringLiteral("references"));
    ASSERT_TRUE(openRepository(location, OpenMode::CreateWithBundledDataset).ok());
    const Dataset& data = bundledDataset();
    const auto parent = std::find_if(
        data.figures.cbegin(), data.figures.cend(), [](const Figure& figure) { return !figure.parentId.isEmpty(); });
    ASSERT_NE(parent, data.figures.cend());
    const QString columns = QStringLiteral(
        "seq, id, metric, value, qualifier, subject, status, period, period_first, period_last, period_inferred,"
        " period_note, reported, reported_inferred, parent_id, subgroup, source_id, quote, quote_offset, note");
    // The first figure again as `id || suffix`, at seq + `after`.
    const auto rowAs = [&](const QString& suffix, int after, const QString& parentId, const QString& sourceId,
                           const QString& metric) -> QString {
        return QStringLiteral("SELECT seq + %5, id || '%6', %3, value, qualifier, subject, status, period,"
                              " period_first, period_last, period_inferred, period_note, reported, reported_inferred,"
                              " %1, subgroup, %2, quote, quote_offset, note FROM figures WHERE id = '%4'")
            .arg(parentId, sourceId, metric, data.figures.first().id, QString::number(after), suffix);
    };
    const auto copyOf = [&](const QString& parentId, const QString& sourceId, const QString& metric) -> QString {
        return QStringLiteral("INSERT INTO figures (%1) ").arg(columns)
            + rowAs(QStringLiteral("-copy"), 1000, parentId, sourceId, metric);
    };
    const struct
    {
        QStringList statements;
        const char* refusal; // empty: allowed
    } cases[] = {
        { { copyOf(QStringLiteral("NULL"), QStringLiteral("'no-such-source'"), QStringLiteral("metric")) },
            "cites source \"no-such-source\", which does not exist" },
        { { copyOf(QStringLiteral("NULL"), QStringLiteral("source_id"), QStringLiteral("'no-such-metric'")) },
            "measures metric \"no-such-metric\", which does not exist" },
        { { copyOf(QStringLiteral("'no-such-figure'"), QStringLiteral("source_id"), QStringLiteral("metric")) },
            "breaks down figure \"no-such-figure\", which does not exist" },
        // A transaction whose snapshot does not move is checked its own way, as strictly.
        { { QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"),
              copyOf(QStringLiteral("NULL"), QStringLiteral("'no-such-source'"), QStringLiteral("metric")),
              QStringLiteral("COMMIT") },
            "cites source \"no-such-source\", which does not exist" },
        { { QStringLiteral("DELETE FROM sources WHERE id = '%1'").arg(data.figures.first().citation.sourceId) },
            "which does not exist" },
        { { QStringLiteral("UPDATE sources SET id = 'renamed' WHERE id = '%1'")
                  .arg(data.figures.first().citation.sourceId) },
            "which does not exist" },
        { { QStringLiteral("DELETE FROM metrics WHERE key = '%1'").arg(data.figures.first().metric) },
            "which does not exist" },
        { { QStringLiteral("DELETE FROM figures WHERE id = '%1'").arg(parent->parentId) }, "which does not exist" },
        // The second statement's missing source was noted by the first: checked all the same.
        { { QStringLiteral("BEGIN"),
              copyOf(QStringLiteral("NULL"), QStringLiteral("'no-such-source'"), QStringLiteral("metric")),
              QStringLiteral("INSERT INTO figures (%1) ").arg(columns)
                  + rowAs(QStringLiteral("-again"), 1001, QStringLiteral("NULL"), QStringLiteral("'no-such-source'"),
                      QStringLiteral("metric")),
              QStringLiteral("COMMIT") },
            "cites source \"no-such-source\", which does not exist" },
        // One statement's rows, among them a parent and its breakdown, a sound row and one that cites nothing.
        { { QStringLiteral("INSERT INTO figures (%1) ").arg(columns)
              + rowAs(QStringLiteral("-sound"), 1002, QStringLiteral("NULL"), QStringLiteral("source_id"),
                  QStringLiteral("metric"))
              + QStringLiteral(" UNION ALL ")
              + rowAs(QStringLiteral("-stray"), 1003, QStringLiteral("NULL"), QStringLiteral("'no-such-source'"),
                  QStringLiteral("metric")) },
            "cites source \"no-such-source\", which does not exist" },
        { { QStringLiteral("INSERT INTO figures (%1) ").arg(columns)
              + rowAs(QStringLiteral("-part"), 3000, QStringLiteral("id || '-whole'"), QStringLiteral("source_id"),
                  QStringLiteral("metric"))
              + QStringLiteral(" UNION ALL ")
              + rowAs(QStringLiteral("-whole"), 3001, QStringLiteral("NULL"), QStringLiteral("source_id"),
                  QStringLiteral("metric")) },
            "" },
        { { QStringLiteral("TRUNCATE metrics") }, "metrics cannot be emptied while figures name them" },
        { { QStringLiteral("TRUNCATE sources CASCADE") }, "sources cannot be emptied while figures name them" },
        // Checked when the change is complete: a record replaced within it (deleted and written again), a
        // figure written before its parent, are allowed.
        { { QStringLiteral("BEGIN"),
              QStringLiteral("CREATE TEMP TABLE kept AS SELECT * FROM sources WHERE id = '%1'")
                  .arg(data.figures.first().citation.sourceId),
              QStringLiteral("DELETE FROM sources WHERE id = '%1'").arg(data.figures.first().citation.sourceId),
              QStringLiteral("INSERT INTO sources SELECT * FROM kept"),
              copyOf(QStringLiteral("id || '-parent'"), QStringLiteral("source_id"), QStringLiteral("metric")),
              QStringLiteral("INSERT INTO figures (%1) SELECT seq + 2000, id || '-parent', metric, value, qualifier,"
                             " subject, status, period, period_first, period_last, period_inferred, period_note,"
                             " reported, reported_inferred, NULL, subgroup, source_id, quote, quote_offset, note"
                             " FROM figures WHERE id = '%2'")
                  .arg(columns, data.figures.first().id),
              QStringLiteral("COMMIT") },
            "" },
    };
    // Only figures cite the source the cases take away (events cite it through foreign keys of their own).
    run(location,
        { QStringLiteral("DELETE FROM event_citations WHERE source_id = '%1'")
                .arg(data.figures.first().citation.sourceId) });
    for (const auto& each : cases) {
        const QString error = crisis::test::runOnServer(location, each.statements);
        const QString expected = QString::fromUtf8(each.refusal);
        if (expected.isEmpty())
            EXPECT_TRUE(error.isEmpty()) << each.statements.join(u"; ").toStdString() << ": " << error.toStdString();
        else
            EXPECT_TRUE(error.contains(expected)) << each.statements.constLast().toStdString() << ": "
                                                  << (error.isEmpty() ? "allowed" : error.toStdString());
    }
    // Nothing refused was written; what was allowed was.
    auto read = openRepository(location, OpenMode::ReadOnly);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    const auto snapshot = read.value()->loadSnapshot();
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().message.toStdString();
    EXPECT_EQ(snapshot.value().figures.size(), data.figures.size() + 4);
    EXPECT_EQ(snapshot.value().sources.size(), data.sources.size());
}

TEST(ChangeFollower, AServerThatDoesNotAnswerHoldsUpNothingOnTheFollowersThread)
{
    // A "server" that accepts connections and never answers, until the test releases it: then it hangs up.
    const int listening = ::socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(listening, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    ASSERT_EQ(::bind(listening, reinterpret_cast<sockaddr*>(&address), length), 0);
    ASSERT_EQ(::listen(listening, 4), 0);
    ASSERT_EQ(::getsockname(listening, reinterpret_cast<sockaddr*>(&address), &length), 0);
    std::atomic<bool> released { false };
    std::atomic<int> hungUpOnRelease { 0 };
    std::atomic<int> hungUpUnreleased { 0 };
    std::thread silent([&] {
        const int connection = ::accept(listening, nullptr, nullptr);
        // Waits for the test to go on, at most 20 s: a follower that connected on the test's own thread would hold
        // it here, and never release.
        for (int waited = 0; !released.load() && waited < 2000; ++waited)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        (released.load() ? hungUpOnRelease : hungUpUnreleased).fetch_add(1);
        if (connection >= 0)
            ::close(connection);
    });
    const StoreLocation silentServer = StoreLocation::server({ { QStringLiteral("host"), QStringLiteral("127.0.0.1") },
        { QStringLiteral("port"), QString::number(ntohs(address.sin_port)) },
        { QStringLiteral("dbname"), QStringLiteral("silent") }, { QStringLiteral("user"), QStringLiteral("nobody") },
        { QStringLiteral("sslmode"), QStringLiteral("disable") },
        { QStringLiteral("gssencmode"), QStringLiteral("disable") },
        { QStringLiteral("connect_timeout"), QStringLiteral("30") } });
    {
        ChangeFollower follower(silentServer, 0);
        QString said;
        QEventLoop loop;
        QObject::connect(&follower, &ChangeFollower::unavailable, &loop, [&](const QString& message) {
            said = message;
            loop.quit();
        });
        // Back here at once, with the server still waited for on the follower's thread.
        released.store(true);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        EXPECT_FALSE(said.isEmpty()) << "told that changes cannot be followed, once the server hung up";
    }
    silent.join();
    ::close(listening);
    EXPECT_EQ(hungUpOnRelease.load(), 1);
    EXPECT_EQ(hungUpUnreleased.load(), 0) << "the follower held up the thread that made it";
}

TEST_F(PostgresRepositoryTest, AChangeSavedOnOneConnectionIsToldToAnotherAsItIsCommitted)
{
    const StoreLocation location = m_scratch->location(QStringLiteral("feed"));
    ASSERT_TRUE(openRepository(location, OpenMode::CreateWithBundledDataset).ok());
    auto feed = ChangeFeed::open(location);
    ASSERT_TRUE(feed.ok()) << feed.error().message.toStdString();
    QList<Revision> told;
    QEventLoop loop;
    QObject::connect(feed.value().get(), &ChangeFeed::revision, &loop, [&](const Revision& revision) {
        told.append(revision);
        loop.quit();
    });
    // Another program saves an edit.
    std::thread writer([&] {
        auto other = openRepository(location, OpenMode::Existing);
        ASSERT_TRUE(other.ok());
        ChangeSet change;
        change.removeFigures = { QStringLiteral("fig-003-03") };
        ASSERT_TRUE(other.value()->apply(change).ok());
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    writer.join();
    ASSERT_EQ(told.size(), 1) << "no notification within 10 s";
    EXPECT_EQ(told.constFirst().removed.figures, QStringList { QStringLiteral("fig-003-03") });
    EXPECT_EQ(feed.value()->lastRevision(), told.constFirst().number);
    // A file keeps no history to follow.
    EXPECT_FALSE(ChangeFeed::open(StoreLocation::file(QStringLiteral("/tmp/x.sqlite"))).ok());
}

TEST_F(PostgresRepositoryTest, AnImportsUndoIsRefusedWhenSomeoneChangedItsRecordsSince)
{
    const StoreLocation location = m_scratch->location(QStringLiteral("undoimport"));
    auto mine = openRepository(location, OpenMode::CreateWithBundledDataset);
    ASSERT_TRUE(mine.ok());
    const ImportReport report
        = importInto(*mine.value(), QByteArray("date,killed\n2024-03,12\n2024-04,15\n"), QStringLiteral("report.csv"),
            ImportFormat::Table, false, {}, *TableMapping::parse(u"date=date,value=killed,metric=homicides"));
    ASSERT_TRUE(report.ok()) << report.problems.value(0).toString().toStdString();
    ASSERT_EQ(report.figureIds.size(), 2);
    const auto latest = mine.value()->latestRevision();
    ASSERT_TRUE(latest.ok());
    EXPECT_EQ(report.revision, latest.value()) << "the revision the import was saved as";
    ChangeSet undo;
    undo.removeFigures = report.figureIds;
    undo.removeSources = report.sourceIds;
    undo.basedOn = report.revision;
    // Another program corrects one of the imported figures.
    StoreLocation::Parameters other = location.parameters();
    other.append({ QStringLiteral("application_name"), QStringLiteral("amina-desk") });
    auto theirs = openRepository(StoreLocation::server(other), OpenMode::Existing);
    ASSERT_TRUE(theirs.ok());
    const auto imported = theirs.value()->loadRecords({ report.figureIds.constLast() }, {});
    ASSERT_TRUE(imported.ok());
    ASSERT_EQ(imported.value().figures.size(), 1);
    Figure corrected = imported.value().figures.figure(0);
    corrected.value = 16;
    ChangeSet correction;
    correction.putFigures = { corrected };
    ASSERT_TRUE(theirs.value()->apply(correction).ok());
    // The import's undo would remove their correction: refused, naming that figure; nothing removed.
    const auto refused = mine.value()->apply(undo);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Conflict);
    EXPECT_EQ(refused.error().record.id, corrected.id);
    const auto still = mine.value()->existingIds(RecordKind::Figure, report.figureIds);
    ASSERT_TRUE(still.ok());
    EXPECT_EQ(still.value().size(), 2);
    // Knowingly (not based on a revision), it is undone whole.
    undo.basedOn = 0;
    ASSERT_TRUE(mine.value()->apply(undo).ok());
    EXPECT_TRUE(mine.value()->existingIds(RecordKind::Figure, report.figureIds).value().isEmpty());
}

TEST_F(PostgresRepositoryTest, ReadersBrowseEditorsChangeAndOnlyOwnersGiveRolesAsTheServerEnforces)
{
    const StoreLocation location = m_scratch->location(QStringLiteral("roles"));
    auto owner = openRepository(location, OpenMode::CreateWithBundledDataset);
    ASSERT_TRUE(owner.ok());
    const QString database = location.parameter(QStringLiteral("dbname"));
    const QString readerName = database + QStringLiteral("_amina");
    const QString editorName = database + QStringLiteral("_jean");
    run(location,
        { QStringLiteral("CREATE ROLE %1 LOGIN").arg(readerName),
            QStringLiteral("CREATE ROLE %1 LOGIN").arg(editorName) });
    const auto as = [&](const QString& user) { return crisis::test::asUser(location, user); };
    // Without a role, a user of the server cannot even read the dataset; said so.
    const auto stranger = openRepository(as(readerName), OpenMode::ReadOnly);
    ASSERT_FALSE(stranger.ok());
    EXPECT_TRUE(stranger.error().message.contains(u"has no role in this dataset"))
        << stranger.error().message.toStdString();
    ASSERT_TRUE(owner.value()->setRole(readerName, TeamRole::Reader).ok());
    ASSERT_TRUE(owner.value()->setRole(editorName, TeamRole::Editor).ok());
    const auto roles = owner.value()->roles();
    ASSERT_TRUE(roles.ok()) << roles.error().message.toStdString();
    const QString ownerName = location.parameter(QStringLiteral("user"));
    EXPECT_EQ(roles.value(),
        (QList<std::pair<QString, TeamRole>> {
            { ownerName, TeamRole::Owner }, { readerName, TeamRole::Reader }, { editorName, TeamRole::Editor } }));
    const auto noSuchUser = owner.value()->setRole(QStringLiteral("nobody_here"), TeamRole::Reader);
    ASSERT_FALSE(noSuchUser.ok());
    EXPECT_TRUE(noSuchUser.error().message.contains(u"no user")) << noSuchUser.error().message.toStdString();

    // A reader browses: the dataset opens read-only, saying why, and a change is refused before it is tried.
    auto reader = openRepository(as(readerName), OpenMode::Existing);
    ASSERT_TRUE(reader.ok()) << reader.error().message.toStdString();
    EXPECT_TRUE(reader.value()->isReadOnly());
    ASSERT_FALSE(reader.value()->notices().isEmpty());
    EXPECT_TRUE(reader.value()->notices().constFirst().contains(u"reader"))
        << reader.value()->notices().constFirst().toStdString();
    EXPECT_EQ(reader.value()->loadSnapshot().value().figures.size(), bundledDataset().figures.size());
    Figure changed = bundledDataset().figures.first();
    changed.note = QStringLiteral("a reader's note");
    ChangeSet change;
    change.putFigures = { changed };
    EXPECT_FALSE(reader.value()->apply(change).ok());
    // And the server itself refuses what a reader's connection writes, however it is sent.
    const auto refusedAs = [&](const QString& user, const QString& statement) {
        const QString name = QStringLiteral("crisis-test-forged");
        bool refused = false;
        QString why;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setConnectOptions(crisis::test::postgresOptions(as(user)));
            if (db.open()) {
                QSqlQuery query(db);
                refused = !query.exec(statement);
                why = query.lastError().nativeErrorCode();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return refused && why == u"42501"; // insufficient privilege
    };
    EXPECT_TRUE(refusedAs(readerName, QStringLiteral("UPDATE figures SET note = 'forged'")));
    EXPECT_TRUE(refusedAs(readerName,
        QStringLiteral("INSERT INTO changes (what, added, changed, removed)"
                       " VALUES ('forged', '{}', '{}', '{}')")));
    // An editor changes records, not the schema's mark, and gives no roles.
    auto editor = openRepository(as(editorName), OpenMode::Existing);
    ASSERT_TRUE(editor.ok()) << editor.error().message.toStdString();
    EXPECT_FALSE(editor.value()->isReadOnly());
    const auto edited = editor.value()->apply(change);
    ASSERT_TRUE(edited.ok()) << edited.error().message.toStdString();
    EXPECT_TRUE(refusedAs(editorName, QStringLiteral("UPDATE crisis_timeline SET value = '9'")));
    const auto notOwner = editor.value()->setRole(readerName, TeamRole::Editor);
    ASSERT_FALSE(notOwner.ok());
    EXPECT_TRUE(notOwner.error().message.contains(u"only an owner")) << notOwner.error().message.toStdString();
    // Made an owner, the editor gives roles too; a role taken away leaves the user with none.
    ASSERT_TRUE(owner.value()->setRole(editorName, TeamRole::Owner).ok());
    auto second = openRepository(as(editorName), OpenMode::Existing);
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    const auto given = second.value()->setRole(readerName, std::nullopt);
    ASSERT_TRUE(given.ok()) << given.error().message.toStdString();
    EXPECT_EQ(owner.value()->roles().value(),
        (QList<std::pair<QString, TeamRole>> { { ownerName, TeamRole::Owner }, { editorName, TeamRole::Owner } }));
    EXPECT_FALSE(openRepository(as(readerName), OpenMode::ReadOnly).ok());
}

TEST_F(PostgresRepositoryTest, ManyRecordsTravelByCopyBothWaysWithEveryCharacterAsItWas)
{
    // Enough figures, sources and events for COPY each way, with the characters COPY's text format escapes in every
    // kind of text, and numbers and absent values as the figures' binary format carries them.
    Dataset data = bundledDataset();
    QList<Figure> figures;
    const QString awkward
        = QStringLiteral("tab\there, line\nbreak, return\r, back\\slash \\N, \b\f\v and \u00e9\u2014\u202e");
    const double values[] = { 0.125, -2.5e300, 4.9e-324, 1e15 + 1, 0.1 + 0.2 };
    for (int i = 0; i < 700; ++i) {
        Figure figure = data.figures.at(i % data.figures.size());
        figure.id = QStringLiteral("fig-copy-%1").arg(i);
        figure.parentId = i % 5 == 4 ? QStringLiteral("fig-copy-%1").arg(i - 4) : QString();
        figure.value = i + values[i % 5];
        figure.citation.offset = i % 2 ? qint64(1) << 40 : i;
        figure.periodInferred = i % 4 == 1;
        figure.reportedInferred = i % 4 == 2;
        if (i % 3 == 0) {
            figure.subject = awkward + QString::number(i % 7);
            figure.note = awkward;
            figure.periodNote = awkward;
        } else if (i % 3 == 1) {
            // Short escaped texts in several fields of one row (kept inside their strings, not on the heap).
            figure.qualifier = QStringLiteral("a\tb");
            figure.subgroup = QStringLiteral("x\ny");
            figure.note = QStringLiteral("\\%1").arg(i);
        }
        figures.append(figure);
    }
    data.figures = figures;
    for (int i = 0; i < 600; ++i) {
        Source source = data.sources.at(i % data.sources.size());
        source.id = QStringLiteral("src-copy-%1").arg(i);
        source.title = i % 2 ? awkward : source.title;
        source.url = QStringLiteral("https://example.org/a\tb?%1").arg(i);
        data.sources.append(source);
        Event event = data.events.at(i % data.events.size());
        event.id = QStringLiteral("evt-copy-%1").arg(i);
        event.summary = awkward + QString::number(i);
        event.actors.append(awkward);
        event.citations.append({ source.id, QStringLiteral("quoted\there\n"), i });
        data.events.append(event);
    }
    const StoreLocation location = m_scratch->location(QStringLiteral("copy"));
    ASSERT_TRUE(createRepository(location, Snapshot::fromDataset(data)).ok());
    // A new dataset's figures went in frozen (COPY FREEZE): its first read need not write the table again. (Statements,
    // which a refused COPY falls back to, leave them unfrozen.)
    const QString frozen = crisis::test::runOnServer(location,
        { QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_visibility"),
            QStringLiteral("DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_visibility_map('figures') WHERE NOT all_frozen)"
                           " THEN RAISE EXCEPTION 'figures not frozen'; END IF; END $$") });
    EXPECT_TRUE(frozen.isEmpty()) << frozen.toStdString();
    auto repository = openRepository(location, OpenMode::ReadOnly);
    ASSERT_TRUE(repository.ok());
    const auto read = repository.value()->load();
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    ASSERT_EQ(read.value().figures.size(), figures.size());
    for (qsizetype i = 0; i < figures.size(); ++i)
        ASSERT_EQ(read.value().figures.at(i), figures.at(i)) << "figure " << i;
    EXPECT_EQ(read.value().figures.at(0).note, awkward);
    ASSERT_EQ(read.value().sources.size(), data.sources.size());
    for (qsizetype i = 0; i < data.sources.size(); ++i)
        ASSERT_EQ(read.value().sources.at(i), data.sources.at(i)) << "source " << i;
    ASSERT_EQ(read.value().events.size(), data.events.size());
    for (qsizetype i = 0; i < data.events.size(); ++i)
        ASSERT_EQ(read.value().events.at(i), data.events.at(i)) << "event " << i;
}

TEST_F(PostgresRepositoryTest, ManyFiguresAreReadInTwoHalvesInOrderAndADamagedRowOrACancelInEitherIsSaid)
{
    // Enough figures for two connections to read a half each, in one snapshot, into one table.
    const StoreLocation location = m_scratch->location(QStringLiteral("halves"));
    auto repository = openRepository(location, OpenMode::CreateWithBundledDataset);
    ASSERT_TRUE(repository.ok());
    const Snapshot many = crisis::test::manyFigures(70'000, "src-000", "");
    ASSERT_TRUE(repository.value()->add(many).ok());
    const qsizetype bundled = bundledDataset().figures.size();
    {
        qint64 lastDone = 0;
        const auto loaded = repository.value()->loadSnapshot([&](qint64 done, qint64) {
            lastDone = done;
            return true;
        });
        ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
        const FigureTable& figures = loaded.value().figures;
        ASSERT_EQ(figures.size(), bundled + 70'000);
        EXPECT_EQ(lastDone, bundled + 70'000);
        EXPECT_EQ(figures.id(0), bundledDataset().figures.first().id);
        for (qsizetype row = 0; row < many.figures.size(); ++row)
            ASSERT_EQ(figures.id(bundled + row), many.figures.id(row)) << "row " << bundled + row;
        EXPECT_EQ(figures.value(figures.size() - 1), 69'999);
        EXPECT_EQ(figures.rowOfId(u"bulk-60000"), bundled + 60'000) << "the halves' ids are found in the whole";
        const std::vector<qint64>& places = loaded.value().figurePlaces;
        ASSERT_EQ(places.size(), static_cast<size_t>(figures.size()));
        EXPECT_TRUE(std::is_sorted(places.cbegin(), places.cend()));
        EXPECT_EQ(std::adjacent_find(places.cbegin(), places.cend()), places.cend()) << "each place once";
    }
    // Cancelled: neither half goes on.
    qint64 reports = 0;
    const auto stopped = repository.value()->loadSnapshot([&](qint64, qint64) { return ++reports < 2; });
    ASSERT_FALSE(stopped.ok());
    EXPECT_EQ(stopped.error().code, Error::Code::Cancelled);
    // A damaged row in the second half (the other connection's) is said as one in the first would be.
    run(location, { QStringLiteral("UPDATE figures SET status = 'rumoured' WHERE id = 'bulk-69000'") });
    const auto damaged = repository.value()->loadSnapshot();
    ASSERT_FALSE(damaged.ok());
    EXPECT_TRUE(damaged.error().message.contains(u"figure \u201cbulk-69000\u201d has an unknown status"))
        << damaged.error().message.toStdString();
}

TEST_F(PostgresRepositoryTest, AnOwnerWhoIsNoSuperuserGivesRolesAndNoOneGainsAnotherUsersRights)
{
    // As on a real server: the dataset's database belongs to an ordinary user who may make roles.
    const StoreLocation admin = m_scratch->location(QStringLiteral("desk"));
    const QString database = admin.parameter(QStringLiteral("dbname"));
    const QString amina = database + QStringLiteral("_amina");
    const QString jean = database + QStringLiteral("_jean");
    const QString made = crisis::test::runOnServer(admin,
        { QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE").arg(amina),
            QStringLiteral("CREATE ROLE %1 LOGIN").arg(jean),
            QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(database, amina) });
    ASSERT_TRUE(made.isEmpty()) << made.toStdString();
    const StoreLocation asAmina = crisis::test::asUser(admin, amina);
    const StoreLocation asJean = crisis::test::asUser(admin, jean);
    auto owner = openRepository(asAmina, OpenMode::CreateWithBundledDataset);
    ASSERT_TRUE(owner.ok()) << owner.error().message.toStdString();
    const auto editor = owner.value()->setRole(jean, TeamRole::Editor);
    ASSERT_TRUE(editor.ok()) << editor.error().message.toStdString();
    // An editor adds to the history and never rewrites it.
    EXPECT_FALSE(crisis::test::runOnServer(asJean, { QStringLiteral("DELETE FROM changes") }).isEmpty());
    // Nor can an editor skip the server's check of the figures' references, or write a figure that cites nothing.
    const QString skipped = crisis::test::runOnServer(asJean,
        { QStringLiteral("BEGIN"),
            QStringLiteral("UPDATE figures SET source_id = 'no-such-source' WHERE id = '%1'")
                .arg(bundledDataset().figures.first().id),
            QStringLiteral("DELETE FROM reference_checks"), QStringLiteral("COMMIT") });
    EXPECT_TRUE(skipped.contains(u"permission denied")) << skipped.toStdString();
    const QString dangling = crisis::test::runOnServer(asJean,
        { QStringLiteral("UPDATE figures SET source_id = 'no-such-source' WHERE id = '%1'")
                .arg(bundledDataset().figures.first().id) });
    EXPECT_TRUE(dangling.contains(u"cites source")) << dangling.toStdString();
    EXPECT_FALSE(
        crisis::test::runOnServer(asJean, { QStringLiteral("UPDATE changes SET username = 'someone'") }).isEmpty());
    // Made an owner, jean gives roles (amina's among them), and acts on the tables, but never as amina.
    ASSERT_TRUE(owner.value()->setRole(jean, TeamRole::Owner).ok());
    auto jeans = openRepository(asJean, OpenMode::Existing);
    ASSERT_TRUE(jeans.ok()) << jeans.error().message.toStdString();
    const auto demoted = jeans.value()->setRole(amina, TeamRole::Reader);
    ASSERT_TRUE(demoted.ok()) << demoted.error().message.toStdString();
    EXPECT_EQ(jeans.value()->roles().value(),
        (QList<std::pair<QString, TeamRole>> { { amina, TeamRole::Reader }, { jean, TeamRole::Owner } }));
    EXPECT_FALSE(crisis::test::runOnServer(asJean, { QStringLiteral("SET ROLE %1").arg(amina) }).isEmpty())
        << "an owner of the dataset is no member of the user that set it up";
    // The server's checks run as the owners' role, not as amina, who is a reader now: jean still edits.
    Figure changed = bundledDataset().figures.first();
    changed.note = QStringLiteral("checked by jean");
    ChangeSet change;
    change.putFigures = { changed };
    const auto edited = jeans.value()->apply(change);
    EXPECT_TRUE(edited.ok()) << edited.error().message.toStdString();
    // The dataset keeps an owner.
    const auto last = jeans.value()->setRole(jean, TeamRole::Editor);
    ASSERT_FALSE(last.ok());
    EXPECT_TRUE(last.error().message.contains(u"only owner")) << last.error().message.toStdString();
}

TEST_F(PostgresRepositoryTest, AChangeToARecordSomeoneElseChangedSinceItWasReadIsRefused)
{
    const StoreLocation location = m_scratch->location(QStringLiteral("stale"));
    auto mine = openRepository(location, OpenMode::CreateWithBundledDataset);
    ASSERT_TRUE(mine.ok());
    const auto read = mine.value()->loadSnapshot();
    ASSERT_TRUE(read.ok());
    const qint64 basedOn = read.value().revision;
    EXPECT_GT(basedOn, 0);
    // Another program (its own connection name) corrects a figure.
    StoreLocation::Parameters other = location.parameters();
    other.append({ QStringLiteral("application_name"), QStringLiteral("amina-desk") });
    auto theirs = openRepository(StoreLocation::server(other), OpenMode::Existing);
    ASSERT_TRUE(theirs.ok());
    Figure theirFigure = read.value().figures.figure(3);
    theirFigure.note = QStringLiteral("their correction");
    ChangeSet theirChange;
    theirChange.putFigures = { theirFigure };
    ASSERT_TRUE(theirs.value()->apply(theirChange).ok());

    // My edit of the same figure, made from what I read before: refused, naming the figure and who changed it.
    Figure myFigure = read.value().figures.figure(3);
    myFigure.note = QStringLiteral("my correction");
    ChangeSet myChange;
    myChange.putFigures = { myFigure };
    myChange.basedOn = basedOn;
    const auto refused = mine.value()->apply(myChange);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Conflict);
    EXPECT_EQ(refused.error().record.id, myFigure.id);
    EXPECT_TRUE(refused.error().message.contains(u"was changed by crisis")) << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(u"nothing was written")) << refused.error().message.toStdString();
    const Dataset now = mine.value()->load().value();
    EXPECT_EQ(now.figures.at(3).note, u"their correction");
    // So is deleting it.
    ChangeSet myRemoval;
    myRemoval.removeFigures = { myFigure.id };
    myRemoval.basedOn = basedOn;
    EXPECT_EQ(mine.value()->apply(myRemoval).error().code, Error::Code::Conflict);
    // And an edit of a figure they deleted meanwhile says so.
    ChangeSet theirRemoval;
    theirRemoval.removeFigures = { read.value().figures.id(5) };
    ASSERT_TRUE(theirs.value()->apply(theirRemoval).ok());
    Figure gone = read.value().figures.figure(5);
    gone.note = QStringLiteral("my note on a figure they deleted");
    ChangeSet editOfGone;
    editOfGone.putFigures = { gone };
    editOfGone.basedOn = basedOn;
    const auto refusedGone = mine.value()->apply(editOfGone);
    ASSERT_FALSE(refusedGone.ok());
    EXPECT_EQ(refusedGone.error().code, Error::Code::Conflict);
    EXPECT_TRUE(refusedGone.error().message.contains(u"was deleted by crisis"))
        << refusedGone.error().message.toStdString();
    // A figure no one else touched is saved; and so is one this program changed itself since.
    Figure other4 = read.value().figures.figure(4);
    other4.note = QStringLiteral("mine alone");
    ChangeSet untouched;
    untouched.putFigures = { other4 };
    untouched.basedOn = basedOn;
    ASSERT_TRUE(mine.value()->apply(untouched).ok());
    other4.note = QStringLiteral("mine again");
    untouched.putFigures = { other4 };
    EXPECT_TRUE(mine.value()->apply(untouched).ok());
    // Read again, the store's revision is past their change: my edit goes through, as does a change not checked.
    myChange.basedOn = mine.value()->loadCatalog().value().revision;
    EXPECT_TRUE(mine.value()->apply(myChange).ok());
    EXPECT_EQ(mine.value()->load().value().figures.at(3).note, u"my correction");
}

TEST_F(PostgresRepositoryTest, AnUndoOverSomeoneElsesLaterChangeIsRefusedAndARedoToo)
{
    const StoreLocation location = m_scratch->location(QStringLiteral("undo"));
    auto mine = openRepository(location, OpenMode::CreateWithBundledDataset);
    ASSERT_TRUE(mine.ok());
    StoreLocation::Parameters other = location.parameters();
    other.append({ QStringLiteral("application_name"), QStringLiteral("amina-desk") });
    auto theirs = openRepository(StoreLocation::server(other), OpenMode::Existing);
    ASSERT_TRUE(theirs.ok());
    const Dataset before = mine.value()->load().value();

    // My edit, then theirs of the same figure: undoing mine would silently put back what they corrected.
    Figure figure = before.figures.at(5);
    figure.note = QStringLiteral("my note");
    ChangeSet myChange;
    myChange.putFigures = { figure };
    const auto undo = mine.value()->apply(myChange);
    ASSERT_TRUE(undo.ok());
    EXPECT_GT(undo.value().basedOn, 0) << "an undo is checked from the revision the change was saved as";
    figure.note = QStringLiteral("their note");
    ChangeSet theirChange;
    theirChange.putFigures = { figure };
    ASSERT_TRUE(theirs.value()->apply(theirChange).ok());
    const auto refused = mine.value()->apply(undo.value());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Conflict);
    EXPECT_EQ(refused.error().record.id, figure.id);
    EXPECT_EQ(mine.value()->load().value().figures.at(5).note, u"their note");

    // Undo and redo of a figure no one else touched go through, each checked from the one before.
    Figure alone = before.figures.at(6);
    alone.note = QStringLiteral("mine alone");
    myChange.putFigures = { alone };
    const auto undoAlone = mine.value()->apply(myChange);
    ASSERT_TRUE(undoAlone.ok());
    const auto redo = mine.value()->apply(undoAlone.value());
    ASSERT_TRUE(redo.ok());
    EXPECT_EQ(mine.value()->load().value().figures.at(6).note, before.figures.at(6).note);
    EXPECT_GT(redo.value().basedOn, undoAlone.value().basedOn);
    // They change it after my undo: my redo is refused.
    alone.note = QStringLiteral("theirs now");
    theirChange.putFigures = { alone };
    ASSERT_TRUE(theirs.value()->apply(theirChange).ok());
    EXPECT_EQ(mine.value()->apply(redo.value()).error().code, Error::Code::Conflict);
}
