#include "storescratch.h"
#include "testsupport.h"

#include <crisis/core/interchange/datasetjson.h>
#include <crisis/core/storage/changeset.h>
#include <crisis/core/storage/openrepository.h>

#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>

namespace {

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class CommandLineTest : public ::testing::Test
{
protected:
    // Runs the real executable with a private home, so the default database is the test's own.
    Outcome run(const QStringList& arguments, const QProcessEnvironment& extra = {}) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path()); // as a desktop session has one
        for (const QString& key : extra.keys()) {
            if (extra.value(key).isEmpty())
                env.remove(key);
            else
                env.insert(key, extra.value(key));
        }
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_home.path());
        process.start(QStringLiteral(CRISIS_EXECUTABLE), arguments);
        EXPECT_TRUE(process.waitForFinished(60000)) << "timed out: " << arguments.join(u' ').toStdString();
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError() };
    }

    // A path in the test's home; without a name, a database holding the bundled dataset, made (with `create`) when
    // first asked for.
    QString db(const char* name = nullptr) const
    {
        if (name)
            return m_home.filePath(QString::fromLatin1(name));
        const QString path = m_home.filePath(QStringLiteral("test.sqlite"));
        if (!QFileInfo::exists(path)) {
            const Outcome made = run({ QStringLiteral("create"), QStringLiteral("--db"), path });
            EXPECT_EQ(made.exitCode, 0) << made.err.toStdString();
        }
        return path;
    }

    static QJsonArray jsonArray(const QByteArray& bytes)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
        EXPECT_TRUE(doc.isArray());
        return doc.array();
    }

    static void expectUsageError(const Outcome& result)
    {
        EXPECT_EQ(result.exitCode, 2);
        EXPECT_TRUE(result.out.isEmpty());
        EXPECT_EQ(result.err.count('\n'), 1) << "one line: " << result.err.toStdString();
        EXPECT_TRUE(result.err.startsWith("crisis-timeline: ")) << result.err.toStdString();
    }

    QTemporaryDir m_home;
    QTemporaryDir m_runtime;
};

} // namespace

TEST_F(CommandLineTest, VersionAndHelp)
{
    const Outcome version = run({ QStringLiteral("--version") });
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith("crisis-timeline 0.")) << version.out.toStdString();
    const Outcome help = run({ QStringLiteral("--help") });
    EXPECT_EQ(help.exitCode, 0);
    for (const char* word : { "list figures|events|sources", "check-citations", "--db DATABASE", "postgresql://",
             "--empty", "Exit status" })
        EXPECT_TRUE(help.out.contains(word)) << word;
}

TEST_F(CommandLineTest, ListFiguresAsJsonHasEveryField)
{
    const Outcome result = run({ QStringLiteral("list"), QStringLiteral("figures"), QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("--db"), db() });
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonArray figures = jsonArray(result.out);
    ASSERT_EQ(figures.size(), 37);
    for (const QJsonValue& value : figures) {
        const QJsonObject figure = value.toObject();
        for (const char16_t* key : { u"id", u"metric", u"value", u"qualifier", u"subject", u"status", u"period",
                 u"reported", u"parent_id", u"subgroup", u"document", u"quote", u"quote_offset" })
            EXPECT_TRUE(figure.contains(QStringView(key))) << QString::fromUtf16(key).toStdString();
        EXPECT_TRUE(figure.value(u"value").isDouble());
        EXPECT_TRUE(figure.value(u"quote_offset").isDouble());
        EXPECT_TRUE(figure.value(u"document").toString().endsWith(u".txt"));
    }
    const QJsonObject first = figures.at(0).toObject();
    EXPECT_EQ(first.value(u"id").toString(), u"fig-000-01");
    EXPECT_EQ(first.value(u"value").toDouble(), 2728);
    EXPECT_EQ(first.value(u"period").toString(), u"2022-10/2023-06");
    EXPECT_EQ(first.value(u"document").toString(), u"000_a76563f97d16fe8d.txt");
    EXPECT_TRUE(first.value(u"parent_id").isNull());
    EXPECT_EQ(figures.at(1).toObject().value(u"parent_id").toString(), u"fig-000-01");
}

TEST_F(CommandLineTest, ListEventsAsJsonHasCitations)
{
    const Outcome result = run({ QStringLiteral("list"), QStringLiteral("events"), QStringLiteral("--format=json"),
        QStringLiteral("--db"), db() });
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonArray events = jsonArray(result.out);
    ASSERT_EQ(events.size(), 35);
    for (const QJsonValue& value : events) {
        const QJsonObject event = value.toObject();
        for (const char16_t* key :
            { u"id", u"period", u"title", u"summary", u"category", u"status", u"actors", u"location" })
            EXPECT_TRUE(event.contains(QStringView(key)));
        const QJsonArray citations = event.value(u"citations").toArray();
        ASSERT_FALSE(citations.isEmpty());
        const QJsonObject citation = citations.at(0).toObject();
        EXPECT_TRUE(citation.value(u"document").toString().endsWith(u".txt"));
        EXPECT_FALSE(citation.value(u"quote").toString().isEmpty());
        EXPECT_TRUE(citation.value(u"quote_offset").isDouble());
    }
}

TEST_F(CommandLineTest, ListTableAndCsv)
{
    const Outcome table = run({ QStringLiteral("list"), QStringLiteral("figures"), QStringLiteral("--db"), db() });
    ASSERT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.out.contains("over 1,379"));
    EXPECT_TRUE(table.out.contains("2022-10/2023-06"));
    const Outcome sources = run({ QStringLiteral("list"), QStringLiteral("sources"), QStringLiteral("--format"),
        QStringLiteral("csv"), QStringLiteral("--db"), db() });
    ASSERT_EQ(sources.exitCode, 0);
    EXPECT_TRUE(sources.out.startsWith("id,document,outlet,"));
    EXPECT_TRUE(sources.out.contains("ICARO Media Group"));
    const Outcome events = run({ QStringLiteral("list"), QStringLiteral("events"), QStringLiteral("--format"),
        QStringLiteral("csv"), QStringLiteral("--db"), db() });
    ASSERT_EQ(events.exitCode, 0);
    EXPECT_TRUE(events.out.contains("Assassination of President Jovenel Moïse"));
}

TEST_F(CommandLineTest, WithoutDbTheDatabaseLivesInTheDataFolder)
{
    const QString inDataFolder = m_home.filePath(QStringLiteral("data/crisis-timeline/crisis-timeline.sqlite"));
    // Before it is made, a command that reads reads the bundled dataset, and makes nothing.
    const Outcome before
        = run({ QStringLiteral("list"), QStringLiteral("sources"), QStringLiteral("--format"), QStringLiteral("csv") });
    ASSERT_EQ(before.exitCode, 0) << before.err.toStdString();
    EXPECT_EQ(before.out.count('\n'), 6) << "a header and the five sources";
    EXPECT_FALSE(QFile::exists(inDataFolder));
    EXPECT_FALSE(QFile::exists(m_home.filePath(QStringLiteral("data/crisis-timeline"))));
    // A command that writes makes it there.
    const QString table = m_home.filePath(QStringLiteral("disasters.csv"));
    crisis::test::writeFile(table, crisis::test::sourceFile(QStringLiteral("tests/data/tables/disasters.csv")));
    const Outcome imported = run({ QStringLiteral("import"), table, QStringLiteral("--map"),
        QStringLiteral("date=Year,value=Deaths,subject=Entity,metric=disaster_deaths:flow") });
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(QFile::exists(inDataFolder));
    const Outcome after
        = run({ QStringLiteral("list"), QStringLiteral("sources"), QStringLiteral("--format"), QStringLiteral("csv") });
    EXPECT_EQ(after.out.count('\n'), 7) << "the bundled sources and the table's";
}

TEST_F(CommandLineTest, CreateMakesANewDatabaseAndNeverReplacesOne)
{
    const QString empty = db("empty.sqlite");
    ASSERT_EQ(run({ QStringLiteral("create"), QStringLiteral("--empty"), QStringLiteral("--db"), empty }).exitCode, 0);
    const Outcome listed = run({ QStringLiteral("--db"), empty, QStringLiteral("list"), QStringLiteral("figures"),
        QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(jsonArray(listed.out).isEmpty());
    const QByteArray before = crisis::test::readFile(empty);
    const Outcome again = run({ QStringLiteral("create"), QStringLiteral("--db"), empty });
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QByteArray(QFile::encodeName(empty) + " exists"))) << again.err.toStdString();
    EXPECT_EQ(crisis::test::readFile(empty), before);
    expectUsageError(run({ QStringLiteral("create") }));
}

TEST_F(CommandLineTest, CopyWritesAWholeDatasetToANewFileAndChecksIt)
{
    const auto listed = [&](const QString& database) {
        const Outcome all = run({ QStringLiteral("list"), QStringLiteral("figures"), QStringLiteral("--format"),
            QStringLiteral("json"), QStringLiteral("--db"), database });
        EXPECT_EQ(all.exitCode, 0) << all.err.toStdString();
        return all.out;
    };
    const QString source = db();
    const QString copy = db("copy.sqlite");
    const Outcome copied
        = run({ QStringLiteral("copy"), QStringLiteral("--from"), source, QStringLiteral("--to"), copy });
    ASSERT_EQ(copied.exitCode, 0) << copied.err.toStdString();
    EXPECT_TRUE(copied.out.startsWith("copied 37 figures, 35 events, 5 sources and ")) << copied.out.toStdString();
    EXPECT_TRUE(copied.out.contains("every record and quote is the same")) << copied.out.toStdString();
    EXPECT_EQ(listed(copy), listed(source));
    // Never over a database that is there: it keeps what it holds.
    const QByteArray before = crisis::test::readFile(copy);
    const Outcome again
        = run({ QStringLiteral("copy"), QStringLiteral("--from"), db("absent.sqlite"), QStringLiteral("--to"), copy });
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains("does not exist")) << again.err.toStdString();
    const Outcome over
        = run({ QStringLiteral("copy"), QStringLiteral("--from"), source, QStringLiteral("--to"), copy });
    EXPECT_EQ(over.exitCode, 1);
    EXPECT_TRUE(over.err.contains(QByteArray(QFile::encodeName(copy) + " exists"))) << over.err.toStdString();
    EXPECT_EQ(crisis::test::readFile(copy), before);
    expectUsageError(run({ QStringLiteral("copy"), QStringLiteral("--from"), source, QStringLiteral("--to"), source }));
    expectUsageError(run({ QStringLiteral("copy"), QStringLiteral("--from"), source }));
    expectUsageError(run({ QStringLiteral("copy"), QStringLiteral("--from"), source, QStringLiteral("--to"),
        QStringLiteral("postgresql://host:0/x") }));
}

TEST_F(CommandLineTest, CopyMovesADatasetToATeamDatabaseAndBack)
{
    QString why;
    const auto server = crisis::test::postgresBackend().scratch(&why);
    if (!server)
        GTEST_SKIP() << "no PostgreSQL server: " << why.toStdString();
    const auto listed = [&](const QString& database) {
        const Outcome all = run({ QStringLiteral("list"), QStringLiteral("figures"), QStringLiteral("--format"),
            QStringLiteral("json"), QStringLiteral("--db"), database });
        EXPECT_EQ(all.exitCode, 0) << all.err.toStdString();
        return all.out;
    };
    const QString team = server->location(QStringLiteral("team")).toString();
    const QString source = db();
    const Outcome up = run({ QStringLiteral("copy"), QStringLiteral("--from"), source, QStringLiteral("--to"), team });
    ASSERT_EQ(up.exitCode, 0) << up.err.toStdString();
    EXPECT_EQ(listed(team), listed(source));
    const QString field = db("field.sqlite");
    const Outcome down = run({ QStringLiteral("copy"), QStringLiteral("--from"), team, QStringLiteral("--to"), field });
    ASSERT_EQ(down.exitCode, 0) << down.err.toStdString();
    EXPECT_EQ(listed(field), listed(source));
    // A team database that holds a dataset is not copied over.
    const Outcome over = run({ QStringLiteral("copy"), QStringLiteral("--from"), field, QStringLiteral("--to"), team });
    EXPECT_EQ(over.exitCode, 1);
    EXPECT_TRUE(over.err.contains("is not empty")) << over.err.toStdString();
}

TEST_F(CommandLineTest, WatchPrintsEachChangeOfATeamDatabaseAsAJsonLineAndHistoryListsThem)
{
    QString why;
    const auto server = crisis::test::postgresBackend().scratch(&why);
    if (!server)
        GTEST_SKIP() << "no PostgreSQL server: " << why.toStdString();
    const QString team = server->location(QStringLiteral("watched")).toString();
    ASSERT_EQ(run({ QStringLiteral("create"), QStringLiteral("--db"), team }).exitCode, 0);
    // Revision 1 is the set-up; the watcher starts after it, so it tells of the import whenever it begins listening.
    QProcess watch;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    watch.setProcessEnvironment(env);
    watch.start(QStringLiteral(CRISIS_EXECUTABLE),
        { QStringLiteral("watch"), QStringLiteral("--after"), QStringLiteral("1"), QStringLiteral("--db"), team });
    ASSERT_TRUE(watch.waitForStarted());
    const auto stop = qScopeGuard([&] {
        watch.kill();
        watch.waitForFinished();
    });
    const QString table = m_home.filePath(QStringLiteral("report.csv"));
    crisis::test::writeFile(table, "date,killed\n2024-03,12\n2024-04,15\n");
    const Outcome imported = run({ QStringLiteral("import"), table, QStringLiteral("--map"),
        QStringLiteral("date=date,value=killed,metric=homicides"), QStringLiteral("--db"), team });
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    QByteArray line;
    for (int waited = 0; !line.contains('\n') && waited < 100; ++waited) {
        watch.waitForReadyRead(100);
        line += watch.readAllStandardOutput();
    }
    const QJsonObject change = QJsonDocument::fromJson(line.left(line.indexOf('\n'))).object();
    ASSERT_FALSE(change.isEmpty()) << "watch printed: " << line.toStdString()
                                   << watch.readAllStandardError().toStdString();
    EXPECT_EQ(change.value(QStringLiteral("revision")).toInt(), 2);
    EXPECT_EQ(change.value(QStringLiteral("what")).toString(), u"import");
    EXPECT_EQ(change.value(QStringLiteral("user")).toString(), u"crisis");
    EXPECT_TRUE(QDateTime::fromString(change.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).isValid());
    EXPECT_EQ(change.value(QStringLiteral("added")).toArray().size(), 3) << "two figures and their source";
    EXPECT_TRUE(change.value(QStringLiteral("removed")).toArray().isEmpty());

    const Outcome history = run({ QStringLiteral("history"), QStringLiteral("--db"), team });
    ASSERT_EQ(history.exitCode, 0) << history.err.toStdString();
    EXPECT_TRUE(history.out.contains("set up")) << history.out.toStdString();
    EXPECT_TRUE(history.out.contains("added 2 figures, 1 source")) << history.out.toStdString();
    const Outcome ofOne = run({ QStringLiteral("history"), QStringLiteral("fig-000-01"), QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("--db"), team });
    ASSERT_EQ(ofOne.exitCode, 0) << ofOne.err.toStdString();
    EXPECT_EQ(ofOne.out.count('\n'), 1) << ofOne.out.toStdString();
    // A file keeps no history: said, exit 1.
    const Outcome ofFile = run({ QStringLiteral("history"), QStringLiteral("--db"), db() });
    EXPECT_EQ(ofFile.exitCode, 1);
    EXPECT_TRUE(ofFile.err.contains("keeps no history")) << ofFile.err.toStdString();
}

TEST_F(CommandLineTest, RolesAreGivenByTheOwnerAndAReadersWritesAreRefused)
{
    QString why;
    const auto server = crisis::test::postgresBackend().scratch(&why);
    if (!server)
        GTEST_SKIP() << "no PostgreSQL server: " << why.toStdString();
    const crisis::core::StoreLocation location = server->location(QStringLiteral("roles"));
    const QString team = location.toString();
    ASSERT_EQ(run({ QStringLiteral("create"), QStringLiteral("--db"), team }).exitCode, 0);
    const QString user = location.parameter(QStringLiteral("dbname")) + QStringLiteral("_marie");
    const QString made = crisis::test::runOnServer(location, { QStringLiteral("CREATE ROLE %1 LOGIN").arg(user) });
    ASSERT_TRUE(made.isEmpty()) << made.toStdString();

    // At first only the user that set the dataset up, its owner.
    const QByteArray ownerLine = (location.parameter(QStringLiteral("user")) + QStringLiteral("\towner\n")).toUtf8();
    const Outcome none = run({ QStringLiteral("roles"), QStringLiteral("--db"), team });
    ASSERT_EQ(none.exitCode, 0) << none.err.toStdString();
    EXPECT_EQ(none.out, ownerLine);
    const Outcome given
        = run({ QStringLiteral("roles"), user, QStringLiteral("reader"), QStringLiteral("--db"), team });
    ASSERT_EQ(given.exitCode, 0) << given.err.toStdString();
    EXPECT_TRUE(given.out.contains((user + QStringLiteral(" is now a reader")).toUtf8())) << given.out.toStdString();
    const Outcome listed = run({ QStringLiteral("roles"), QStringLiteral("--db"), team });
    EXPECT_EQ(listed.out, ownerLine + (user + QStringLiteral("\treader\n")).toUtf8());
    EXPECT_TRUE(given.err.isEmpty()) << "no notice of the server's: " << given.err.toStdString();

    // The reader lists and exports; an import is refused, saying why, and nothing is written.
    const QString asReader = crisis::test::asUser(location, user).toString();
    const Outcome list = run({ QStringLiteral("list"), QStringLiteral("figures"), QStringLiteral("--db"), asReader });
    EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
    const QString table = m_home.filePath(QStringLiteral("report.csv"));
    crisis::test::writeFile(table, "date,killed\n2024-03,12\n");
    const Outcome imported = run({ QStringLiteral("import"), table, QStringLiteral("--map"),
        QStringLiteral("date=date,value=killed,metric=homicides"), QStringLiteral("--db"), asReader });
    EXPECT_EQ(imported.exitCode, 1);
    EXPECT_TRUE(imported.err.contains("reader")) << imported.err.toStdString();
    const Outcome history = run({ QStringLiteral("history"), QStringLiteral("--db"), team });
    EXPECT_EQ(history.out.count('\n'), 2) << "the header and the set-up only: " << history.out.toStdString();
    // Bad requests are usage errors; a file has no roles.
    EXPECT_EQ(run({ QStringLiteral("roles"), user, QStringLiteral("--db"), team }).exitCode, 2);
    const Outcome unknown
        = run({ QStringLiteral("roles"), user, QStringLiteral("admin"), QStringLiteral("--db"), team });
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains("unknown role")) << unknown.err.toStdString();
    const Outcome onFile = run({ QStringLiteral("roles"), QStringLiteral("--db"), db() });
    EXPECT_EQ(onFile.exitCode, 1);
    EXPECT_TRUE(onFile.err.contains("has no roles")) << onFile.err.toStdString();
    // Taken away.
    const Outcome taken = run({ QStringLiteral("roles"), user, QStringLiteral("none"), QStringLiteral("--db"), team });
    ASSERT_EQ(taken.exitCode, 0) << taken.err.toStdString();
    EXPECT_EQ(run({ QStringLiteral("roles"), QStringLiteral("--db"), team }).out, ownerLine);
    // The dataset keeps an owner: its only one is not made anything else.
    const Outcome demoted = run({ QStringLiteral("roles"), location.parameter(QStringLiteral("user")),
        QStringLiteral("reader"), QStringLiteral("--db"), team });
    EXPECT_EQ(demoted.exitCode, 1);
    EXPECT_TRUE(demoted.err.contains("only owner")) << demoted.err.toStdString();
}

TEST_F(CommandLineTest, ChangedSinceListsWhatChangedInTheFiguresABriefPackPlots)
{
    QString why;
    const auto server = crisis::test::postgresBackend().scratch(&why);
    if (!server)
        GTEST_SKIP() << "no PostgreSQL server: " << why.toStdString();
    const crisis::core::StoreLocation location = server->location(QStringLiteral("since"));
    const QString team = location.toString();
    ASSERT_EQ(run({ QStringLiteral("create"), QStringLiteral("--db"), team }).exitCode, 0);
    const QString pack = m_home.filePath(QStringLiteral("pack"));
    const Outcome exported = run({ QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("casualties"),
        QStringLiteral("--pack"), pack, QStringLiteral("--db"), team });
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QJsonObject origin
        = QJsonDocument::fromJson(crisis::test::readFile(pack + QStringLiteral("/casualties-dataset.json"))).object();
    EXPECT_EQ(origin.value(QStringLiteral("revision")).toInt(), 1);
    EXPECT_FALSE(origin.value(QStringLiteral("store")).toString().contains(QStringLiteral("password")));
    const QJsonArray plotted = origin.value(QStringLiteral("figures")).toArray();
    ASSERT_TRUE(plotted.contains(QStringLiteral("fig-000-01")) && plotted.contains(QStringLiteral("fig-000-07")));

    const Outcome unchanged = run({ QStringLiteral("changed-since"), pack, QStringLiteral("--db"), team });
    ASSERT_EQ(unchanged.exitCode, 0) << unchanged.err.toStdString();
    EXPECT_TRUE(unchanged.out.startsWith("Nothing changed in the ")) << unchanged.out.toStdString();

    // Since: someone corrects one plotted figure and removes another, and an import adds two the pack never had.
    auto theirs = crisis::core::openRepository(location, crisis::core::OpenMode::Existing);
    ASSERT_TRUE(theirs.ok()) << theirs.error().message.toStdString();
    const crisis::core::Dataset bundled = crisis::core::bundledDataset();
    const auto byId = [&](const char* id) {
        return *std::find_if(bundled.figures.cbegin(), bundled.figures.cend(),
            [id](const crisis::core::Figure& figure) { return figure.id == QLatin1String(id); });
    };
    crisis::core::Figure corrected = byId("fig-000-01");
    corrected.note = QStringLiteral("checked again");
    crisis::core::ChangeSet change;
    change.putFigures = { corrected };
    change.removeFigures = { QStringLiteral("fig-000-07") };
    ASSERT_TRUE(theirs.value()->apply(change).ok());
    const QString table = m_home.filePath(QStringLiteral("report.csv"));
    crisis::test::writeFile(table, "date,killed\n2024-03,12\n2024-04,15\n");
    ASSERT_EQ(run({ QStringLiteral("import"), table, QStringLiteral("--map"),
                      QStringLiteral("date=date,value=killed,metric=homicides"), QStringLiteral("--db"), team })
                  .exitCode,
        0);

    const Outcome since = run({ QStringLiteral("changed-since"), pack, QStringLiteral("--db"), team });
    ASSERT_EQ(since.exitCode, 0) << since.err.toStdString();
    EXPECT_TRUE(since.out.startsWith("2 changes to the ")) << since.out.toStdString();
    EXPECT_TRUE(since.out.contains("(2 other figures changed, which it does not plot)")) << since.out.toStdString();
    const Outcome json = run({ QStringLiteral("changed-since"), pack + QStringLiteral("/casualties-dataset.json"),
        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--db"), team });
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QList<QByteArray> lines = json.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 2) << json.out.toStdString();
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
    EXPECT_EQ(first.value(QStringLiteral("figure")).toString(), u"fig-000-01");
    EXPECT_EQ(first.value(QStringLiteral("change")).toString(), u"changed");
    EXPECT_EQ(first.value(QStringLiteral("revision")).toInt(), 2);
    EXPECT_EQ(first.value(QStringLiteral("now")).toObject().value(QStringLiteral("value")).toDouble(), 2728);
    const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
    EXPECT_EQ(second.value(QStringLiteral("figure")).toString(), u"fig-000-07");
    EXPECT_EQ(second.value(QStringLiteral("change")).toString(), u"removed");
    EXPECT_TRUE(second.value(QStringLiteral("now")).isNull());
    // The figure's history says what the correction changed, field by field, with the value before and after.
    const Outcome history
        = run({ QStringLiteral("history"), QStringLiteral("fig-000-01"), QStringLiteral("--db"), team });
    ASSERT_EQ(history.exitCode, 0) << history.err.toStdString();
    EXPECT_TRUE(history.out.contains("fig-000-01: note ")) << history.out.toStdString();
    EXPECT_TRUE(history.out.contains("\u2192 \"checked again\"")) << history.out.toStdString();
    const Outcome historyJson = run({ QStringLiteral("history"), QStringLiteral("fig-000-01"),
        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--db"), team });
    ASSERT_EQ(historyJson.exitCode, 0) << historyJson.err.toStdString();
    const QList<QByteArray> revisions = historyJson.out.trimmed().split('\n');
    ASSERT_EQ(revisions.size(), 2) << "set up, then corrected: " << historyJson.out.toStdString();
    const QJsonArray values
        = QJsonDocument::fromJson(revisions.at(1)).object().value(QStringLiteral("values")).toArray();
    ASSERT_EQ(values.size(), 1) << revisions.at(1).toStdString();
    const QJsonObject kept = values.first().toObject();
    EXPECT_EQ(kept.value(QStringLiteral("kind")).toString(), u"figure");
    EXPECT_EQ(kept.value(QStringLiteral("before")).toObject().value(QStringLiteral("note")).toString(),
        byId("fig-000-01").note);
    EXPECT_EQ(
        kept.value(QStringLiteral("after")).toObject().value(QStringLiteral("note")).toString(), u"checked again");
    EXPECT_EQ(kept.value(QStringLiteral("after")).toObject().value(QStringLiteral("value")).toDouble(), 2728);

    // A revision number: every figure's change since, the imported ones too.
    const Outcome all = run({ QStringLiteral("changed-since"), QStringLiteral("1"), QStringLiteral("--format"),
        QStringLiteral("csv"), QStringLiteral("--db"), team });
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    EXPECT_EQ(all.out.count("added"), 2) << all.out.toStdString();

    // A pack made from a file has no revision; a damaged record is said with its line and column.
    const QString filePack = m_home.filePath(QStringLiteral("filepack"));
    ASSERT_EQ(run({ QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("casualties"),
                      QStringLiteral("--pack"), filePack, QStringLiteral("--db"), db() })
                  .exitCode,
        0);
    const Outcome fromFile = run({ QStringLiteral("changed-since"), filePack, QStringLiteral("--db"), team });
    EXPECT_EQ(fromFile.exitCode, 1);
    EXPECT_TRUE(fromFile.err.contains("keeps no history")) << fromFile.err.toStdString();
    const QString damaged = filePack + QStringLiteral("/casualties-dataset.json");
    crisis::test::writeFile(damaged, "{\n  \"revision\": 3,\n  \"figures\": [\"a\" \"b\"]\n}\n");
    const Outcome bad = run({ QStringLiteral("changed-since"), damaged, QStringLiteral("--db"), team });
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QByteArray(QFile::encodeName(damaged) + ":3:"))) << bad.err.toStdString();
    expectUsageError(run({ QStringLiteral("changed-since"), QStringLiteral("nowhere"), QStringLiteral("--db"), team }));
}

TEST_F(CommandLineTest, CommandsThatReadNeverCreateADatabase)
{
    const QString absent = db("absent.sqlite");
    for (const QStringList& command : { QStringList { QStringLiteral("list"), QStringLiteral("figures") },
             QStringList { QStringLiteral("check-citations"), QStringLiteral("--sources"), m_home.path() },
             QStringList {
                 QStringLiteral("export-data"), QStringLiteral("-o"), m_home.filePath(QStringLiteral("o.json")) },
             QStringList { QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("casualties"),
                 QStringLiteral("-o"), m_home.filePath(QStringLiteral("o.png")) } }) {
        const Outcome result = run(command + QStringList { QStringLiteral("--db"), absent });
        EXPECT_EQ(result.exitCode, 1) << command.join(u' ').toStdString();
        EXPECT_TRUE(result.err.contains(QByteArray(QFile::encodeName(absent) + " does not exist")))
            << result.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(absent)) << command.join(u' ').toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(m_home.filePath(QStringLiteral("o.json"))));
    EXPECT_FALSE(QFileInfo::exists(m_home.filePath(QStringLiteral("o.png"))));
}

TEST_F(CommandLineTest, UsageErrorsExitWithTwoAndOneLine)
{
    expectUsageError(run({ QStringLiteral("frobnicate") }));
    expectUsageError(run({ QStringLiteral("list") }));
    expectUsageError(run({ QStringLiteral("list"), QStringLiteral("people") }));
    expectUsageError(
        run({ QStringLiteral("list"), QStringLiteral("figures"), QStringLiteral("--format"), QStringLiteral("xml") }));
    expectUsageError(
        run({ QStringLiteral("list"), QStringLiteral("figures"), QStringLiteral("--sources"), QStringLiteral("x") }));
    expectUsageError(run({ QStringLiteral("--no-such-option") }));
    expectUsageError(run({ QStringLiteral("check-citations") }));
    expectUsageError(run({ QStringLiteral("list"), QStringLiteral("figures"), QStringLiteral("--db") }));
    expectUsageError(run({ QStringLiteral("export-data"), QStringLiteral("--format"), QStringLiteral("yaml"),
        QStringLiteral("-o"), QStringLiteral("x") }));
    EXPECT_FALSE(QFile::exists(m_home.filePath(QStringLiteral("data/crisis-timeline/crisis-timeline.sqlite"))))
        << "a usage error must not create a database";
}

TEST_F(CommandLineTest, BadDatabasesExitWithOneAndAreLeftAlone)
{
    const QString notes = db("notes.sqlite");
    crisis::test::writeFile(notes, "my notes\n");
    const Outcome result = run({ QStringLiteral("list"), QStringLiteral("figures"), QStringLiteral("--db"), notes });
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.isEmpty());
    EXPECT_EQ(result.err.count('\n'), 1) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("not a Crisis Timeline database")) << result.err.toStdString();
    EXPECT_EQ(crisis::test::readFile(notes), QByteArray("my notes\n"));
}

TEST_F(CommandLineTest, CheckCitationsPassesOnTheBundledDataset)
{
    CRISIS_REQUIRE_SEEDS();
    const Outcome result = run({ QStringLiteral("check-citations"), QStringLiteral("--sources"),
        crisis::test::seedsDir(), QStringLiteral("--db"), db() });
    EXPECT_EQ(result.exitCode, 0) << result.out.toStdString() << result.err.toStdString();
    EXPECT_TRUE(result.out.contains("95 citations of 37 figures and 35 events")) << result.out.toStdString();
}

TEST_F(CommandLineTest, CheckCitationsListsEachMismatchAndExitsWithOne)
{
    CRISIS_REQUIRE_SEEDS();
    QTemporaryDir texts;
    for (const QString& name : QDir(crisis::test::seedsDir()).entryList({ QStringLiteral("*.txt") })) {
        QByteArray text = crisis::test::readFile(crisis::test::seedsDir() + u'/' + name);
        if (name.startsWith(u"003"))
            text.replace("1,900", "1,800");
        crisis::test::writeFile(texts.filePath(name), text);
    }
    const Outcome result = run(
        { QStringLiteral("check-citations"), QStringLiteral("--sources"), texts.path(), QStringLiteral("--db"), db() });
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.contains("fig-003-03: 003_67ae491904088e5a.txt@")) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains("the quote is not in the text"));
    const Outcome missing = run({ QStringLiteral("check-citations"), QStringLiteral("--sources"),
        m_home.filePath(QStringLiteral("nowhere")), QStringLiteral("--db"), db() });
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains("not a folder"));
}

TEST_F(CommandLineTest, ExportDataWritesTheBundledFileExactly)
{
    const QString out = m_home.filePath(QStringLiteral("out.json"));
    const Outcome result = run({ QStringLiteral("export-data"), QStringLiteral("--format"), QStringLiteral("json"),
        QStringLiteral("-o"), out, QStringLiteral("--db"), db() });
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(crisis::test::readFile(out), crisis::test::sourceFile(QStringLiteral("resources/data/haiti.json")));
    const Outcome unwritable = run({ QStringLiteral("export-data"), QStringLiteral("-o"),
        m_home.filePath(QStringLiteral("no/such/dir/out.json")), QStringLiteral("--db"), db() });
    EXPECT_EQ(unwritable.exitCode, 1);
    EXPECT_TRUE(unwritable.err.contains("cannot write")) << unwritable.err.toStdString();
}

TEST_F(CommandLineTest, FiguresGoOutAsHxlAndComeBackIn)
{
    const QString csv = m_home.filePath(QStringLiteral("figures.csv"));
    const Outcome exported = run({ QStringLiteral("export-data"), QStringLiteral("--format"), QStringLiteral("hxl"),
        QStringLiteral("-o"), csv, QStringLiteral("--db"), db() });
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(crisis::test::readFile(csv).contains("#meta+id,#meta+subject,#status"));
    // A dry run says what it would do and writes nothing.
    const QString empty = db("empty.sqlite");
    const Outcome dry = run({ QStringLiteral("import"), csv, QStringLiteral("--dry-run"), QStringLiteral("--db"), empty,
        QStringLiteral("--empty") });
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains("would import 37 figures, 0 events and 4 new sources")) << dry.out.toStdString();
    EXPECT_FALSE(QFileInfo::exists(empty)) << "a dry run does not even create the database";
    const Outcome imported
        = run({ QStringLiteral("import"), csv, QStringLiteral("--db"), empty, QStringLiteral("--empty") });
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.startsWith("imported 37 figures")) << imported.out.toStdString();
    const auto listed = [&](const QString& database) {
        return run({ QStringLiteral("list"), QStringLiteral("figures"), QStringLiteral("--format"),
                       QStringLiteral("json"), QStringLiteral("--db"), database })
            .out;
    };
    EXPECT_EQ(listed(empty), listed(db())) << "the same figures, the same sources";
    // Again: every id is taken now, and nothing is written.
    const Outcome again = run({ QStringLiteral("import"), csv, QStringLiteral("--db"), empty });
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(
        again.err.startsWith(QByteArray(QFile::encodeName(csv) + ":3:1: the database has a figure with the id")))
        << again.err.toStdString();
}

TEST_F(CommandLineTest, EventsGoOutAsTimelineJsAndComeBackIn)
{
    // Sources first (our JSON carries them with the figures), then the events from the TimelineJS sheet.
    const QString figures = m_home.filePath(QStringLiteral("figures.json"));
    const QString sheet = m_home.filePath(QStringLiteral("timeline.csv"));
    const QString json = m_home.filePath(QStringLiteral("timeline.json"));
    for (const auto& [format, what, file] : { std::tuple { "json", "all", m_home.filePath(QStringLiteral("all.json")) },
             std::tuple { "json", "figures", figures }, std::tuple { "timelinejs", "events", sheet },
             std::tuple { "timelinejs", "events", json } }) {
        const Outcome exported = run({ QStringLiteral("export-data"), QStringLiteral("--format"),
            QString::fromLatin1(format), QStringLiteral("--what"), QString::fromLatin1(what), QStringLiteral("-o"),
            file, QStringLiteral("--db"), db() });
        ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    }
    EXPECT_TRUE(crisis::test::readFile(sheet).startsWith("Year,Month,Day,Time,End Year"));
    EXPECT_TRUE(
        QJsonDocument::fromJson(crisis::test::readFile(json)).object().value(QStringLiteral("events")).isArray());
    const QJsonObject figuresOnly = QJsonDocument::fromJson(crisis::test::readFile(figures)).object();
    EXPECT_EQ(figuresOnly.value(QStringLiteral("figures")).toArray().size(), 37);
    EXPECT_TRUE(figuresOnly.value(QStringLiteral("events")).toArray().isEmpty());

    const QString copy = db("copy.sqlite");
    ASSERT_EQ(
        run({ QStringLiteral("import"), figures, QStringLiteral("--db"), copy, QStringLiteral("--empty") }).exitCode,
        0);
    // Not every source is cited by a figure: the events cite one the copy lacks, and nothing is written.
    const Outcome missing = run({ QStringLiteral("import"), sheet, QStringLiteral("--db"), copy });
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains("source \u201csrc-004\u201d does not exist")) << missing.err.toStdString();
    EXPECT_TRUE(missing.err.startsWith(QByteArray(QFile::encodeName(sheet) + ":"))) << missing.err.toStdString();

    const auto listEvents = [&](const QString& database) {
        return run({ QStringLiteral("list"), QStringLiteral("events"), QStringLiteral("--format"),
                       QStringLiteral("json"), QStringLiteral("--db"), database })
            .out;
    };
    // Into a database with every source and no events: the events come back the same.
    const QString sourcesOnly = db("sources.sqlite");
    const QString allJson = m_home.filePath(QStringLiteral("all.json"));
    QJsonObject all = QJsonDocument::fromJson(crisis::test::readFile(allJson)).object();
    all.insert(QStringLiteral("figures"), QJsonArray());
    all.insert(QStringLiteral("events"), QJsonArray());
    all.insert(QStringLiteral("stories"), QJsonArray());
    const QString sourcesFile = m_home.filePath(QStringLiteral("sources.json"));
    crisis::test::writeFile(sourcesFile, QJsonDocument(all).toJson());
    ASSERT_EQ(
        run({ QStringLiteral("import"), sourcesFile, QStringLiteral("--db"), sourcesOnly, QStringLiteral("--empty") })
            .exitCode,
        0);
    const Outcome fromSheet = run({ QStringLiteral("import"), sheet, QStringLiteral("--db"), sourcesOnly });
    ASSERT_EQ(fromSheet.exitCode, 0) << fromSheet.err.toStdString();
    EXPECT_TRUE(fromSheet.out.startsWith("imported 0 figures, 35 events and 0 new sources"))
        << fromSheet.out.toStdString();
    EXPECT_EQ(listEvents(sourcesOnly), listEvents(db()));

    // What a format cannot hold is a usage error.
    expectUsageError(run({ QStringLiteral("export-data"), QStringLiteral("--format"), QStringLiteral("hxl"),
        QStringLiteral("--what"), QStringLiteral("events"), QStringLiteral("-o"), sheet }));
    expectUsageError(run({ QStringLiteral("export-data"), QStringLiteral("--format"), QStringLiteral("csv"),
        QStringLiteral("--what"), QStringLiteral("all"), QStringLiteral("-o"), sheet }));
    expectUsageError(run({ QStringLiteral("export-data"), QStringLiteral("--what"), QStringLiteral("stories"),
        QStringLiteral("-o"), sheet }));
    // A plain CSV table of events: a header and a row for each.
    const QString table = m_home.filePath(QStringLiteral("events.csv"));
    ASSERT_EQ(run({ QStringLiteral("export-data"), QStringLiteral("--format"), QStringLiteral("csv"),
                      QStringLiteral("--what"), QStringLiteral("events"), QStringLiteral("-o"), table,
                      QStringLiteral("--db"), db() })
                  .exitCode,
        0);
    const QByteArray rows = crisis::test::readFile(table);
    EXPECT_TRUE(rows.startsWith("id,period,period_inferred,title,summary,category")) << rows.left(80).toStdString();
    EXPECT_EQ(rows.count("\nevt-"), 35);
}

TEST_F(CommandLineTest, ATableFromElsewhereImportsWithAMapping)
{
    const QString table = m_home.filePath(QStringLiteral("disasters.csv"));
    crisis::test::writeFile(table, crisis::test::sourceFile(QStringLiteral("tests/data/tables/disasters.csv")));
    // Without a mapping, the error names the columns to map.
    const Outcome unmapped = run({ QStringLiteral("import"), table, QStringLiteral("--db"), db() });
    EXPECT_EQ(unmapped.exitCode, 1);
    EXPECT_TRUE(unmapped.err.contains("--map date=COL,value=COL,metric=NAME; the columns are: Entity, Year, Deaths"))
        << unmapped.err.toStdString();
    const QString mapping = QStringLiteral("date=Year,value=Deaths,subject=Entity,metric=disaster_deaths:flow");
    // A dry run into a database that does not exist yet does not create it.
    const QString none = db("none.sqlite");
    const Outcome nowhere = run({ QStringLiteral("import"), table, QStringLiteral("--map"), mapping,
        QStringLiteral("--dry-run"), QStringLiteral("--db"), none });
    EXPECT_EQ(nowhere.exitCode, 0) << nowhere.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(none));
    const Outcome dry = run({ QStringLiteral("import"), table, QStringLiteral("--map"), mapping,
        QStringLiteral("--dry-run"), QStringLiteral("--db"), db() });
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.startsWith("would import 803 figures, 0 events and 1 new source")) << dry.out.toStdString();
    EXPECT_TRUE(dry.err.contains("new metric \u201cdisaster_deaths\u201d (flow)")) << dry.err.toStdString();
    const Outcome imported
        = run({ QStringLiteral("import"), table, QStringLiteral("--map"), mapping, QStringLiteral("--db"), db() });
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const QByteArray listed = run({ QStringLiteral("list"), QStringLiteral("figures"), QStringLiteral("--format"),
                                      QStringLiteral("csv"), QStringLiteral("--db"), db() })
                                  .out;
    EXPECT_EQ(listed.count("\nfig-disasters-"), 803);
    expectUsageError(run({ QStringLiteral("import"), table, QStringLiteral("--map"), QStringLiteral("value=Deaths") }));
    expectUsageError(run({ QStringLiteral("import"), table, QStringLiteral("--format"), QStringLiteral("hxl"),
        QStringLiteral("--map"), mapping }));
}

TEST_F(CommandLineTest, ABadFileIsReportedAtItsLineAndColumn)
{
    const QString bad = m_home.filePath(QStringLiteral("bad.csv"));
    crisis::test::writeFile(bad, "date,killed\n#date,#affected+killed\n2024-01,12\n2023-13-01,5\n2024-02,many\n");
    const Outcome result = run({ QStringLiteral("import"), bad, QStringLiteral("--db"), db() });
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.isEmpty());
    const QList<QByteArray> lines = result.err.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 2) << result.err.toStdString();
    EXPECT_TRUE(lines.at(0).startsWith(QByteArray(QFile::encodeName(bad) + ":4:1: "))) << lines.at(0).toStdString();
    EXPECT_TRUE(lines.at(1).startsWith(QByteArray(QFile::encodeName(bad) + ":5:9: not a number")))
        << lines.at(1).toStdString();
    // Nothing written, not even the good first row.
    EXPECT_EQ(run({ QStringLiteral("list"), QStringLiteral("figures"), QStringLiteral("--format"),
                      QStringLiteral("csv"), QStringLiteral("--db"), db() })
                  .out.count('\n'),
        38);
    const Outcome missing
        = run({ QStringLiteral("import"), m_home.filePath(QStringLiteral("none.csv")), QStringLiteral("--db"), db() });
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains("cannot read")) << missing.err.toStdString();
    expectUsageError(run({ QStringLiteral("import") }));
    expectUsageError(run({ QStringLiteral("import"), bad, QStringLiteral("--format"), QStringLiteral("xls") }));
    expectUsageError(run({ QStringLiteral("import"), bad, QStringLiteral("extra") }));
    expectUsageError(run({ QStringLiteral("list"), QStringLiteral("figures"), QStringLiteral("--dry-run") }));
    expectUsageError(run({ QStringLiteral("export-data"), QStringLiteral("--format"), QStringLiteral("xml"),
        QStringLiteral("-o"), bad }));
}

TEST_F(CommandLineTest, TheWindowWithoutADisplaySaysWhatToUseInstead)
{
    QProcessEnvironment noDisplay;
    noDisplay.insert(QStringLiteral("DISPLAY"), QString());
    noDisplay.insert(QStringLiteral("WAYLAND_DISPLAY"), QString());
    noDisplay.insert(QStringLiteral("QT_QPA_PLATFORM"), QString());
    const Outcome result = run({ QStringLiteral("--db"), db() }, noDisplay);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(result.err.count('\n'), 1) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("no display")) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("crisis-timeline list figures")) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("crisis-timeline export --chart")) << "the headless export";
}

TEST_F(CommandLineTest, ExportWritesAnImageOfExactlyTheSizeAsked)
{
    const QString png = m_home.filePath(QStringLiteral("deployment.png"));
    const Outcome result = run({ QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("deployment"),
        QStringLiteral("--size"), QStringLiteral("1280x720"), QStringLiteral("--scale"), QStringLiteral("2"),
        QStringLiteral("-o"), png, QStringLiteral("--db"), db() });
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(QImageReader(png).size(), QSize(2560, 1440));
    // Without a display: the command picks the offscreen platform itself.
    QProcessEnvironment noDisplay;
    noDisplay.insert(QStringLiteral("DISPLAY"), QString());
    noDisplay.insert(QStringLiteral("QT_QPA_PLATFORM"), QString());
    noDisplay.insert(QStringLiteral("XDG_RUNTIME_DIR"), QString()); // no session either, as under cron
    const QString timeline = m_home.filePath(QStringLiteral("timeline.png"));
    const Outcome headless = run({ QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("timeline"),
                                     QStringLiteral("-o"), timeline, QStringLiteral("--db"), db() },
        noDisplay);
    ASSERT_EQ(headless.exitCode, 0) << headless.err.toStdString();
    EXPECT_EQ(QImageReader(timeline).size(), QSize(1920, 1080));
    EXPECT_TRUE(headless.err.isEmpty()) << "a script's log stays clean: " << headless.err.toStdString();
}

TEST_F(CommandLineTest, ExportIsLightUnlessAskedForTheDarkTheme)
{
    const QString light = m_home.filePath(QStringLiteral("light.png"));
    const QString dark = m_home.filePath(QStringLiteral("dark.png"));
    const QStringList common { QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("casualties"),
        QStringLiteral("--size"), QStringLiteral("640x360"), QStringLiteral("--db"), db() };
    ASSERT_EQ(run(common + QStringList { QStringLiteral("-o"), light }).exitCode, 0);
    const Outcome result
        = run(common + QStringList { QStringLiteral("--theme"), QStringLiteral("dark"), QStringLiteral("-o"), dark });
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(QImage(light).pixelColor(2, 2), QColor(Qt::white));
    EXPECT_LT(QImage(dark).pixelColor(2, 2).lightnessF(), 0.2) << "the page is dark";
    // The projector's high contrast is the presenter's; a page is light or dark.
    for (const char* bad : { "purple", "high-contrast" }) {
        const Outcome refused = run(
            common + QStringList { QStringLiteral("--theme"), QString::fromLatin1(bad), QStringLiteral("-o"), light });
        expectUsageError(refused);
        EXPECT_TRUE(refused.err.contains("use light or dark")) << refused.err.toStdString();
    }
    expectUsageError(run({ QStringLiteral("--theme"), QStringLiteral("sepia") }));
    expectUsageError(
        run({ QStringLiteral("list"), QStringLiteral("figures"), QStringLiteral("--theme"), QStringLiteral("dark") }));
}

TEST_F(CommandLineTest, ExportWritesSvgAndPdf)
{
    const QString svg = m_home.filePath(QStringLiteral("c.svg"));
    ASSERT_EQ(
        run({ QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("casualties"), QStringLiteral("-o"),
                svg, QStringLiteral("--title"), QStringLiteral("Violence in Haiti"), QStringLiteral("--db"), db() })
            .exitCode,
        0);
    const QByteArray text = crisis::test::readFile(svg);
    EXPECT_TRUE(text.startsWith("<?xml"));
    EXPECT_TRUE(text.contains("Violence in Haiti"));
    const QString pdf = m_home.filePath(QStringLiteral("c.pdf"));
    ASSERT_EQ(run({ QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("funding"),
                      QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf,
                      QStringLiteral("--db"), db() })
                  .exitCode,
        0);
    EXPECT_TRUE(crisis::test::readFile(pdf).startsWith("%PDF-"));
}

TEST_F(CommandLineTest, ExportNarrowsToADateRangeAndWritesABriefPack)
{
    const QString pack = m_home.filePath(QStringLiteral("pack"));
    const Outcome result = run({ QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("deployment"),
        QStringLiteral("--from"), QStringLiteral("2024"), QStringLiteral("--to"), QStringLiteral("2024-12"),
        QStringLiteral("--pack"), pack, QStringLiteral("--db"), db() });
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QByteArray csv = crisis::test::readFile(pack + QStringLiteral("/deployment-points.csv"));
    EXPECT_TRUE(csv.contains("fig-001-08")) << "400 Kenyan officers in September 2024";
    EXPECT_FALSE(csv.contains("fig-002-11")) << "the proposed target of 2025 is outside the range, no level before it";
    EXPECT_TRUE(csv.contains("fig-000-11")) << "the 2023 pledge holds into the range until the pledge of Sep 2024";
    EXPECT_TRUE(QFile::exists(pack + QStringLiteral("/deployment.png")));
    EXPECT_TRUE(QFile::exists(pack + QStringLiteral("/deployment-alt.txt")));
}

TEST_F(CommandLineTest, ExportOfARangeWithNoFiguresFailsAndWritesNothing)
{
    // A title over a blank page would pass for a chart with nothing to report.
    const QString out = m_home.filePath(QStringLiteral("empty.png"));
    const Outcome result = run({ QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("casualties"),
        QStringLiteral("--from"), QStringLiteral("2010"), QStringLiteral("--to"), QStringLiteral("2012"),
        QStringLiteral("-o"), out, QStringLiteral("--db"), db() });
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains("no figures for casualties between 2010 and 2012")) << result.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(CommandLineTest, ExportOfARangeALevelHoldsThroughDrawsIt)
{
    // No report falls in July and August 2024, but Kenya's pledge holds through them: the chart is drawn.
    const QString pack = m_home.filePath(QStringLiteral("held"));
    const Outcome result = run({ QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("deployment"),
        QStringLiteral("--from"), QStringLiteral("2024-07"), QStringLiteral("--to"), QStringLiteral("2024-08"),
        QStringLiteral("--pack"), pack, QStringLiteral("--db"), db() });
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(crisis::test::readFile(pack + QStringLiteral("/deployment-points.csv")).contains("fig-000-11"))
        << "the 2023 pledge whose level holds through the range";
}

TEST_F(CommandLineTest, TheTimelineExportsInLanesOrAsAList)
{
    // The same events as a list (the subtitle says "in date order") or, asked for, in lanes.
    for (const auto& [layout, says] :
        { std::pair { "list", "Events in date order" }, std::pair { "lanes", "Events in lanes by category" } }) {
        const QString out = m_home.filePath(QStringLiteral("timeline-%1.svg").arg(QLatin1String(layout)));
        const Outcome result = run({ QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("timeline"),
            QStringLiteral("--layout"), QLatin1String(layout), QStringLiteral("-o"), out, QStringLiteral("--db"),
            db() });
        ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
        EXPECT_TRUE(crisis::test::readFile(out).contains(says)) << layout;
    }
}

TEST_F(CommandLineTest, ExportRefusesBadArgumentsAndLeavesNoFile)
{
    const QString out = m_home.filePath(QStringLiteral("x.png"));
    expectUsageError(
        run({ QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("pie"), QStringLiteral("-o"), out }));
    expectUsageError(run({ QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("funding"),
        QStringLiteral("--size"), QStringLiteral("big"), QStringLiteral("-o"), out }));
    expectUsageError(run({ QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("funding"),
        QStringLiteral("--size"), QStringLiteral("20x20"), QStringLiteral("-o"), out }));
    expectUsageError(run({ QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("funding"),
        QStringLiteral("--scale"), QStringLiteral("9"), QStringLiteral("-o"), out }));
    expectUsageError(run({ QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("funding"),
        QStringLiteral("--format"), QStringLiteral("gif"), QStringLiteral("-o"), out }));
    expectUsageError(run({ QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("funding"),
        QStringLiteral("--from"), QStringLiteral("2024-13"), QStringLiteral("-o"), out }));
    expectUsageError(run({ QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("funding") }));
    expectUsageError(run({ QStringLiteral("export"), QStringLiteral("-o"), out }));
    expectUsageError(run({ QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("timeline"),
        QStringLiteral("--layout"), QStringLiteral("grid"), QStringLiteral("-o"), out }));
    expectUsageError(run({ QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("funding"),
        QStringLiteral("--layout"), QStringLiteral("list"), QStringLiteral("-o"), out }));
    EXPECT_FALSE(QFile::exists(out));
    const QString unwritable = m_home.filePath(QStringLiteral("no/such/folder/x.png"));
    const Outcome failed = run({ QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("funding"),
        QStringLiteral("-o"), unwritable, QStringLiteral("--db"), db() });
    EXPECT_EQ(failed.exitCode, 1);
    EXPECT_EQ(failed.err.count('\n'), 1) << failed.err.toStdString();
    EXPECT_TRUE(failed.err.contains("cannot write"));
    EXPECT_FALSE(QFile::exists(unwritable));
    // A brief pack that cannot be written (its folder is a file) stops the export before the image is written.
    const QString notAFolder = m_home.filePath(QStringLiteral("notes.txt"));
    crisis::test::writeFile(notAFolder, "notes");
    const Outcome badPack
        = run({ QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("funding"), QStringLiteral("-o"),
            out, QStringLiteral("--pack"), notAFolder + QStringLiteral("/pack"), QStringLiteral("--db"), db() });
    EXPECT_EQ(badPack.exitCode, 1);
    EXPECT_EQ(badPack.err.count('\n'), 1) << badPack.err.toStdString();
    EXPECT_TRUE(badPack.err.contains("brief pack")) << badPack.err.toStdString();
    EXPECT_FALSE(QFile::exists(out)) << "nothing written when part of the export cannot be";
}

// Issue 13's two wrong imports: 2,728, 247, 58 and 20 as four homicide totals with no subject (article 000), and
// "seven" contributing countries dated 2023 (article 002). The command line writes only what the reader is sure of.
TEST_F(CommandLineTest, ImportingAnArticleWritesOnlyWhatTheReaderIsSureOf)
{
    CRISIS_REQUIRE_SEEDS();
    const QString article000 = crisis::test::seedsDir() + QStringLiteral("/000_a76563f97d16fe8d.txt");
    const QString article002 = crisis::test::seedsDir() + QStringLiteral("/002_5ebc2a07f5a1d402.txt");
    const Outcome dry = run({ QStringLiteral("import"), article000, QStringLiteral("--published"),
        QStringLiteral("2023-09~"), QStringLiteral("--dry-run"), QStringLiteral("--db"), db("a.sqlite") });
    EXPECT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    // Every proposal, sure or to review, and why.
    EXPECT_TRUE(dry.out.contains(": sure: 2,728 \xe2\x80\x94 homicides, Haiti, 2022-10/2023-06"))
        << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(": sure: 247 \xe2\x80\x94 homicides, Haiti, 2022-10/2023-06, women of 2,728"));
    EXPECT_TRUE(dry.out.contains(": review: 1,472")) << dry.out.toStdString();
    // And the events it announces, read from their status words.
    EXPECT_TRUE(dry.out.contains(": event, expected (\xe2\x80\x9cit is anticipated\xe2\x80\x9d"))
        << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains("would import 4 figures")) << dry.out.toStdString();
    EXPECT_FALSE(QFile::exists(db("a.sqlite")));

    const Outcome imported = run(
        { QStringLiteral("--empty"), QStringLiteral("import"), article000, QStringLiteral("--db"), db("a.sqlite") });
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const QJsonArray figures
        = jsonArray(run({ QStringLiteral("list"), QStringLiteral("figures"), QStringLiteral("--format"),
                            QStringLiteral("json"), QStringLiteral("--db"), db("a.sqlite") })
                        .out);
    ASSERT_EQ(figures.size(), 4);
    QString totalId;
    for (const QJsonValue& figure : figures) {
        EXPECT_EQ(figure[u"subject"].toString(), QStringLiteral("Haiti"));
        if (figure[u"value"].toDouble() == 2728)
            totalId = figure[u"id"].toString();
    }
    ASSERT_FALSE(totalId.isEmpty());
    for (const QJsonValue& figure : figures) {
        if (figure[u"value"].toDouble() != 2728) {
            EXPECT_EQ(figure[u"parent_id"].toString(), totalId) << figure[u"value"].toDouble();
        }
    }

    // Nothing in article 002 is sure (no period is stated there): nothing is written, and "seven" is never 2023.
    const Outcome none = run({ QStringLiteral("import"), article002, QStringLiteral("--db"), db("a.sqlite") });
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_TRUE(none.err.contains("none sure")) << none.err.toStdString();
    const Outcome all
        = run({ QStringLiteral("import"), article002, QStringLiteral("--published"), QStringLiteral("2025-07/2025-12"),
            QStringLiteral("--accept"), QStringLiteral("all"), QStringLiteral("--db"), db("a.sqlite") });
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    const QJsonArray after
        = jsonArray(run({ QStringLiteral("list"), QStringLiteral("figures"), QStringLiteral("--format"),
                            QStringLiteral("json"), QStringLiteral("--db"), db("a.sqlite") })
                        .out);
    bool seven = false;
    for (const QJsonValue& figure : after) {
        EXPECT_NE(figure[u"period"].toString(), QStringLiteral("2023"));
        if (figure[u"value"].toDouble() == 7) {
            seven = true;
            EXPECT_EQ(figure[u"metric"].toString(), QStringLiteral("signatory_countries"));
            EXPECT_EQ(figure[u"period"].toString(), QStringLiteral("2025-07/2025-12"));
        }
    }
    EXPECT_TRUE(seven);
    expectUsageError(run({ QStringLiteral("import"), article002, QStringLiteral("--accept"), QStringLiteral("most"),
        QStringLiteral("--db"), db("a.sqlite") }));
}

TEST_F(CommandLineTest, QtsOwnOptionsReachTheWindow)
{
    QProcessEnvironment quitWhenShown;
    quitWhenShown.insert(QStringLiteral("CRISIS_TIMELINE_TIMING"), QStringLiteral("quit"));
    // Refused before ("Unknown options: style"): now the window opens with them and closes when shown.
    const Outcome window = run({ QStringLiteral("-style"), QStringLiteral("fusion"), QStringLiteral("-reverse"),
                                   QStringLiteral("--db"), db() },
        quitWhenShown);
    EXPECT_EQ(window.exitCode, 0) << window.err.toStdString();
    EXPECT_FALSE(window.err.contains("Unknown option")) << window.err.toStdString();
    EXPECT_TRUE(window.err.contains("first paint")) << window.err.toStdString();
    // Qt itself reads them: a style it does not have, it says so.
    const Outcome unknownStyle = run({ QStringLiteral("-style=no-such-style"), QStringLiteral("-platform"),
                                         QStringLiteral("offscreen"), QStringLiteral("--db"), db() },
        quitWhenShown);
    EXPECT_EQ(unknownStyle.exitCode, 0) << unknownStyle.err.toStdString();
    EXPECT_TRUE(unknownStyle.err.contains("no-such-style")) << unknownStyle.err.toStdString();
    // They are the window's: a command refuses them rather than ignoring them.
    const Outcome command = run({ QStringLiteral("list"), QStringLiteral("figures"), QStringLiteral("-style"),
        QStringLiteral("fusion"), QStringLiteral("--db"), db() });
    EXPECT_EQ(command.exitCode, 2) << command.err.toStdString();
    EXPECT_TRUE(command.err.contains("-style does not apply to \"list\"")) << command.err.toStdString();
}
