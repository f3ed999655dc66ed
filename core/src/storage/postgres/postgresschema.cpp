#include "postgresschema.h"

#include <crisis/core/model/metricregistry.h>
#include <crisis/core/support/jsonwriter.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace crisis::core::postgres {

namespace {

// The table that says a database holds a Crisis Timeline dataset, and of which schema version.
constexpr const char* identityTable = "crisis_timeline";
constexpr const char* applicationName = "crisis-timeline";
// The key of the advisory lock writers of a dataset take turns on ("CRTL", as SQLite's application id).
constexpr qint64 writerLock = 0x4352544C;

// Version 1: the tables of SQLite's schema 5, with PostgreSQL's types, and the history of changes; every reference
// checked at the end of a transaction when it asks (a change replaces records that others refer to), the parent of a
// figure always then.
const char* const version1[] = {
    "CREATE TABLE crisis_timeline (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE metrics (position BIGSERIAL NOT NULL, key TEXT PRIMARY KEY, label TEXT NOT NULL,"
    " unit TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('flow', 'stock')), hxl TEXT NOT NULL,"
    " builtin INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE sources (id TEXT PRIMARY KEY, seq BIGINT NOT NULL UNIQUE, document TEXT NOT NULL,"
    " text_sha256 TEXT NOT NULL, outlet TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL,"
    " author TEXT NOT NULL, published TEXT NOT NULL, published_inferred INTEGER NOT NULL,"
    " published_note TEXT NOT NULL, url TEXT NOT NULL)",
    "CREATE TABLE figures (seq BIGINT PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
    " metric TEXT NOT NULL REFERENCES metrics(key) DEFERRABLE, value DOUBLE PRECISION NOT NULL,"
    " qualifier TEXT NOT NULL, subject TEXT NOT NULL, status TEXT NOT NULL, period TEXT NOT NULL,"
    " period_first TEXT NOT NULL, period_last TEXT NOT NULL, period_inferred INTEGER NOT NULL,"
    " period_note TEXT NOT NULL, reported TEXT NOT NULL, reported_inferred INTEGER NOT NULL,"
    " parent_id TEXT REFERENCES figures(id) DEFERRABLE INITIALLY DEFERRED, subgroup TEXT NOT NULL,"
    " source_id TEXT NOT NULL REFERENCES sources(id) DEFERRABLE, quote TEXT NOT NULL, quote_offset BIGINT NOT NULL,"
    " note TEXT NOT NULL)",
    "CREATE INDEX figures_source ON figures(source_id)",
    "CREATE INDEX figures_parent ON figures(parent_id) WHERE parent_id IS NOT NULL",
    "CREATE TABLE events (id TEXT PRIMARY KEY, seq BIGINT NOT NULL UNIQUE, period TEXT NOT NULL,"
    " period_first TEXT NOT NULL, period_last TEXT NOT NULL, period_inferred INTEGER NOT NULL,"
    " period_note TEXT NOT NULL, title TEXT NOT NULL, summary TEXT NOT NULL, category TEXT NOT NULL,"
    " location TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'occurred')",
    "CREATE TABLE event_actors (event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE DEFERRABLE,"
    " position INTEGER NOT NULL, actor TEXT NOT NULL, PRIMARY KEY (event_id, position))",
    "CREATE TABLE event_citations (event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE DEFERRABLE,"
    " position INTEGER NOT NULL, source_id TEXT NOT NULL REFERENCES sources(id) DEFERRABLE, quote TEXT NOT NULL,"
    " quote_offset BIGINT NOT NULL, PRIMARY KEY (event_id, position))",
    "CREATE INDEX event_citations_source ON event_citations(source_id)",
    "CREATE TABLE event_charts (event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE DEFERRABLE,"
    " position INTEGER NOT NULL, chart TEXT NOT NULL, PRIMARY KEY (event_id, position))",
    "CREATE TABLE stories (id TEXT PRIMARY KEY, seq BIGINT NOT NULL UNIQUE, title TEXT NOT NULL)",
    "CREATE TABLE story_steps (story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE DEFERRABLE,"
    " position INTEGER NOT NULL, event_id TEXT NOT NULL REFERENCES events(id) DEFERRABLE, note TEXT NOT NULL,"
    " PRIMARY KEY (story_id, position))",
    "CREATE INDEX story_steps_event ON story_steps(event_id)",
    // The history: one row per saved change, numbered in the order writers took their turn (see lockForWriting),
    // the ids it added, changed and removed by kind ({"figures": […], "events": […], …}).
    "CREATE TABLE changes (revision BIGSERIAL PRIMARY KEY, at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),"
    " username TEXT NOT NULL DEFAULT session_user,"
    " client TEXT NOT NULL DEFAULT current_setting('application_name'), what TEXT NOT NULL,"
    " everything INTEGER NOT NULL DEFAULT 0,"
    " added JSONB NOT NULL, changed JSONB NOT NULL, removed JSONB NOT NULL)",
};

// Version 2: what an edit did to each record's fields, its values before and after (JSON, not JSONB: the members keep
// the record's own order), kept with the change and removed with it.
const char* const version2[] = {
    "CREATE TABLE change_values (revision BIGINT NOT NULL REFERENCES changes(revision) ON DELETE CASCADE,"
    " kind TEXT NOT NULL CHECK (kind IN ('figure', 'event', 'source')), id TEXT NOT NULL, before JSON,"
    " after JSON, PRIMARY KEY (revision, kind, id))",
    "CREATE INDEX change_values_record ON change_values(id, revision)",
};

// Version 3: the figures' references (source, metric, parent) checked by the set rather than row by row. A foreign key
// checks each of a million imported figures on its own, at commit: half an import's time. Instead, triggers note the
// keys a statement's figures name that are not there (yet), their parents, and the keys a statement took away; one
// check at commit (a deferred constraint trigger) holds the noted keys as a foreign key would (FOR KEY SHARE) and looks
// each up once. What is there when a statement writes figures stays there: the statement holds the sources and
// metrics in SHARE mode to the end of its transaction (readers go on; writers of sources wait, as the app's take
// turns anyway). The notes and the check run as the tables' owner: editors can neither read nor touch them, so the
// server still refuses a figure that cites nothing, however it is written.
QStringList version3(const QString& schema)
{
    const QString definer
        = QStringLiteral(" LANGUAGE plpgsql SECURITY DEFINER SET search_path = %1, pg_temp AS $body$").arg(schema);
    const QString notes = QStringLiteral("INSERT INTO reference_checks (xact, kind, key) SELECT DISTINCT "
                                         "pg_current_xact_id(), %1 ON CONFLICT DO NOTHING;");
    // A key taken away in a transaction whose snapshot does not move (repeatable read, serializable) is refused: that
    // snapshot cannot see the figures another transaction has just committed that name it, which the check at commit
    // would miss. The app writes in read-committed transactions.
    const QString refuseRemoval = QStringLiteral(
        " IF current_setting('transaction_isolation') <> 'read committed' AND EXISTS (SELECT 1 FROM removed r"
        " WHERE NOT EXISTS (SELECT 1 FROM %1)) THEN RAISE EXCEPTION"
        " '% taken away in a % transaction: only a read-committed one sees every figure that names them',"
        " TG_TABLE_NAME, current_setting('transaction_isolation') USING ERRCODE = 'serialization_failure'; END IF;");
    QStringList statements {
        QStringLiteral("SET LOCAL client_min_messages = warning"), // "trigger … does not exist, skipping"
        // The foreign keys of schemas 1 and 2, whatever the server named them.
        QStringLiteral("DO $do$ DECLARE c RECORD; BEGIN FOR c IN SELECT conname FROM pg_catalog.pg_constraint"
                       " WHERE conrelid = 'figures'::regclass AND contype = 'f' LOOP"
                       " EXECUTE format('ALTER TABLE figures DROP CONSTRAINT %I', c.conname); END LOOP; END $do$"),
        // An index on the figures' source cost an import a quarter of its time (four thousand keys, a million
        // rows) for what is rare: a source taken away, which a scan of the figures then checks.
        QStringLiteral("DROP INDEX IF EXISTS figures_source"),
        QStringLiteral(
            "CREATE UNLOGGED TABLE IF NOT EXISTS reference_checks (xact xid8 NOT NULL, kind \"char\" NOT NULL,"
            " key TEXT NOT NULL, PRIMARY KEY (xact, kind, key))"),
        QStringLiteral("CREATE UNLOGGED TABLE IF NOT EXISTS reference_checks_due (xact xid8 PRIMARY KEY)"),
        QStringLiteral("CREATE OR REPLACE FUNCTION crisis_note_references() RETURNS trigger") + definer
            + QStringLiteral(" BEGIN"
                             " IF TG_TABLE_NAME = 'figures' THEN"
                             "  IF TG_OP <> 'DELETE' AND current_setting('transaction_isolation') = 'read committed'"
                             "  THEN"
                             // What the new figures cite is kept from being taken away until the transaction ends
                             // (readers are not held up; the app's writers take turns anyway), and only what is not
                             // there now is noted (an import's own sources come after its figures), with the
                             // parents the statement did not write itself (those are this transaction's: no one
                             // else can take them away).
                             "   LOCK TABLE sources, metrics IN SHARE MODE; ")
            // Each key once, from one pass over the rows (version 4: a part of a million-row import named its four
            // thousand sources fifty thousand times, in three passes), less what the transaction noted already.
            + QStringLiteral(
                "   WITH keys AS (SELECT a.source_id, a.metric, a.parent_id FROM added a"
                "    GROUP BY GROUPING SETS ((a.source_id), (a.metric), (a.parent_id)))"
                "   INSERT INTO reference_checks (xact, kind, key) SELECT pg_current_xact_id(), k.kind, k.key FROM"
                "    (SELECT 's'::\"char\" AS kind, keys.source_id AS key FROM keys WHERE keys.source_id IS NOT NULL"
                "     AND NOT EXISTS (SELECT 1 FROM sources s WHERE s.id = keys.source_id)"
                "     UNION ALL SELECT 'm', keys.metric FROM keys WHERE keys.metric IS NOT NULL"
                "     AND NOT EXISTS (SELECT 1 FROM metrics m WHERE m.key = keys.metric)"
                "     UNION ALL SELECT 'p', keys.parent_id FROM keys WHERE keys.parent_id IS NOT NULL"
                "     AND NOT EXISTS (SELECT 1 FROM added b WHERE b.id = keys.parent_id)) AS k"
                "    WHERE NOT EXISTS (SELECT 1 FROM reference_checks c"
                "     WHERE c.xact = pg_current_xact_id() AND c.kind = k.kind AND c.key = k.key)"
                "   ON CONFLICT DO NOTHING;")
            + QStringLiteral("  ELSIF TG_OP <> 'DELETE' THEN ")
            // A snapshot that does not move sees no one else's removal: every key noted, each held at commit.
            + notes.arg(QStringLiteral(
                "k.kind, k.key FROM added a, LATERAL (VALUES ('s'::\"char\", a.source_id), ('m', a.metric),"
                " ('p', a.parent_id)) AS k(kind, key) WHERE k.key IS NOT NULL"))
            + QStringLiteral("  END IF;"
                             "  IF TG_OP <> 'INSERT' THEN ")
            + refuseRemoval.arg(QStringLiteral("figures f WHERE f.id = r.id"))
            + notes.arg(QStringLiteral(
                "'p', r.id FROM removed r WHERE EXISTS (SELECT 1 FROM figures f WHERE f.parent_id = r.id)"))
            + QStringLiteral("  END IF;"
                             " ELSIF TG_TABLE_NAME = 'sources' THEN ")
            + refuseRemoval.arg(QStringLiteral("sources s WHERE s.id = r.id"))
            + notes.arg(QStringLiteral("'s', r.id FROM removed r")) + QStringLiteral(" ELSE ")
            + refuseRemoval.arg(QStringLiteral("metrics m WHERE m.key = r.key"))
            + notes.arg(QStringLiteral("'m', r.key FROM removed r"))
            + QStringLiteral(" END IF;"
                             " INSERT INTO reference_checks_due (xact) VALUES (pg_current_xact_id())"
                             "  ON CONFLICT DO NOTHING;"
                             " RETURN NULL;"
                             " END $body$"),
        // A table that figures name is emptied whole only with the figures.
        QStringLiteral("CREATE OR REPLACE FUNCTION crisis_refuse_truncate() RETURNS trigger") + definer
            + QStringLiteral(" BEGIN IF EXISTS (SELECT 1 FROM figures) THEN RAISE EXCEPTION"
                             " '% cannot be emptied while figures name them', TG_TABLE_NAME"
                             " USING ERRCODE = 'foreign_key_violation'; END IF; RETURN NULL; END $body$"),
        QStringLiteral("CREATE OR REPLACE FUNCTION crisis_check_references() RETURNS trigger") + definer
            + QStringLiteral(
                " DECLARE me xid8 := NEW.xact; missing TEXT[]; bad RECORD;"
                " BEGIN"
                " DELETE FROM reference_checks_due WHERE xact = me;"
                " PERFORM 1 FROM sources WHERE id IN"
                "  (SELECT key FROM reference_checks WHERE xact = me AND kind = 's') FOR KEY SHARE;"
                " PERFORM 1 FROM metrics WHERE key IN"
                "  (SELECT key FROM reference_checks WHERE xact = me AND kind = 'm') FOR KEY SHARE;"
                " PERFORM 1 FROM figures WHERE id IN"
                "  (SELECT key FROM reference_checks WHERE xact = me AND kind = 'p') FOR KEY SHARE;"
                " SELECT array_agg(c.key) INTO missing FROM reference_checks c WHERE c.xact = me AND c.kind = 's'"
                "  AND NOT EXISTS (SELECT 1 FROM sources s WHERE s.id = c.key);"
                " IF missing IS NOT NULL THEN"
                "  SELECT f.id, f.source_id AS key INTO bad FROM figures f WHERE f.source_id = ANY (missing) LIMIT 1;"
                "  IF FOUND THEN RAISE EXCEPTION 'figure \"%\" cites source \"%\", which does not exist', bad.id,"
                "   bad.key USING ERRCODE = 'foreign_key_violation'; END IF;"
                " END IF;"
                " SELECT array_agg(c.key) INTO missing FROM reference_checks c WHERE c.xact = me AND c.kind = 'm'"
                "  AND NOT EXISTS (SELECT 1 FROM metrics m WHERE m.key = c.key);"
                " IF missing IS NOT NULL THEN"
                "  SELECT f.id, f.metric AS key INTO bad FROM figures f WHERE f.metric = ANY (missing) LIMIT 1;"
                "  IF FOUND THEN RAISE EXCEPTION 'figure \"%\" measures metric \"%\", which does not exist', bad.id,"
                "   bad.key USING ERRCODE = 'foreign_key_violation'; END IF;"
                " END IF;"
                " SELECT array_agg(c.key) INTO missing FROM reference_checks c WHERE c.xact = me AND c.kind = 'p'"
                "  AND NOT EXISTS (SELECT 1 FROM figures p WHERE p.id = c.key);"
                " IF missing IS NOT NULL THEN"
                "  SELECT f.id, f.parent_id AS key INTO bad FROM figures f WHERE f.parent_id = ANY (missing) LIMIT 1;"
                "  IF FOUND THEN RAISE EXCEPTION 'figure \"%\" breaks down figure \"%\", which does not exist', bad.id,"
                "   bad.key USING ERRCODE = 'foreign_key_violation'; END IF;"
                " END IF;"
                " DELETE FROM reference_checks WHERE xact = me;"
                " RETURN NULL;"
                " END $body$"),
        QStringLiteral("DROP TRIGGER IF EXISTS references_checked ON reference_checks_due"),
        QStringLiteral("CREATE CONSTRAINT TRIGGER references_checked AFTER INSERT ON reference_checks_due"
                       " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION crisis_check_references()"),
    };
    // Each statement's rows, by the table and what it did: what they lean on (added) and what they took away
    // (removed).
    const struct
    {
        const char* name;
        const char* table;
        const char* event;
        const char* tables;
    } triggers[] = {
        { "figures_added", "figures", "INSERT", "NEW TABLE AS added" },
        { "figures_changed", "figures", "UPDATE", "OLD TABLE AS removed NEW TABLE AS added" },
        { "figures_removed", "figures", "DELETE", "OLD TABLE AS removed" },
        { "sources_changed", "sources", "UPDATE", "OLD TABLE AS removed" },
        { "sources_removed", "sources", "DELETE", "OLD TABLE AS removed" },
        { "metrics_changed", "metrics", "UPDATE", "OLD TABLE AS removed" },
        { "metrics_removed", "metrics", "DELETE", "OLD TABLE AS removed" },
    };
    for (const char* table : { "sources", "metrics" }) {
        statements.append(QStringLiteral("DROP TRIGGER IF EXISTS %1_truncated ON %1").arg(QLatin1String(table)));
        statements.append(QStringLiteral("CREATE TRIGGER %1_truncated BEFORE TRUNCATE ON %1 FOR EACH STATEMENT"
                                         " EXECUTE FUNCTION crisis_refuse_truncate()")
                              .arg(QLatin1String(table)));
    }
    // Run by the triggers alone: no one attaches them to a table of their own.
    statements.append(QStringLiteral("REVOKE EXECUTE ON FUNCTION crisis_note_references(), crisis_check_references(),"
                                     " crisis_refuse_truncate() FROM PUBLIC"));
    for (const auto& trigger : triggers) {
        statements.append(QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2")
                              .arg(QLatin1String(trigger.name), QLatin1String(trigger.table)));
        statements.append(QStringLiteral("CREATE TRIGGER %1 AFTER %3 ON %2 REFERENCING %4 FOR EACH STATEMENT"
                                         " EXECUTE FUNCTION crisis_note_references()")
                              .arg(QLatin1String(trigger.name), QLatin1String(trigger.table),
                                  QLatin1String(trigger.event), QLatin1String(trigger.tables)));
    }
    return statements;
}

// Version 4: the history's lists of ids compressed with lz4 where the server has it (the million ids of an import are
// stored faster than pglz stores them), besides the notes of version 3 taken in one pass.
const char* const version4[] = {
    "DO $do$ BEGIN EXECUTE 'ALTER TABLE changes ALTER COLUMN added SET COMPRESSION lz4,"
    " ALTER COLUMN changed SET COMPRESSION lz4, ALTER COLUMN removed SET COMPRESSION lz4';"
    " EXCEPTION WHEN feature_not_supported OR syntax_error THEN NULL; END $do$",
};

RecordKind kindOf(const QString& key)
{
    return key == u"figure" ? RecordKind::Figure : key == u"event" ? RecordKind::Event : RecordKind::Source;
}

Result<void> run(const sql::Store& store, const QStringList& statements, const QString& what)
{
    QSqlDatabase db = store.db;
    QSqlError error;
    for (const QString& statement : statements) {
        if (!sql::exec(db, statement, &error))
            return store.error(what, error);
    }
    return {};
}

Result<void> run(const sql::Store& store, const char* const* first, const char* const* last, const QString& what)
{
    QStringList statements;
    for (const char* const* statement = first; statement != last; ++statement)
        statements.append(QString::fromLatin1(*statement));
    return run(store, statements, what);
}

// The current schema's name, quoted for a statement.
Result<QString> quotedSchema(const sql::Store& store)
{
    QSqlQuery query(store.db);
    if (!query.exec(QStringLiteral("SELECT quote_ident(current_schema())")) || !query.next())
        return store.error(QStringLiteral("cannot read the dataset's schema"), query.lastError());
    return query.value(0).toString();
}

Result<void> setVersion(const sql::Store& store, int version)
{
    QSqlQuery query(store.db);
    query.prepare(QStringLiteral("UPDATE crisis_timeline SET value = ? WHERE key = 'schema_version'"));
    query.addBindValue(QString::number(version));
    if (!query.exec())
        return store.error(QStringLiteral("cannot record the schema's version"), query.lastError());
    return {};
}

QByteArray recordsJson(const Revision::Records& records)
{
    // Written straight, compact: an import lists a million ids.
    QByteArray out = "{";
    for (const auto& [key, ids] : { std::pair { "figures", &records.figures }, std::pair { "events", &records.events },
             std::pair { "sources", &records.sources }, std::pair { "stories", &records.stories } }) {
        if (ids->isEmpty())
            continue;
        if (out.size() > 1)
            out += ',';
        out += '"';
        out += key;
        out += "\":[";
        for (qsizetype i = 0; i < ids->size(); ++i) {
            if (i > 0)
                out += ',';
            JsonWriter::appendString(out, ids->at(i));
        }
        out += ']';
    }
    out += '}';
    return out;
}

Revision::Records recordsFrom(const QString& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    const auto ids = [&](const char* key) {
        QStringList list;
        for (const auto& id : object.value(QLatin1String(key)).toArray())
            list.append(id.toString());
        return list;
    };
    return { ids("figures"), ids("events"), ids("sources"), ids("stories") };
}

} // namespace

int currentSchemaVersion()
{
    return 4;
}

Result<Identity> identify(const sql::Store& store)
{
    QSqlQuery query(store.db);
    query.setForwardOnly(true);
    // What the schema new tables go into holds: tables, views, sequences and the like.
    if (!query.exec(QStringLiteral("SELECT c.relname FROM pg_catalog.pg_class c"
                                   " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                                   " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v', 'm', 'S', 'f', 'p')"
                                   " ORDER BY c.relname")))
        return store.error(QStringLiteral("cannot read what the database holds"), query.lastError());
    QStringList relations;
    while (query.next())
        relations.append(query.value(0).toString());
    Identity identity;
    if (relations.isEmpty())
        return identity;
    if (!relations.contains(QLatin1String(identityTable))) {
        identity.kind = Identity::Foreign;
        identity.what = relations.mid(0, 5).join(QStringLiteral(", "))
            + (relations.size() > 5 ? QStringLiteral(" and %1 more").arg(relations.size() - 5) : QString());
        return identity;
    }
    if (!query.exec(QStringLiteral("SELECT key, value FROM crisis_timeline"))) {
        if (query.lastError().nativeErrorCode() == u"42501") // insufficient privilege
            return Error(Error::Code::Io,
                QStringLiteral(
                    "%1: your user has no role in this dataset; an owner gives one (crisis-timeline roles USER "
                    "reader --db …)")
                    .arg(store.name));
        return store.error(QStringLiteral("cannot read what the database holds"), query.lastError());
    }
    QString application;
    QString version;
    while (query.next()) {
        if (query.value(0).toString() == u"application")
            application = query.value(1).toString();
        else if (query.value(0).toString() == u"schema_version")
            version = query.value(1).toString();
    }
    bool number = false;
    identity.version = version.toInt(&number);
    if (application != QLatin1String(applicationName) || !number || identity.version <= 0) {
        identity.kind = Identity::Foreign;
        identity.what = QStringLiteral("a crisis_timeline table that does not say it is ours");
        return identity;
    }
    identity.kind = Identity::Ours;
    return identity;
}

Result<void> setUp(const sql::Store& store)
{
    const QString what = QStringLiteral("cannot set up the dataset's tables");
    if (auto made = run(store, std::begin(version1), std::end(version1), what); !made)
        return made;
    if (auto made = run(store, std::begin(version2), std::end(version2), what); !made)
        return made;
    auto schema = quotedSchema(store);
    if (!schema)
        return schema.error();
    if (auto made = run(store, version3(schema.value()), what); !made)
        return made;
    if (auto made = run(store, std::begin(version4), std::end(version4), what); !made)
        return made;
    QSqlDatabase db = store.db;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO crisis_timeline (key, value) VALUES (?, ?)"));
    for (const auto& [key, value] : { std::pair { QStringLiteral("application"), QString::fromLatin1(applicationName) },
             std::pair { QStringLiteral("schema_version"), QString::number(currentSchemaVersion()) } }) {
        insert.addBindValue(key);
        insert.addBindValue(value);
        if (!insert.exec())
            return store.error(QStringLiteral("cannot set up the dataset's tables"), insert.lastError());
    }
    insert.prepare(
        QStringLiteral("INSERT INTO metrics (key, label, unit, kind, hxl, builtin) VALUES (?, ?, ?, ?, ?, 1)"));
    for (const Metric& metric : MetricRegistry::builtIn().metrics()) {
        for (const QVariant& value : { QVariant(metric.key), QVariant(metric.label), QVariant(metric.unit),
                 QVariant(MetricRegistry::kindKey(metric.kind)), QVariant(metric.hxl) })
            insert.addBindValue(value);
        if (!insert.exec())
            return store.error(QStringLiteral("cannot set up the built-in metrics"), insert.lastError());
    }
    return {};
}

namespace {

QString quotedName(const QString& identifier)
{
    QString name = identifier;
    return u'"' + name.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// One value of a query of one row.
Result<QVariant> valueOf(const sql::Store& store, const QString& sql, const QVariantList& values, const QString& what)
{
    QSqlQuery query(store.db);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return store.error(what, query.lastError());
    return query.next() ? query.value(0) : QVariant();
}

Result<void> run(const sql::Store& store, const QString& statement, const QString& what)
{
    QSqlDatabase db = store.db;
    QSqlError error;
    if (!sql::exec(db, statement, &error))
        return store.error(what, error);
    return {};
}

} // namespace

Result<BulkRestore> dropKeysAndIndexes(const sql::Store& store)
{
    const QString what = QStringLiteral("cannot prepare the tables for the dataset");
    QSqlQuery query(store.db);
    query.setForwardOnly(true);
    BulkRestore restore;
    QStringList drops;
    // The primary and unique keys, then the other indexes (the figures' references are checked by triggers).
    if (!query.exec(QStringLiteral("SELECT conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid)"
                                   " FROM pg_catalog.pg_constraint WHERE contype IN ('p', 'u')"
                                   " AND conrelid = 'figures'::regclass ORDER BY conname")))
        return store.error(what, query.lastError());
    while (query.next()) {
        const QString table = query.value(0).toString();
        const QString name = query.value(1).toString();
        drops.append(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(table, name));
        const QString add
            = QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3").arg(table, name, query.value(2).toString());
        restore.indexes.append(add);
    }
    if (!query.exec(QStringLiteral("SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)"
                                   " FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indrelid"
                                   " WHERE i.indrelid = 'figures'::regclass AND NOT EXISTS"
                                   " (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.conindid = i.indexrelid)"
                                   " ORDER BY 1")))
        return store.error(what, query.lastError());
    while (query.next()) {
        drops.append(QStringLiteral("DROP INDEX %1").arg(query.value(0).toString()));
        restore.indexes.prepend(query.value(1).toString());
    }
    query.finish();
    // Nor are the keys of a million new figures noted for the server's check at commit (version3): the writer checks
    // them by value, once each, and no one else writes to a table this transaction made.
    drops.append(QStringLiteral("ALTER TABLE figures DISABLE TRIGGER figures_added"));
    restore.indexes.append(QStringLiteral("ALTER TABLE figures ENABLE TRIGGER figures_added"));
    for (const QString& drop : std::as_const(drops)) {
        if (auto done = run(store, drop, what); !done)
            return done.error();
    }
    return restore;
}

Result<void> restore(const sql::Store& store, const QStringList& statements)
{
    for (const QString& statement : statements) {
        if (auto done = run(store, statement, QStringLiteral("cannot check the dataset's records")); !done)
            return done;
    }
    return {};
}

QString roleName(const QString& database, TeamRole role)
{
    return database + u'_' + teamRoleKey(role);
}

Result<bool> mayWrite(const sql::Store& store)
{
    auto may = valueOf(store,
        QStringLiteral("SELECT has_table_privilege('figures', 'INSERT') AND has_table_privilege('changes', 'INSERT')"),
        {}, QStringLiteral("cannot read what this user may do"));
    if (!may)
        return may.error();
    return may.value().toBool();
}

Result<bool> ownsDataset(const sql::Store& store)
{
    auto owns = valueOf(store,
        QStringLiteral("SELECT pg_has_role(tableowner, 'USAGE') FROM pg_catalog.pg_tables"
                       " WHERE schemaname = current_schema() AND tablename = 'figures'"),
        {}, QStringLiteral("cannot read who owns the dataset"));
    if (!owns)
        return owns.error();
    return owns.value().toBool();
}

namespace {

// What the roles are named after, and who owns the tables now.
struct DatasetNames
{
    QString database;
    QString schema;
    QString tablesOwner;
};

Result<DatasetNames> datasetNames(const sql::Store& store, const QString& what)
{
    QSqlQuery query(store.db);
    if (!query.exec(QStringLiteral("SELECT current_database(), current_schema(), tableowner FROM pg_catalog.pg_tables"
                                   " WHERE schemaname = current_schema() AND tablename = 'figures'"))
        || !query.next())
        return store.error(what, query.lastError());
    return DatasetNames { query.value(0).toString(), query.value(1).toString(), query.value(2).toString() };
}

// Grants the three roles their rights on every table of the schema (again: tables a newer schema added included).
// Readers select; editors also insert, change and delete records, but only add to the history and never touch the
// schema's mark; owners hold the other two, with the right to give them.
Result<void> grantRights(const sql::Store& store, const DatasetNames& names, const QString& what)
{
    const QString schema = quotedName(names.schema);
    const QString reader = quotedName(roleName(names.database, TeamRole::Reader));
    const QString editor = quotedName(roleName(names.database, TeamRole::Editor));
    const QString owner = quotedName(roleName(names.database, TeamRole::Owner));
    const QStringList statements {
        QStringLiteral("SET LOCAL client_min_messages = error"), // "already a member", "no privileges were granted"
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, reader),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, reader),
        QStringLiteral("GRANT %1 TO %2").arg(reader, editor),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, editor),
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON crisis_timeline FROM %1").arg(editor),
        QStringLiteral("REVOKE UPDATE, DELETE ON changes, change_values FROM %1").arg(editor),
        QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, editor),
        QStringLiteral("GRANT %1 TO %2").arg(editor, owner),
        QStringLiteral("GRANT %1, %2 TO %3 WITH ADMIN OPTION").arg(reader, editor, owner),
    };
    for (const QString& statement : statements) {
        if (auto done = run(store, statement, what); !done)
            return done;
    }
    // The notes of the reference checks are the server's own (see version3): no one writes or skips them by hand.
    auto checked = valueOf(store, QStringLiteral("SELECT to_regclass('reference_checks') IS NOT NULL"), {}, what);
    if (!checked)
        return checked.error();
    if (!checked.value().toBool())
        return {};
    return run(store,
        QStringLiteral("REVOKE ALL ON reference_checks, reference_checks_due FROM %1, %2").arg(reader, editor), what);
}

// The users (roles that log in) that are members of a role.
Result<QStringList> membersOf(const sql::Store& store, const QString& group, const QString& what)
{
    return sql::textsOf(store,
        QStringLiteral("SELECT u.rolname FROM pg_catalog.pg_auth_members m"
                       " JOIN pg_catalog.pg_roles u ON u.oid = m.member"
                       " JOIN pg_catalog.pg_roles g ON g.oid = m.roleid WHERE g.rolname = ? AND u.rolcanlogin"),
        group, what);
}

bool rolesExist(const sql::Store& store, const QString& database)
{
    auto found = valueOf(store, QStringLiteral("SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = ?"),
        { roleName(database, TeamRole::Owner) }, {});
    return found && found.value().toInt() > 0;
}

} // namespace

Result<void> setRole(const sql::Store& store, const QString& user, std::optional<TeamRole> role)
{
    const QString what = QStringLiteral("cannot set %1's role").arg(user);
    auto exists = valueOf(store,
        QStringLiteral("SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = ? AND rolcanlogin"), { user }, what);
    if (!exists)
        return exists.error();
    if (exists.value().toInt() == 0)
        return Error(Error::Code::NotFound,
            QStringLiteral("the server has no user \u201c%1\u201d: an administrator creates it first (createuser %1)")
                .arg(user));
    auto owns = ownsDataset(store);
    if (!owns)
        return owns.error();
    if (!owns.value())
        return Error(Error::Code::Io, QStringLiteral("only an owner of the dataset gives roles; nothing was changed"));
    auto found = datasetNames(store, what);
    if (!found)
        return found.error();
    const DatasetNames& names = found.value();
    // PostgreSQL cuts names at 63 bytes: the roles' names must stay whole, and apart.
    if (roleName(names.database, TeamRole::Reader).toUtf8().size() > 63)
        return Error(Error::Code::InvalidInput,
            QStringLiteral("the database's name is too long to name its roles after (at most 56 bytes); nothing was "
                           "changed"));
    const QString ownerRole = roleName(names.database, TeamRole::Owner);
    // The three roles, made once.
    for (const TeamRole each : { TeamRole::Reader, TeamRole::Editor, TeamRole::Owner }) {
        const QString name = roleName(names.database, each);
        auto made = valueOf(
            store, QStringLiteral("SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = ?"), { name }, what);
        if (!made)
            return made.error();
        if (made.value().toInt() == 0) {
            if (auto created = run(store, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quotedName(name)),
                    QStringLiteral("cannot make the role %1 (the dataset's owner needs the right to make roles: "
                                   "ALTER ROLE … CREATEROLE, by an administrator)")
                        .arg(name));
                !created)
                return created;
        }
    }
    // The tables pass, once, from the user that set the dataset up to the owners' role (which cannot log in), and
    // that user becomes an owner: owners act on the tables as their owner, and no one is made a member of a user
    // (which would hand over all that user's rights, a superuser's even).
    if (names.tablesOwner != ownerRole) {
        const QString previous = quotedName(names.tablesOwner);
        // The new owner must be able to create in the schema (tables a newer schema adds, too).
        QStringList statements {
            QStringLiteral("GRANT %1 TO %2 WITH ADMIN OPTION").arg(quotedName(ownerRole), previous),
            QStringLiteral("GRANT USAGE, CREATE ON SCHEMA %1 TO %2")
                .arg(quotedName(names.schema), quotedName(ownerRole))
        };
        // The tables, and the functions of the reference checks (which run as their owner).
        auto owned = sql::textsOf(store,
            QStringLiteral(
                "WITH previous (name) AS (SELECT CAST(? AS TEXT))"
                " SELECT 'TABLE ' || quote_ident(tablename) FROM pg_catalog.pg_tables, previous"
                " WHERE schemaname = current_schema() AND tableowner = previous.name UNION ALL"
                " SELECT 'FUNCTION ' || p.oid::regprocedure::text FROM pg_catalog.pg_proc p, previous"
                " WHERE p.pronamespace = (SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = current_schema())"
                " AND pg_catalog.pg_get_userbyid(p.proowner) = previous.name"),
            names.tablesOwner, what);
        if (!owned)
            return owned.error();
        for (const QString& object : std::as_const(owned.value()))
            statements.append(QStringLiteral("ALTER %1 OWNER TO %2").arg(object, quotedName(ownerRole)));
        for (const QString& statement : std::as_const(statements)) {
            if (auto done = run(store, statement, what); !done)
                return done;
        }
    }
    if (auto granted = grantRights(store, names, what); !granted)
        return granted;
    // The dataset keeps an owner.
    if (role != TeamRole::Owner) {
        auto owners = membersOf(store, ownerRole, what);
        if (!owners)
            return owners.error();
        owners.value().removeAll(user);
        if (owners.value().isEmpty())
            return Error(Error::Code::InvalidInput,
                QStringLiteral("%1 is the dataset's only owner; make another user an owner first").arg(user));
    }
    for (const TeamRole each : { TeamRole::Reader, TeamRole::Editor, TeamRole::Owner }) {
        const QString group = roleName(names.database, each);
        auto members = membersOf(store, group, what);
        if (!members)
            return members.error();
        if (!members.value().contains(user))
            continue;
        if (auto done = run(store, QStringLiteral("REVOKE %1 FROM %2").arg(quotedName(group), quotedName(user)), what);
            !done)
            return done;
    }
    if (role) {
        // Owners may give the owner's role too.
        const QString grant = *role == TeamRole::Owner ? QStringLiteral("GRANT %1 TO %2 WITH ADMIN OPTION")
                                                       : QStringLiteral("GRANT %1 TO %2");
        if (auto done = run(store, grant.arg(quotedName(roleName(names.database, *role)), quotedName(user)), what);
            !done)
            return done;
    }
    return {};
}

Result<QList<std::pair<QString, TeamRole>>> roles(const sql::Store& store)
{
    // The tables' owner is an owner, whatever it was granted.
    auto tablesOwner = valueOf(store,
        QStringLiteral("SELECT t.tableowner FROM pg_catalog.pg_tables t JOIN pg_catalog.pg_roles r"
                       " ON r.rolname = t.tableowner WHERE t.schemaname = current_schema() AND t.tablename = 'figures'"
                       " AND r.rolcanlogin"),
        {}, QStringLiteral("cannot read the dataset's roles"));
    if (!tablesOwner)
        return tablesOwner.error();
    const QString owner = tablesOwner.value().toString();
    QSqlQuery query(store.db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT u.rolname, g.rolname FROM pg_catalog.pg_auth_members m"
            " JOIN pg_catalog.pg_roles u ON u.oid = m.member JOIN pg_catalog.pg_roles g ON g.oid = m.roleid"
            " WHERE u.rolcanlogin AND g.rolname IN (current_database() || '_reader', current_database() || '_editor',"
            " current_database() || '_owner') ORDER BY 1")))
        return store.error(QStringLiteral("cannot read the dataset's roles"), query.lastError());
    QList<std::pair<QString, TeamRole>> found;
    while (query.next()) {
        const QString user = query.value(0).toString();
        const QString group = query.value(1).toString();
        const auto role = teamRoleFromKey(QStringView(group).mid(group.lastIndexOf(u'_') + 1));
        if (!role)
            continue;
        if (!found.isEmpty() && found.constLast().first == user) {
            found.last().second = std::max(found.constLast().second, *role);
            continue;
        }
        found.append({ user, *role });
    }
    const auto held = std::find_if(
        found.begin(), found.end(), [&](const std::pair<QString, TeamRole>& entry) { return entry.first == owner; });
    if (held != found.end())
        held->second = TeamRole::Owner;
    else if (!owner.isEmpty())
        found.insert(
            std::lower_bound(found.begin(), found.end(), owner,
                [](const std::pair<QString, TeamRole>& entry, const QString& name) { return entry.first < name; }),
            { owner, TeamRole::Owner });
    return found;
}

Result<void> upgrade(const sql::Store& store, int from)
{
    // Tables a newer schema adds belong to the tables' owner (the owners' role once roles are given), whoever of
    // the owners opens the dataset first.
    const QString what = QStringLiteral("cannot upgrade the dataset's schema");
    auto names = datasetNames(store, what);
    if (!names)
        return names.error();
    if (auto acting = run(store, QStringLiteral("SET LOCAL ROLE %1").arg(quotedName(names.value().tablesOwner)), what);
        !acting)
        return acting;
    if (from < 2) {
        if (auto made = run(store, std::begin(version2), std::end(version2),
                QStringLiteral("cannot add the history's record values to the schema"));
            !made)
            return made;
    }
    // Version 4 changed how version 3's trigger takes its notes: running version3 again brings a dataset of either up
    // to date.
    if (from < 4) {
        if (auto made = run(store, version3(quotedName(names.value().schema)),
                QStringLiteral("cannot check the figures' references by the set"));
            !made)
            return made;
        if (auto made = run(store, std::begin(version4), std::end(version4), what); !made)
            return made;
    }
    if (auto set = setVersion(store, currentSchemaVersion()); !set)
        return set;
    if (rolesExist(store, names.value().database)) {
        if (auto granted = grantRights(store, names.value(), what); !granted)
            return granted;
    }
    return run(store, QStringLiteral("RESET ROLE"), what);
}

Result<void> record(const sql::Store& store, Revision& revision)
{
    QSqlQuery query(store.db);
    query.prepare(QStringLiteral("INSERT INTO changes (what, everything, added, changed, removed)"
                                 " VALUES (?, ?, CAST(? AS JSONB), CAST(? AS JSONB), CAST(? AS JSONB))"
                                 " RETURNING revision, at, username, client"));
    query.addBindValue(revision.what);
    query.addBindValue(revision.everything ? 1 : 0);
    for (const Revision::Records* records : { &revision.added, &revision.changed, &revision.removed })
        query.addBindValue(QString::fromUtf8(recordsJson(*records)));
    if (!query.exec() || !query.next())
        return store.error(QStringLiteral("cannot keep the change in the history"), query.lastError());
    revision.number = query.value(0).toLongLong();
    revision.at = query.value(1).toDateTime();
    revision.user = query.value(2).toString();
    revision.client = query.value(3).toString();
    query.finish();
    if (!revision.values.isEmpty()) {
        // One statement for all of them: the values travel as one JSON array.
        JsonWriter values;
        values.beginArray();
        for (const RecordValues& record : std::as_const(revision.values)) {
            values.beginObject();
            values.field(u"kind", recordKindName(record.kind)); // as the CHECK names them
            values.field(u"id", record.id);
            for (const auto& [key, json] :
                { std::pair { u"before", &record.before }, std::pair { u"after", &record.after } }) {
                values.key(key);
                if (json->isEmpty())
                    values.null();
                else
                    values.raw(*json);
            }
            values.endObject();
        }
        values.endArray();
        query.prepare(QStringLiteral("INSERT INTO change_values (revision, kind, id, before, after)"
                                     " SELECT ?, v->>'kind', v->>'id',"
                                     " CASE WHEN json_typeof(v->'before') = 'null' THEN NULL ELSE v->'before' END,"
                                     " CASE WHEN json_typeof(v->'after') = 'null' THEN NULL ELSE v->'after' END"
                                     " FROM json_array_elements(CAST(? AS JSON)) AS v"));
        query.addBindValue(revision.number);
        query.addBindValue(QString::fromUtf8(values.toJson()));
        if (!query.exec())
            return store.error(QStringLiteral("cannot keep the records' values in the history"), query.lastError());
        query.finish();
    }
    query.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    query.addBindValue(QLatin1String(changeChannel));
    query.addBindValue(QString::number(revision.number));
    if (!query.exec())
        return store.error(QStringLiteral("cannot announce the change"), query.lastError());
    return {};
}

Result<QList<Revision>> revisions(const sql::Store& store, qint64 after, const QString& recordId, int limit,
    const QString& otherThan, bool newestFirst, bool withValues)
{
    QSqlQuery query(store.db);
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT revision, at, username, what, everything, added::text, changed::text,"
                                 " removed::text, client FROM changes WHERE revision > ?");
    if (!recordId.isEmpty()) {
        // Any kind's list holding the id (jsonb's @> rather than ?, which Qt's driver takes for a placeholder).
        QStringList holds;
        for (const char* column : { "added", "changed", "removed" }) {
            for (const char* kind : { "figures", "events", "sources", "stories" })
                holds.append(QStringLiteral("%1 @> jsonb_build_object('%2', jsonb_build_array(CAST(? AS TEXT)))")
                                 .arg(QLatin1String(column), QLatin1String(kind)));
        }
        sql += QStringLiteral(" AND (everything = 1 OR ") + holds.join(QStringLiteral(" OR ")) + u')';
    }
    if (!otherThan.isEmpty())
        sql += QStringLiteral(" AND client <> ?");
    sql += newestFirst ? QStringLiteral(" ORDER BY revision DESC LIMIT ?")
                       : QStringLiteral(" ORDER BY revision LIMIT ?");
    query.prepare(sql);
    query.addBindValue(after);
    if (!recordId.isEmpty()) {
        for (int i = 0; i < 12; ++i)
            query.addBindValue(recordId);
    }
    if (!otherThan.isEmpty())
        query.addBindValue(otherThan);
    query.addBindValue(limit);
    if (!query.exec())
        return store.error(QStringLiteral("cannot read the history"), query.lastError());
    QList<Revision> found;
    while (query.next()) {
        Revision revision;
        revision.number = query.value(0).toLongLong();
        revision.at = query.value(1).toDateTime();
        revision.user = query.value(2).toString();
        revision.what = query.value(3).toString();
        revision.everything = query.value(4).toInt() != 0;
        revision.added = recordsFrom(query.value(5).toString());
        revision.changed = recordsFrom(query.value(6).toString());
        revision.removed = recordsFrom(query.value(7).toString());
        revision.client = query.value(8).toString();
        found.append(std::move(revision));
    }
    if (!withValues || found.isEmpty())
        return found;
    // The records' values those revisions kept (of the one record when asked about one).
    const auto [first, last] = std::minmax_element(
        found.cbegin(), found.cend(), [](const Revision& a, const Revision& b) { return a.number < b.number; });
    QSqlQuery values(store.db);
    values.setForwardOnly(true);
    values.prepare(QStringLiteral("SELECT revision, kind, id, COALESCE(before::text, ''), COALESCE(after::text, '')"
                                  " FROM change_values WHERE revision BETWEEN ? AND ?")
        + (recordId.isEmpty() ? QString() : QStringLiteral(" AND id = ?"))
        + QStringLiteral(" ORDER BY revision, kind, id"));
    values.addBindValue(first->number);
    values.addBindValue(last->number);
    if (!recordId.isEmpty())
        values.addBindValue(recordId);
    if (!values.exec())
        return store.error(QStringLiteral("cannot read the history's record values"), values.lastError());
    QHash<qint64, Revision*> byNumber;
    for (Revision& revision : found)
        byNumber.insert(revision.number, &revision);
    while (values.next()) {
        Revision* revision = byNumber.value(values.value(0).toLongLong());
        if (!revision)
            continue;
        revision->values.append({ kindOf(values.value(1).toString()), values.value(2).toString(),
            values.value(3).toString().toUtf8(), values.value(4).toString().toUtf8() });
    }
    return found;
}

Result<qint64> latestRevision(const sql::Store& store)
{
    QSqlQuery query(store.db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(revision), 0) FROM changes")) || !query.next())
        return store.error(QStringLiteral("cannot read the history"), query.lastError());
    return query.value(0).toLongLong();
}

Result<void> readCommitted(const sql::Store& store)
{
    return run(store, QStringLiteral("SET TRANSACTION ISOLATION LEVEL READ COMMITTED"),
        QStringLiteral("cannot start the change"));
}

Result<void> lockForWriting(const sql::Store& store)
{
    QSqlDatabase db = store.db;
    QSqlError error;
    if (!sql::exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(writerLock), &error))
        return store.error(QStringLiteral("cannot wait for another writer"), error);
    return {};
}

} // namespace crisis::core::postgres
