#include "rawsql.h"
#include "testsupport.h"

#include <crisis/core/storage/sqlite/sqliterepository.h>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// Rows of a database damaged outside the app (edited by hand, foreign keys turned off) are reported when it is
// loaded, naming the record and the value, rather than loaded silently as zero, no date or nothing.

using namespace crisis::core;

using crisis::test::rawSql;

namespace {

QString loadError(const QStringList& damage)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("damaged.sqlite"));
    SqliteRepository::open(file, OpenMode::CreateWithBundledDataset).value().reset();
    rawSql(file, QStringList { QStringLiteral("PRAGMA foreign_keys = OFF") } + damage);
    auto repository = SqliteRepository::open(file, OpenMode::Existing);
    if (!repository)
        return repository.error().message;
    const auto loaded = repository.value()->loadSnapshot();
    if (loaded.ok())
        return {};
    EXPECT_EQ(loaded.error().code, Error::Code::Corrupt) << loaded.error().message.toStdString();
    EXPECT_TRUE(loaded.error().message.contains(file)) << loaded.error().message.toStdString();
    return loaded.error().message;
}

} // namespace

TEST(DamagedRows, AreReportedNotLoadedAsZero)
{
    EXPECT_EQ(loadError({}), QString()) << "the sound database loads";
    const QString many = loadError({ QStringLiteral("UPDATE figures SET value = 'many' WHERE id = 'fig-000-01'") });
    EXPECT_TRUE(many.contains(u"figure \u201cfig-000-01\u201d has a value that is not a number: \u201cmany\u201d"))
        << many.toStdString();
    const QString period
        = loadError({ QStringLiteral("UPDATE figures SET period = '2023-99' WHERE id = 'fig-000-01'") });
    EXPECT_TRUE(period.contains(u"figure \u201cfig-000-01\u201d has a period that is not a date: \u201c2023-99\u201d"))
        << period.toStdString();
    EXPECT_TRUE(loadError({ QStringLiteral("UPDATE figures SET status = 'rumoured' WHERE id = 'fig-000-01'") })
                    .contains(u"an unknown status"));
    EXPECT_TRUE(loadError({ QStringLiteral("UPDATE figures SET reported = 'yesterday' WHERE id = 'fig-000-01'") })
                    .contains(u"a reported date that is not a date"));
    const QString dangling
        = loadError({ QStringLiteral("UPDATE figures SET source_id = 'src-gone' WHERE id = 'fig-000-01'") });
    EXPECT_TRUE(dangling.contains(u"figures cite the source \u201csrc-gone\u201d, which is not in it"))
        << dangling.toStdString();
    const QString event = loadError({ QStringLiteral("UPDATE events SET period = '2023-99' WHERE rowid = 1") });
    EXPECT_TRUE(event.contains(u"a period that is not a date: \u201c2023-99\u201d")) << event.toStdString();
}
