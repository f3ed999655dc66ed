#include "postgresrepository.h"

#include "../sql/sqlchangestore.h"
#include "../sql/sqlreader.h"
#include "../sql/sqlwriter.h"
#include "postgresreader.h"
#include "postgresschema.h"
#include "postgressupport.h"
#include "postgreswriter.h"

#include <crisis/core/interchange/datasetjson.h>

#include <QLocale>
#include <QSet>
#include <QSqlQuery>

namespace crisis::core {

using namespace postgres;

namespace {

// Every record of a snapshot, by kind.
Revision::Records recordsOf(const Snapshot& data)
{
    Revision::Records records;
    records.figures.reserve(data.figures.size());
    for (qsizetype row = 0; row < data.figures.size(); ++row)
        records.figures.append(data.figures.id(row));
    for (const Event& event : data.events)
        records.events.append(event.id);
    for (const Source& source : data.sources)
        records.sources.append(source.id);
    for (const Story& story : data.stories)
        records.stories.append(story.id);
    return records;
}

// A change keeps its records' values in the history when it touches no more records than this.
constexpr qsizetype maxRecordValues = 1000;

// What a change did, from the change and the change that undoes it: the undo removes what was added and puts back
// what was replaced (changed) or removed.
Revision revisionOf(const ChangeSet& change, const ChangeSet& undo)
{
    Revision revision;
    const auto sort = [](const auto& putBack, const auto& put, QStringList& changed, QStringList& removed) {
        QSet<QString> putIds;
        for (const auto& record : put)
            putIds.insert(record.id);
        for (const auto& record : putBack)
            (putIds.contains(record.id) ? changed : removed).append(record.id);
    };
    revision.added.figures = undo.removeFigures;
    revision.added.events = undo.removeEvents;
    revision.added.sources = undo.removeSources;
    sort(undo.putFigures, change.putFigures, revision.changed.figures, revision.removed.figures);
    sort(undo.putEvents, change.putEvents, revision.changed.events, revision.removed.events);
    sort(undo.putSources, change.putSources, revision.changed.sources, revision.removed.sources);
    // What each record changed or removed held before, and a changed one after: the undo puts back the one, the
    // change puts the other. Kept for changes of up to a thousand records (an edit, a deletion, the undo of a small
    // import): the undo of a large import keeps its ids only, as the import itself did.
    if (undo.putFigures.size() + undo.putEvents.size() + undo.putSources.size() > maxRecordValues)
        return revision;
    const auto keep = [&revision](RecordKind kind, const auto& putBack, const auto& put) {
        QHash<QString, QByteArray> after;
        for (const auto& record : put)
            after.insert(record.id, recordJson(record));
        for (const auto& record : putBack)
            revision.values.append({ kind, record.id, recordJson(record), after.value(record.id) });
    };
    keep(RecordKind::Figure, undo.putFigures, change.putFigures);
    keep(RecordKind::Event, undo.putEvents, change.putEvents);
    keep(RecordKind::Source, undo.putSources, change.putSources);
    return revision;
}

// Sets the database up when it is empty, under the writers' lock (two programs setting one up at once: the second
// finds it set up), with `data` when given; all or nothing. `setUp` says whether it was this call that did.
Result<void> setUpIfEmpty(const sql::Store& store, const Snapshot* data, bool* setUp = nullptr)
{
    return sql::inTransaction(store, [&]() -> Result<void> {
        if (auto isolated = readCommitted(store); !isolated)
            return isolated;
        if (auto locked = lockForWriting(store); !locked)
            return locked;
        auto identity = identify(store);
        if (!identity)
            return identity.error();
        if (identity.value().kind != Identity::Empty)
            return {};
        if (auto made = postgres::setUp(store); !made)
            return made;
        if (setUp)
            *setUp = true;
        if (!data)
            return {};
        postgres::Writer writer(store);
        QSqlError error;
        QSqlDatabase db = store.db;
        if (!sql::exec(db, QStringLiteral("SET CONSTRAINTS ALL DEFERRED"), &error))
            return store.error(QStringLiteral("cannot write the dataset"), error);
        // The tables are new and this transaction's alone: written without keys or indexes, which are then built
        // whole, rather than an index insert a row (a million figures).
        auto keys = postgres::dropKeysAndIndexes(store);
        if (!keys)
            return keys.error();
        writer.setFiguresTableNew();
        if (auto written = writer.write(*data, true, {}); !written)
            return written;
        // Unique ids are said by the indexes as they are rebuilt; references by the client's check, by value (the
        // server's notes for its own check are off for this table, which no one else can write to yet).
        if (auto built = postgres::restore(store, keys.value().indexes); !built)
            return built;
        if (auto checked = writer.checkReferences(*data); !checked)
            return checked;
        Revision revision;
        revision.what = QStringLiteral("set up");
        revision.added = recordsOf(*data);
        return record(store, revision);
    });
}

// Runs a read in one read-only transaction, which sees one state of the dataset throughout.
template<typename T, typename Work> Result<T> consistently(const sql::Store& store, Work work)
{
    std::optional<T> value;
    auto done = sql::inTransaction(store, [&]() -> Result<void> {
        QSqlError error;
        QSqlDatabase db = store.db;
        if (!sql::exec(db, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"), &error))
            return store.error(QStringLiteral("cannot read"), error);
        postgres::Reader reader(store);
        auto read = work(reader);
        if (!read)
            return read.error();
        value = std::move(read.value());
        return {};
    });
    if (!done)
        return done.error();
    return std::move(*value);
}

// A read of the catalog or of everything, stamped with the revision it is as of (Snapshot::revision), read in the
// same transaction.
Result<Snapshot> stamped(const sql::Store& store, const std::function<Result<Snapshot>(sql::Reader&)>& read)
{
    return consistently<Snapshot>(store, [&](sql::Reader& reader) -> Result<Snapshot> {
        auto data = read(reader);
        if (!data)
            return data;
        auto revision = latestRevision(store);
        if (!revision)
            return revision.error();
        data.value().revision = revision.value();
        return data;
    });
}

} // namespace

PostgresRepository::PostgresRepository(
    const StoreLocation& location, QString connectionName, int schemaVersion, bool readOnly)
    : Repository(location, readOnly)
    , m_connectionName(std::move(connectionName))
    , m_schemaVersion(schemaVersion)
{ }

PostgresRepository::~PostgresRepository()
{
    closeConnection(m_connectionName);
}

Result<std::unique_ptr<PostgresRepository>> PostgresRepository::open(const StoreLocation& location, OpenMode mode)
{
    ScopedConnection connection(location);
    if (auto opened = connection.open(); !opened)
        return opened.error();
    QSqlDatabase db = connection.db();
    const sql::Store store = storeOf(db, location);
    const QString shown = location.toString();
    if (mode == OpenMode::ReadOnly) {
        // The server itself refuses writes on this connection.
        QSqlError error;
        if (!sql::exec(db, QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"), &error))
            return serverError(location, QStringLiteral("cannot open it only to read"), error);
    }
    auto identity = identify(store);
    if (!identity)
        return identity.error();
    if (identity.value().kind == Identity::Empty) {
        if (!createsStore(mode))
            return Error(Error::Code::NotFound,
                QStringLiteral("%1 is empty: it holds no Crisis Timeline dataset yet (a command that creates one, such "
                               "as create, sets it up)")
                    .arg(shown));
        Snapshot bundled;
        if (mode == OpenMode::CreateWithBundledDataset)
            bundled = Snapshot::fromDataset(bundledDataset());
        if (auto made = setUpIfEmpty(store, mode == OpenMode::CreateWithBundledDataset ? &bundled : nullptr); !made)
            return made.error();
        identity = identify(store);
        if (!identity)
            return identity.error();
    }
    switch (identity.value().kind) {
    case Identity::Foreign:
        return Error(Error::Code::NotCrisisDatabase,
            QStringLiteral("%1 is not a Crisis Timeline dataset: it holds another application's tables (%2); it was "
                           "left as it was")
                .arg(shown, identity.value().what));
    case Identity::Empty:
        return Error(Error::Code::Database, QStringLiteral("%1 could not be set up").arg(shown));
    case Identity::Ours:
        break;
    }
    if (identity.value().version > currentSchemaVersion())
        return Error(Error::Code::NewerSchema,
            QStringLiteral("%1 was written by a newer version of Crisis Timeline (schema %2; this one reads up to %3); "
                           "it was left as it was")
                .arg(shown, QString::number(identity.value().version), QString::number(currentSchemaVersion())));
    // A user whose role may only read (a reader) gets the dataset read-only, and is told so.
    bool writes = mode != OpenMode::ReadOnly;
    bool owns = false;
    if (writes) {
        auto may = mayWrite(store);
        if (!may)
            return may.error();
        auto owner = ownsDataset(store);
        if (!owner)
            return owner.error();
        writes = may.value();
        owns = owner.value();
    }
    // An older schema is brought up to date when an owner opens it to write, under the writers' lock (two programs
    // at once: the second finds it done); otherwise it is read, and written, as it is.
    if (identity.value().version < currentSchemaVersion() && writes && owns) {
        auto upgraded = sql::inTransaction(store, [&]() -> Result<void> {
            if (auto locked = lockForWriting(store); !locked)
                return locked;
            auto now = identify(store);
            if (!now)
                return now.error();
            return now.value().version < currentSchemaVersion() ? upgrade(store, now.value().version) : Result<void>();
        });
        if (!upgraded)
            return upgraded.error();
        identity.value().version = currentSchemaVersion();
    }
    std::unique_ptr<PostgresRepository> repository(
        new PostgresRepository(location, connection.release(), identity.value().version, mode == OpenMode::ReadOnly));
    if (mode != OpenMode::ReadOnly && !writes)
        repository->setReadOnly(
            QStringLiteral("%1: your role is a reader's, which browses and exports; an owner of the "
                           "dataset gives the editor's role to change it")
                .arg(shown));
    return repository;
}

Result<void> PostgresRepository::create(const StoreLocation& location, const Snapshot& data)
{
    ScopedConnection connection(location);
    if (auto opened = connection.open(); !opened)
        return opened;
    const sql::Store store = storeOf(connection.db(), location);
    bool made = false;
    if (auto setUp = setUpIfEmpty(store, &data, &made); !setUp)
        return setUp;
    if (!made)
        return Error(Error::Code::Io,
            QStringLiteral("%1 exists and is not empty; a new dataset is set up only in an empty database")
                .arg(location.toString()));
    return {};
}

sql::Store PostgresRepository::store() const
{
    return storeOf(QSqlDatabase::database(m_connectionName, false), location());
}

Result<void> PostgresRepository::writable() const
{
    if (isReadOnly())
        return Error(Error::Code::Io,
            QStringLiteral("%1 was opened only to read; nothing was written").arg(location().toString()));
    return {};
}

Result<void> PostgresRepository::write(
    const QString& what, const std::function<Result<void>(Revision& revision)>& work, qint64* recorded)
{
    if (auto there = writable(); !there)
        return there;
    const sql::Store store = this->store();
    qint64 saved = 0;
    auto done = sql::inTransaction(store, [&]() -> Result<void> {
        // Whatever the server's default: the references' check at commit must see what others have just committed.
        if (auto isolated = readCommitted(store); !isolated)
            return isolated;
        if (auto locked = lockForWriting(store); !locked)
            return locked;
        // A replaced record is deleted and written again; references to it hold once the change is complete, and
        // are checked then, at commit.
        QSqlError error;
        QSqlDatabase db = store.db;
        if (!sql::exec(db, QStringLiteral("SET CONSTRAINTS ALL DEFERRED"), &error))
            return store.error(QStringLiteral("cannot start the change"), error);
        Revision revision;
        revision.what = what;
        if (auto done = work(revision); !done)
            return done;
        if (revision.added.isEmpty() && revision.changed.isEmpty() && revision.removed.isEmpty()
            && !revision.everything)
            return {};
        if (m_schemaVersion < 2)
            revision.values.clear(); // the first schema keeps no values (its owner upgrades it by opening it)
        if (auto kept = record(store, revision); !kept)
            return kept;
        saved = revision.number;
        return {};
    });
    // Saved once committed.
    if (done && saved > 0) {
        m_lastSaved = saved;
        if (recorded)
            *recorded = saved;
    }
    return done;
}

Result<void> PostgresRepository::notChangedSince(const ChangeSet& change)
{
    if (change.basedOn <= 0)
        return {};
    // The changes other programs saved since, read once (an import's undo names a million records): the first
    // record of this change that one of them touched is the conflict, with the latest change to it.
    auto since = wholeRevisions(change.basedOn, clientName(location()));
    if (!since)
        return since.error();
    if (since.value().isEmpty())
        return {};
    QHash<QString, const Revision*> latest[3];
    const auto slot = [](RecordKind kind) { return static_cast<int>(kind); };
    const Revision* everything = nullptr; // the latest that replaced the whole dataset
    for (const Revision& theirs : std::as_const(since.value())) {
        if (theirs.everything)
            everything = &theirs;
        for (const Revision::Records* records : { &theirs.added, &theirs.changed, &theirs.removed }) {
            for (const QString& id : records->figures)
                latest[slot(RecordKind::Figure)].insert(id, &theirs);
            for (const QString& id : records->events)
                latest[slot(RecordKind::Event)].insert(id, &theirs);
            for (const QString& id : records->sources)
                latest[slot(RecordKind::Source)].insert(id, &theirs);
        }
    }
    const auto check = [&](RecordKind kind, const QString& id) -> Result<void> {
        const Revision* theirs = latest[slot(kind)].value(id);
        if (everything && (!theirs || everything->number > theirs->number))
            theirs = everything;
        if (!theirs)
            return {};
        // What they did to it: their latest change deleted it, or changed it (or replaced everything).
        const Revision::Records& removed = theirs->removed;
        const QStringList& removedOfKind = kind == RecordKind::Figure ? removed.figures
            : kind == RecordKind::Event                               ? removed.events
                                                                      : removed.sources;
        const QString did = removedOfKind.contains(id) ? QStringLiteral("deleted") : QStringLiteral("changed");
        Error error(Error::Code::Conflict,
            QStringLiteral("%1 \u201c%2\u201d was %3 by %4 at %5 (revision %6) after the version you changed "
                           "(revision %7); nothing was written")
                .arg(recordKindName(kind), id, did, theirs->user,
                    QLocale::c().toString(theirs->at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                    QString::number(theirs->number), QString::number(change.basedOn)));
        error.record = { kind, id };
        return error;
    };
    for (const auto& [kind, ids] : { std::pair { RecordKind::Figure, &change.removeFigures },
             std::pair { RecordKind::Event, &change.removeEvents },
             std::pair { RecordKind::Source, &change.removeSources } }) {
        for (const QString& id : *ids) {
            if (auto fresh = check(kind, id); !fresh)
                return fresh;
        }
    }
    for (const Figure& figure : change.putFigures) {
        if (auto fresh = check(RecordKind::Figure, figure.id); !fresh)
            return fresh;
    }
    for (const Event& event : change.putEvents) {
        if (auto fresh = check(RecordKind::Event, event.id); !fresh)
            return fresh;
    }
    for (const Source& source : change.putSources) {
        if (auto fresh = check(RecordKind::Source, source.id); !fresh)
            return fresh;
    }
    return {};
}

Result<QList<Revision>> PostgresRepository::wholeRevisions(qint64 after, const QString& otherThan)
{
    QList<Revision> all;
    for (;;) {
        auto next = revisions(store(), after, {}, 1000, otherThan);
        if (!next)
            return next.error();
        if (next.value().isEmpty())
            return all;
        after = next.value().constLast().number;
        all.append(std::move(next.value()));
    }
}

Result<void> PostgresRepository::setRole(const QString& user, std::optional<TeamRole> role)
{
    if (auto there = writable(); !there)
        return there;
    return sql::inTransaction(store(), [&]() { return postgres::setRole(store(), user, role); });
}

Result<QList<std::pair<QString, TeamRole>>> PostgresRepository::roles()
{
    return postgres::roles(store());
}

Result<qint64> PostgresRepository::latestRevision()
{
    return postgres::latestRevision(store());
}

Result<QList<Revision>> PostgresRepository::history(qint64 after, const QString& recordId, int limit)
{
    return revisions(store(), after, recordId, limit, {}, false, m_schemaVersion >= 2);
}

Result<Snapshot> PostgresRepository::loadCatalog()
{
    // The revision the catalog, and the records read after it, are at least as new as.
    return stamped(store(), [](sql::Reader& reader) { return reader.catalog(); });
}

Result<Snapshot> PostgresRepository::loadRecords(const QStringList& figureIds, const QStringList& eventIds)
{
    return consistently<Snapshot>(store(), [&](sql::Reader& reader) { return reader.records(figureIds, eventIds); });
}

Result<QStringList> PostgresRepository::existingIds(RecordKind kind, const QStringList& ids)
{
    return sql::Reader(store()).existingIds(kind, ids);
}

Result<Snapshot> PostgresRepository::loadSnapshot(const Progress& progress)
{
    return stamped(store(), [&](sql::Reader& reader) { return reader.snapshot(progress); });
}

Result<void> PostgresRepository::add(const Snapshot& data, const Progress& progress)
{
    return write(QStringLiteral("import"), [&](Revision& revision) -> Result<void> {
        postgres::Writer writer(store());
        const bool titled = writer.hasTitle();
        if (auto written = writer.write(data, !titled && !data.title.isEmpty(), progress); !written)
            return written;
        // Said record by record before the server's own check at commit.
        if (auto checked = writer.checkReferences(data); !checked)
            return checked;
        revision.added = recordsOf(data);
        return {};
    });
}

Result<void> PostgresRepository::addInParts(const std::function<Result<std::optional<FigureTable>>()>& nextPart,
    const std::function<Result<const Snapshot*>()>& rest, const Progress& progress)
{
    return write(QStringLiteral("import"), [&](Revision& revision) -> Result<void> {
        return postgres::Writer(store()).writeInParts(
            nextPart, rest, progress,
            [&](const FigureTable& part) {
                for (qsizetype row = 0; row < part.size(); ++row)
                    revision.added.figures.append(part.id(row));
            },
            [&](const Snapshot& others) {
                const Revision::Records records = recordsOf(others);
                revision.added.events = records.events;
                revision.added.sources = records.sources;
                revision.added.stories = records.stories;
            });
    });
}

Result<void> PostgresRepository::replaceAll(const Snapshot& data)
{
    return write(QStringLiteral("replace all"), [&](Revision& revision) -> Result<void> {
        postgres::Writer writer(store());
        if (auto cleared = writer.clear(); !cleared)
            return cleared;
        if (auto written = writer.write(data, true, {}); !written)
            return written;
        if (auto checked = writer.checkReferences(data); !checked)
            return checked;
        revision.everything = true;
        revision.added = recordsOf(data);
        return {};
    });
}

Result<ChangeSet> PostgresRepository::apply(const ChangeSet& change)
{
    ChangeSet undo;
    qint64 saved = 0;
    auto done = write(
        QStringLiteral("edit"),
        [&](Revision& revision) -> Result<void> {
            if (auto fresh = notChangedSince(change); !fresh)
                return fresh;
            sql::Reader reader(store());
            postgres::Writer writer(store());
            sql::SqlChangeStore changes(store(), reader, writer);
            auto applied = applyChange(changes, change);
            if (!applied)
                return applied.error();
            undo = std::move(applied.value());
            const Revision did = revisionOf(change, undo);
            revision.added = did.added;
            revision.changed = did.changed;
            revision.removed = did.removed;
            revision.values = did.values;
            return {};
        },
        &saved);
    if (!done)
        return done.error();
    // Undone on the state this change left: refused, like an edit, if someone else changes those records since.
    if (saved > 0)
        undo.basedOn = saved;
    return undo;
}

Result<QList<std::pair<RecordKind, QString>>> PostgresRepository::citing(const QString& sourceId)
{
    sql::Reader reader(store());
    postgres::Writer writer(store());
    QList<std::pair<RecordKind, QString>> citing;
    auto found
        = sql::SqlChangeStore(store(), reader, writer).forEachCiting(sourceId, [&](RecordKind kind, const QString& id) {
              citing.append({ kind, id });
          });
    if (!found)
        return found.error();
    return citing;
}

Result<void> PostgresRepository::saveStory(const Story& story)
{
    return write(QStringLiteral("story saved"), [&](Revision& revision) {
        revision.changed.stories = { story.id };
        return postgres::Writer(store()).writeStory(story);
    });
}

Result<void> PostgresRepository::deleteStory(const QString& id)
{
    return write(QStringLiteral("story deleted"), [&](Revision& revision) {
        revision.removed.stories = { id };
        return postgres::Writer(store()).deleteStory(id);
    });
}

} // namespace crisis::core
