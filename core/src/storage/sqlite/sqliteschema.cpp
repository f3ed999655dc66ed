#include "sqliteschema.h"

#include "sqlitesupport.h"

#include <crisis/core/model/metricregistry.h>

#include <QSqlQuery>

#include <functional>

namespace crisis::core::sqlite {

QString dropIndexSql(const IndexDefinition& index)
{
    return QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1String(index.name));
}

QString createIndexSql(const IndexDefinition& index)
{
    return QStringLiteral("CREATE INDEX %1 ON %2").arg(QLatin1String(index.name), QLatin1String(index.on));
}

namespace {

// migrations()[i] brings a database from version i to i + 1.
using Migration = std::function<bool(QSqlDatabase&, QSqlError*)>;

bool createVersion1(QSqlDatabase& db, QSqlError* error)
{
    static const char* const statements[] = {
        "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
        "CREATE TABLE metrics (key TEXT PRIMARY KEY NOT NULL, label TEXT NOT NULL, unit TEXT NOT NULL,"
        " kind TEXT NOT NULL CHECK (kind IN ('flow', 'stock')), hxl TEXT NOT NULL,"
        " builtin INTEGER NOT NULL DEFAULT 0)",
        "CREATE TABLE sources (id TEXT PRIMARY KEY NOT NULL, seq INTEGER NOT NULL, document TEXT NOT NULL,"
        " text_sha256 TEXT NOT NULL, outlet TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL,"
        " author TEXT NOT NULL, published TEXT NOT NULL, published_inferred INTEGER NOT NULL,"
        " published_note TEXT NOT NULL, url TEXT NOT NULL)",
        "CREATE TABLE figures (id TEXT PRIMARY KEY NOT NULL, seq INTEGER NOT NULL,"
        " metric TEXT NOT NULL REFERENCES metrics(key), value REAL NOT NULL, qualifier TEXT NOT NULL,"
        " subject TEXT NOT NULL, status TEXT NOT NULL, period TEXT NOT NULL, period_first TEXT NOT NULL,"
        " period_last TEXT NOT NULL, period_inferred INTEGER NOT NULL, period_note TEXT NOT NULL,"
        " reported TEXT NOT NULL, reported_inferred INTEGER NOT NULL,"
        " parent_id TEXT REFERENCES figures(id) DEFERRABLE INITIALLY DEFERRED, subgroup TEXT NOT NULL,"
        " source_id TEXT NOT NULL REFERENCES sources(id), quote TEXT NOT NULL, quote_offset INTEGER NOT NULL,"
        " note TEXT NOT NULL)",
        "CREATE INDEX figures_seq ON figures(seq)",
        "CREATE INDEX figures_source ON figures(source_id)",
        "CREATE INDEX figures_parent ON figures(parent_id)",
        "CREATE TABLE events (id TEXT PRIMARY KEY NOT NULL, seq INTEGER NOT NULL, period TEXT NOT NULL,"
        " period_first TEXT NOT NULL, period_last TEXT NOT NULL, period_inferred INTEGER NOT NULL,"
        " period_note TEXT NOT NULL, title TEXT NOT NULL, summary TEXT NOT NULL, category TEXT NOT NULL,"
        " location TEXT NOT NULL)",
        "CREATE INDEX events_seq ON events(seq)",
        "CREATE TABLE event_actors (event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL, actor TEXT NOT NULL, PRIMARY KEY (event_id, position))",
        "CREATE TABLE event_citations (event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL, source_id TEXT NOT NULL REFERENCES sources(id), quote TEXT NOT NULL,"
        " quote_offset INTEGER NOT NULL, PRIMARY KEY (event_id, position))",
        "CREATE INDEX event_citations_source ON event_citations(source_id)",
    };
    for (const char* sql : statements) {
        if (!exec(db, QString::fromLatin1(sql), error))
            return false;
    }
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO metrics (key, label, unit, kind, hxl, builtin) VALUES (?, ?, ?, ?, ?, 1)"));
    for (const Metric& metric : MetricRegistry::builtIn().metrics()) {
        insert.addBindValue(metric.key);
        insert.addBindValue(metric.label);
        insert.addBindValue(metric.unit);
        insert.addBindValue(MetricRegistry::kindKey(metric.kind));
        insert.addBindValue(metric.hxl);
        if (!insert.exec()) {
            *error = insert.lastError();
            return false;
        }
    }
    return true;
}

// Version 2: events can be marked on charts; figures are stored in seq order as the table's own key
// (seq INTEGER PRIMARY KEY, the rowid), so that reading them in order is a straight scan, not a lookup per row.
bool createVersion2(QSqlDatabase& db, QSqlError* error)
{
    static const char* const statements[] = {
        "CREATE TABLE event_charts (event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL, chart TEXT NOT NULL, PRIMARY KEY (event_id, position))",
        "ALTER TABLE figures RENAME TO figures_v1",
        "CREATE TABLE figures (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
        " metric TEXT NOT NULL REFERENCES metrics(key), value REAL NOT NULL, qualifier TEXT NOT NULL,"
        " subject TEXT NOT NULL, status TEXT NOT NULL, period TEXT NOT NULL, period_first TEXT NOT NULL,"
        " period_last TEXT NOT NULL, period_inferred INTEGER NOT NULL, period_note TEXT NOT NULL,"
        " reported TEXT NOT NULL, reported_inferred INTEGER NOT NULL,"
        " parent_id TEXT REFERENCES figures(id) DEFERRABLE INITIALLY DEFERRED, subgroup TEXT NOT NULL,"
        " source_id TEXT NOT NULL REFERENCES sources(id), quote TEXT NOT NULL, quote_offset INTEGER NOT NULL,"
        " note TEXT NOT NULL)",
        "INSERT INTO figures (seq, id, metric, value, qualifier, subject, status, period, period_first, period_last,"
        " period_inferred, period_note, reported, reported_inferred, parent_id, subgroup, source_id, quote,"
        " quote_offset, note) SELECT seq, id, metric, value, qualifier, subject, status, period, period_first,"
        " period_last, period_inferred, period_note, reported, reported_inferred, parent_id, subgroup, source_id,"
        " quote, quote_offset, note FROM figures_v1 ORDER BY seq",
        "DROP TABLE figures_v1",
        "CREATE INDEX figures_source ON figures(source_id)",
        "CREATE INDEX figures_parent ON figures(parent_id)",
    };
    for (const char* sql : statements) {
        if (!exec(db, QString::fromLatin1(sql), error))
            return false;
    }
    return true;
}

// Version 3: stories, ordered walks through events for presenting.
bool createVersion3(QSqlDatabase& db, QSqlError* error)
{
    return exec(db,
               QStringLiteral("CREATE TABLE stories (id TEXT PRIMARY KEY NOT NULL, seq INTEGER NOT NULL,"
                              " title TEXT NOT NULL)"),
               error)
        && exec(db,
            QStringLiteral("CREATE TABLE story_steps (story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL, event_id TEXT NOT NULL REFERENCES events(id),"
                           " note TEXT NOT NULL, PRIMARY KEY (story_id, position))"),
            error)
        && exec(db, QStringLiteral("CREATE INDEX story_steps_event ON story_steps(event_id)"), error);
}

// Version 4: the parents' index holds only the figures that have a parent (built in a fifth of the time after a
// bulk import of figures without).
bool createVersion4(QSqlDatabase& db, QSqlError* error)
{
    return exec(db, dropIndexSql(figureIndexes[1]), error) && exec(db, createIndexSql(figureIndexes[1]), error);
}

// Version 5: events have a status (occurred, expected, proposed); the built-in metrics added since a database
// was made (signatory_countries) join its metrics.
bool createVersion5(QSqlDatabase& db, QSqlError* error)
{
    if (!exec(db, QStringLiteral("ALTER TABLE events ADD COLUMN status TEXT NOT NULL DEFAULT 'occurred'"), error))
        return false;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO metrics (key, label, unit, kind, hxl, builtin) VALUES (?, ?, ?, ?, ?, 1)"));
    for (const Metric& metric : MetricRegistry::builtIn().metrics()) {
        for (const QVariant& value : { QVariant(metric.key), QVariant(metric.label), QVariant(metric.unit),
                 QVariant(MetricRegistry::kindKey(metric.kind)), QVariant(metric.hxl) })
            insert.addBindValue(value);
        if (!insert.exec()) {
            *error = insert.lastError();
            return false;
        }
    }
    return true;
}

const QList<Migration>& migrations()
{
    static const QList<Migration> all { createVersion1, createVersion2, createVersion3, createVersion4,
        createVersion5 };
    return all;
}

} // namespace

int currentSchemaVersion()
{
    return static_cast<int>(migrations().size());
}

Result<void> migrate(QSqlDatabase& db, const QString& path, int from, int to)
{
    if (!db.transaction())
        return databaseError(path, QStringLiteral("cannot start a transaction"), db.lastError());
    QSqlError error;
    for (int version = from; version < to; ++version) {
        if (!migrations().at(version)(db, &error)) {
            db.rollback();
            return databaseError(path, QStringLiteral("migration to schema %1 failed").arg(version + 1), error);
        }
    }
    if (!exec(db, QStringLiteral("PRAGMA user_version = %1").arg(to), &error)) {
        db.rollback();
        return databaseError(path, QStringLiteral("cannot set the schema version"), error);
    }
    if (!db.commit())
        return databaseError(path, QStringLiteral("cannot commit the migration"), db.lastError());
    return {};
}

} // namespace crisis::core::sqlite
