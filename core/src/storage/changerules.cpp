#include <crisis/core/model/vocabulary.h>
#include <crisis/core/storage/changerules.h>

#include <QSet>

#include <cmath>
#include <tuple>

namespace crisis::core {

namespace {

// Collects the problems of one change, each naming its record.
class ChangeChecker
{
public:
    void checkIds(const char* kind, const QStringList& putIds, const QStringList& removeIds)
    {
        QSet<QString> put;
        for (const QString& id : putIds) {
            if (id.isEmpty())
                add(Problem::Kind::MissingField, QStringLiteral("a %1 to put has no id").arg(QLatin1String(kind)));
            else if (put.contains(id))
                add(Problem::Kind::DuplicateId, QStringLiteral("%1 \"%2\" is put twice").arg(QLatin1String(kind), id));
            put.insert(id);
        }
        QSet<QString> removed;
        for (const QString& id : removeIds) {
            if (id.isEmpty())
                add(Problem::Kind::MissingField, QStringLiteral("a %1 to remove has no id").arg(QLatin1String(kind)));
            else if (removed.contains(id))
                add(Problem::Kind::DuplicateId,
                    QStringLiteral("%1 \"%2\" is removed twice").arg(QLatin1String(kind), id));
            else if (put.contains(id))
                add(Problem::Kind::Conflict,
                    QStringLiteral("%1 \"%2\" is both put and removed").arg(QLatin1String(kind), id));
            removed.insert(id);
        }
    }

    void checkPeriod(const QString& record, const Period& period)
    {
        if (!period.isValid())
            add(Problem::Kind::InvalidDate, QStringLiteral("%1 has no valid period").arg(record));
    }

    void checkCitation(const QString& record, const Citation& citation)
    {
        if (citation.sourceId.isEmpty())
            add(Problem::Kind::MissingField, QStringLiteral("%1 cites no source").arg(record));
        if (citation.quote.trimmed().isEmpty())
            add(Problem::Kind::MissingField, QStringLiteral("%1 quotes nothing").arg(record));
        if (citation.offset < 0)
            add(Problem::Kind::InvalidValue, QStringLiteral("%1 quotes from a negative offset").arg(record));
    }

    void checkFigure(const Figure& figure)
    {
        const QString record = QStringLiteral("figure \"%1\"").arg(figure.id);
        if (figure.metric.isEmpty())
            add(Problem::Kind::MissingField, QStringLiteral("%1 measures no metric").arg(record));
        if (!std::isfinite(figure.value))
            add(Problem::Kind::InvalidValue, QStringLiteral("%1 has no finite value").arg(record));
        checkPeriod(record, figure.period);
        if (!figure.parentId.isEmpty() && figure.parentId == figure.id)
            add(Problem::Kind::ParentCycle, QStringLiteral("%1 breaks down itself").arg(record));
        checkCitation(record, figure.citation);
    }

    void checkEvent(const Event& event)
    {
        const QString record = QStringLiteral("event \"%1\"").arg(event.id);
        checkPeriod(record, event.period);
        if (event.title.trimmed().isEmpty())
            add(Problem::Kind::MissingField, QStringLiteral("%1 has no title").arg(record));
        if (event.citations.isEmpty())
            add(Problem::Kind::MissingField, QStringLiteral("%1 needs at least one citation").arg(record));
        for (const Citation& citation : event.citations)
            checkCitation(record, citation);
        const QStringList known = chartKeys();
        for (const QString& chart : event.charts) {
            if (!known.contains(chart))
                add(Problem::Kind::InvalidValue,
                    QStringLiteral("%1 is marked on unknown chart \"%2\"").arg(record, chart));
        }
    }

    QList<Problem> problems;

private:
    void add(Problem::Kind kind, const QString& detail)
    {
        problems.append({ Problem::Severity::Error, kind, QString(), 0, 0, detail });
    }
};

template<typename T> QStringList idsOf(const QList<T>& records)
{
    QStringList ids;
    ids.reserve(records.size());
    for (const T& record : records)
        ids.append(record.id);
    return ids;
}

// The records that still need one a change removes: all counted, the first hundred named (a source may be
// cited by a million imported figures).
struct Dependents
{
    static constexpr qsizetype named = 100;

    void add(const QString& kind, const QString& id)
    {
        if (++count <= named)
            names.append(QStringLiteral("%1 \"%2\"").arg(kind, id));
    }
    // "a, b and c", or "a, b, ... and N more".
    QString listed() const
    {
        if (count > names.size())
            return names.join(QStringLiteral(", ")) + QStringLiteral(" and %1 more").arg(count - names.size());
        if (names.size() == 1)
            return names.first();
        return names.mid(0, names.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ") + names.last();
    }

    QStringList names;
    qsizetype count = 0;
};

// Why a change was refused: every reason in the message (up to a point), every record in problems.
Error changeRefused(const QString& store, Error::Code code, const QStringList& reasons, const QList<Problem>& problems,
    const Error::Record& record = {})
{
    constexpr qsizetype shown = 20;
    QString message = QStringLiteral("%1: the change was not applied: ").arg(store)
        + reasons.mid(0, shown).join(QStringLiteral("; "));
    if (reasons.size() > shown)
        message += QStringLiteral("; and %1 more").arg(reasons.size() - shown);
    Error error(code, message, problems);
    error.record = record;
    return error;
}

// Applies one ChangeSet: looks up the records it touches, refuses it when a record would be left pointing at
// nothing, makes the change that undoes it, then deletes and writes.
class ChangeApplier
{
public:
    ChangeApplier(ChangeStore& store, const ChangeSet& change)
        : m_store(store)
        , m_change(change)
    {
        m_sources.kind = RecordKind::Source;
        m_figures.kind = RecordKind::Figure;
        m_events.kind = RecordKind::Event;
        for (const Source& source : change.putSources)
            m_sources.put.insert(source.id);
        for (const Figure& figure : change.putFigures)
            m_figures.put.insert(figure.id, &figure);
        for (const Event& event : change.putEvents)
            m_events.put.insert(event.id);
        m_sources.removed = QSet<QString>(change.removeSources.cbegin(), change.removeSources.cend());
        m_figures.removed = QSet<QString>(change.removeFigures.cbegin(), change.removeFigures.cend());
        m_events.removed = QSet<QString>(change.removeEvents.cbegin(), change.removeEvents.cend());
    }

    Result<ChangeSet> run();

private:
    // What the change does to the records of one kind, and what the store holds of them.
    template<typename Put> struct Kind
    {
        RecordKind kind = RecordKind::Figure;
        Put put;
        QSet<QString> removed;
        // The place of every record the change puts or removes that the store has.
        QHash<QString, qint64> stored;
        // Whether the store has an id, for ids looked up beyond those.
        QHash<QString, bool> known;
    };

    void refuse(
        Problem::Kind problem, RecordKind kind, const QString& id, const QString& reason, const QStringList& details)
    {
        if (m_reasons.isEmpty())
            m_record = { kind, id };
        m_reasons.append(reason);
        for (const QString& detail : details)
            m_problems.append({ Problem::Severity::Error, problem, m_store.name(), 0, 0, detail });
    }
    // A removed record still needed by others: "source "s" is still cited by figure "f" and event "e"", and a
    // problem for each of them.
    void refuseRemoval(RecordKind kind, const QString& id, const char* neededAs, const Dependents& dependents)
    {
        const QString record = QStringLiteral("%1 \"%2\"").arg(recordKindName(kind), id);
        QStringList details;
        for (const QString& name : dependents.names)
            details.append(QStringLiteral("%1 is %2 %3").arg(record, QLatin1String(neededAs), name));
        if (dependents.count > dependents.names.size())
            details.append(
                QStringLiteral("%1 is %2 %3 more")
                    .arg(record, QLatin1String(neededAs), QString::number(dependents.count - dependents.names.size())));
        refuse(Problem::Kind::StillReferenced, kind, id,
            QStringLiteral("%1 is still %2 %3").arg(record, QLatin1String(neededAs), dependents.listed()), details);
    }
    Error refusal(Error::Code code) const
    {
        return changeRefused(m_store.name(), code, m_reasons, m_problems, m_record);
    }

    template<typename Put> Result<void> lookUp(Kind<Put>& kind, const QStringList& ids);
    template<typename Put> Result<bool> has(Kind<Put>& kind, const QString& id);
    template<typename Put> Result<bool> hasAfter(Kind<Put>& kind, const QString& id);
    Result<void> checkReferences();
    Result<void> checkParents();
    Result<void> checkStillNeeded();
    template<typename Record, typename Put, typename Read>
    Result<void> undo(const Kind<Put>& kind, const QList<Record>& puts, const QStringList& removes,
        QList<Record>& undoPuts, QStringList& undoRemoves, QHash<QString, qint64>& undoPlaces, const Read& read);
    Result<ChangeSet> inverse();
    template<typename Put> Result<void> remove(const Kind<Put>& kind);
    template<typename Record, typename Put>
    Result<std::vector<qint64>> places(
        const Kind<Put>& kind, const QList<Record>& records, const QHash<QString, qint64>& asked);
    Result<void> write();

    ChangeStore& m_store;
    const ChangeSet& m_change;
    Kind<QSet<QString>> m_sources;
    Kind<QHash<QString, const Figure*>> m_figures;
    Kind<QSet<QString>> m_events;
    QHash<QString, bool> m_knownMetrics;
    QStringList m_reasons;
    QList<Problem> m_problems;
    Error::Record m_record;
};

template<typename Put> Result<void> ChangeApplier::lookUp(Kind<Put>& kind, const QStringList& ids)
{
    auto found = m_store.placesOf(kind.kind, ids);
    if (!found)
        return found.error();
    kind.stored = std::move(found.value());
    for (const QString& id : ids)
        kind.known.insert(id, kind.stored.contains(id));
    return {};
}

template<typename Put> Result<bool> ChangeApplier::has(Kind<Put>& kind, const QString& id)
{
    if (const auto it = kind.known.constFind(id); it != kind.known.cend())
        return *it;
    auto found = m_store.placesOf(kind.kind, { id });
    if (!found)
        return found.error();
    kind.known.insert(id, !found.value().isEmpty());
    return !found.value().isEmpty();
}

// Whether a record of that kind has the id once the change is made.
template<typename Put> Result<bool> ChangeApplier::hasAfter(Kind<Put>& kind, const QString& id)
{
    if (kind.put.contains(id))
        return true;
    if (kind.removed.contains(id))
        return false;
    return has(kind, id);
}

Result<void> ChangeApplier::checkReferences()
{
    const auto checkSource = [&](RecordKind kind, const QString& id, const QString& sourceId) -> Result<void> {
        auto exists = hasAfter(m_sources, sourceId);
        if (!exists)
            return exists.error();
        if (!exists.value()) {
            const QString detail = QStringLiteral("%1 \"%2\" cites source \"%3\", which does not exist")
                                       .arg(recordKindName(kind), id, sourceId);
            refuse(Problem::Kind::UnknownReference, kind, id, detail, { detail });
        }
        return {};
    };
    for (const Figure& figure : m_change.putFigures) {
        if (auto checked = checkSource(RecordKind::Figure, figure.id, figure.citation.sourceId); !checked)
            return checked;
        auto known = m_knownMetrics.constFind(figure.metric);
        if (known == m_knownMetrics.cend()) {
            auto found = m_store.hasMetric(figure.metric);
            if (!found)
                return found.error();
            known = m_knownMetrics.insert(figure.metric, found.value());
        }
        if (!*known) {
            const QString detail = QStringLiteral("figure \"%1\" measures metric \"%2\", which does not exist")
                                       .arg(figure.id, figure.metric);
            refuse(Problem::Kind::UnknownReference, RecordKind::Figure, figure.id, detail, { detail });
        }
        if (figure.parentId.isEmpty())
            continue;
        auto parent = hasAfter(m_figures, figure.parentId);
        if (!parent)
            return parent.error();
        if (!parent.value()) {
            const QString detail = QStringLiteral("figure \"%1\" breaks down figure \"%2\", which does not exist")
                                       .arg(figure.id, figure.parentId);
            refuse(Problem::Kind::UnknownReference, RecordKind::Figure, figure.id, detail, { detail });
        }
    }
    for (const Event& event : m_change.putEvents) {
        for (const Citation& citation : event.citations) {
            if (auto checked = checkSource(RecordKind::Event, event.id, citation.sourceId); !checked)
                return checked;
        }
    }
    return checkParents();
}

// A figure the change puts must not become its own ancestor. The store's figures form no cycle, so any new
// one runs through a figure put.
Result<void> ChangeApplier::checkParents()
{
    for (const Figure& figure : m_change.putFigures) {
        QSet<QString> seen { figure.id };
        for (QString id = figure.parentId; !id.isEmpty();) {
            if (id == figure.id) {
                const QString detail = QStringLiteral("figure \"%1\" is its own ancestor").arg(figure.id);
                refuse(Problem::Kind::ParentCycle, RecordKind::Figure, figure.id, detail, { detail });
                break;
            }
            if (seen.contains(id) || m_figures.removed.contains(id))
                break;
            seen.insert(id);
            if (const auto put = m_figures.put.constFind(id); put != m_figures.put.cend()) {
                id = (*put)->parentId;
                continue;
            }
            auto parent = m_store.parentOf(id);
            if (!parent)
                return parent.error();
            id = parent.value();
        }
    }
    return {};
}

// A removed record must not be needed by one that stays: a source cited, a figure broken down, an event that
// is a step of a story. Records the change puts are checked by their new references instead.
Result<void> ChangeApplier::checkStillNeeded()
{
    const auto stays = [&](RecordKind kind, const QString& id) {
        return kind == RecordKind::Figure ? !m_figures.removed.contains(id) && !m_figures.put.contains(id)
                                          : !m_events.removed.contains(id) && !m_events.put.contains(id);
    };
    for (const QString& sourceId : m_change.removeSources) {
        Dependents citing;
        auto found = m_store.forEachCiting(sourceId, [&](RecordKind kind, const QString& id) {
            if (stays(kind, id))
                citing.add(recordKindName(kind), id);
        });
        if (!found)
            return found;
        if (citing.count > 0)
            refuseRemoval(RecordKind::Source, sourceId, "cited by", citing);
    }
    for (const QString& figureId : m_change.removeFigures) {
        auto found = m_store.partsOf(figureId);
        if (!found)
            return found.error();
        Dependents parts;
        for (const QString& part : std::as_const(found.value())) {
            if (stays(RecordKind::Figure, part))
                parts.add(QStringLiteral("figure"), part);
        }
        if (parts.count > 0)
            refuseRemoval(RecordKind::Figure, figureId, "broken down by", parts);
    }
    for (const QString& eventId : m_change.removeEvents) {
        auto found = m_store.storiesWith(eventId);
        if (!found)
            return found.error();
        Dependents stories;
        for (const QString& story : std::as_const(found.value()))
            stories.add(QStringLiteral("story"), story);
        if (stories.count > 0)
            refuseRemoval(RecordKind::Event, eventId, "a step of", stories);
    }
    return {};
}

// What undoes the change to one kind of record, read before it is made: the records it adds are removed, and
// those it replaces or removes come back as they were, in their place.
template<typename Record, typename Put, typename Read>
Result<void> ChangeApplier::undo(const Kind<Put>& kind, const QList<Record>& puts, const QStringList& removes,
    QList<Record>& undoPuts, QStringList& undoRemoves, QHash<QString, qint64>& undoPlaces, const Read& read)
{
    QStringList restored;
    for (const Record& record : puts) {
        if (kind.stored.contains(record.id))
            restored.append(record.id);
        else
            undoRemoves.append(record.id);
    }
    restored += removes;
    for (const QString& id : std::as_const(restored)) {
        const qint64 place = kind.stored.value(id);
        auto record = read(id, place);
        if (!record)
            return record.error();
        undoPuts.append(std::move(record.value()));
        undoPlaces.insert(id, place);
    }
    return {};
}

Result<ChangeSet> ChangeApplier::inverse()
{
    ChangeSet inverse;
    if (auto done
        = undo(m_sources, m_change.putSources, m_change.removeSources, inverse.putSources, inverse.removeSources,
            inverse.sourcePlaces, [&](const QString& id, qint64 place) { return m_store.readSource(id, place); });
        !done)
        return done.error();
    if (auto done
        = undo(m_figures, m_change.putFigures, m_change.removeFigures, inverse.putFigures, inverse.removeFigures,
            inverse.figurePlaces, [&](const QString& id, qint64 place) { return m_store.readFigure(id, place); });
        !done)
        return done.error();
    if (auto done = undo(m_events, m_change.putEvents, m_change.removeEvents, inverse.putEvents, inverse.removeEvents,
            inverse.eventPlaces, [&](const QString& id, qint64 place) { return m_store.readEvent(id, place); });
        !done)
        return done.error();
    return inverse;
}

// Deletes the records of a kind that the change removes or replaces.
template<typename Put> Result<void> ChangeApplier::remove(const Kind<Put>& kind)
{
    if (kind.stored.isEmpty())
        return {};
    return m_store.remove(kind.kind, kind.stored.keys());
}

// The place each put record is written at, once the records it replaces are deleted: the place the change asks
// for, else the replaced record's; 0 (after all others) when neither or when another record holds it.
template<typename Record, typename Put>
Result<std::vector<qint64>> ChangeApplier::places(
    const Kind<Put>& kind, const QList<Record>& records, const QHash<QString, qint64>& asked)
{
    QSet<qint64> used;
    std::vector<qint64> places;
    places.reserve(static_cast<size_t>(records.size()));
    for (const Record& record : records) {
        qint64 place = asked.value(record.id, kind.stored.value(record.id, 0));
        if (place > 0 && used.contains(place)) {
            place = 0;
        } else if (place > 0) {
            auto taken = m_store.placeTaken(kind.kind, place);
            if (!taken)
                return taken.error();
            if (taken.value())
                place = 0;
        }
        if (place > 0)
            used.insert(place);
        places.push_back(place);
    }
    return places;
}

Result<void> ChangeApplier::write()
{
    if (auto removed = remove(m_events); !removed)
        return removed;
    if (auto removed = remove(m_figures); !removed)
        return removed;
    if (auto removed = remove(m_sources); !removed)
        return removed;
    if (!m_change.putSources.isEmpty()) {
        auto places = this->places(m_sources, m_change.putSources, m_change.sourcePlaces);
        if (!places)
            return places.error();
        if (auto written = m_store.writeSources(m_change.putSources, places.value()); !written)
            return written;
    }
    if (!m_change.putFigures.isEmpty()) {
        auto places = this->places(m_figures, m_change.putFigures, m_change.figurePlaces);
        if (!places)
            return places.error();
        if (auto written = m_store.writeFigures(m_change.putFigures, places.value()); !written)
            return written;
    }
    if (!m_change.putEvents.isEmpty()) {
        auto places = this->places(m_events, m_change.putEvents, m_change.eventPlaces);
        if (!places)
            return places.error();
        if (auto written = m_store.writeEvents(m_change.putEvents, places.value()); !written)
            return written;
    }
    return {};
}

Result<ChangeSet> ChangeApplier::run()
{
    const auto idsOf = [](const auto& records) {
        QStringList ids;
        for (const auto& record : records)
            ids.append(record.id);
        return ids;
    };
    if (auto found = lookUp(m_sources, idsOf(m_change.putSources) + m_change.removeSources); !found)
        return found.error();
    if (auto found = lookUp(m_figures, idsOf(m_change.putFigures) + m_change.removeFigures); !found)
        return found.error();
    if (auto found = lookUp(m_events, idsOf(m_change.putEvents) + m_change.removeEvents); !found)
        return found.error();

    for (const auto& [kind, ids, stored] :
        { std::tuple { RecordKind::Source, &m_change.removeSources, &m_sources.stored },
            std::tuple { RecordKind::Figure, &m_change.removeFigures, &m_figures.stored },
            std::tuple { RecordKind::Event, &m_change.removeEvents, &m_events.stored } }) {
        for (const QString& id : *ids) {
            if (!stored->contains(id)) {
                const QString detail = QStringLiteral("%1 \"%2\" does not exist").arg(recordKindName(kind), id);
                refuse(Problem::Kind::UnknownReference, kind, id, detail, { detail });
            }
        }
    }
    if (!m_problems.isEmpty())
        return refusal(Error::Code::NotFound);
    if (m_change.addOnly) {
        for (const auto& [kind, stored] :
            { std::pair { RecordKind::Source, &m_sources.stored }, std::pair { RecordKind::Figure, &m_figures.stored },
                std::pair { RecordKind::Event, &m_events.stored } }) {
            for (auto it = stored->cbegin(); it != stored->cend(); ++it) {
                const QString detail = QStringLiteral("the id \u201c%1\u201d of the new %2 is taken: choose another")
                                           .arg(it.key(), recordKindName(kind));
                refuse(Problem::Kind::DuplicateId, kind, it.key(), detail, { detail });
            }
        }
        if (!m_problems.isEmpty())
            return refusal(Error::Code::InvalidInput);
    }
    if (auto checked = checkReferences(); !checked)
        return checked.error();
    if (auto checked = checkStillNeeded(); !checked)
        return checked.error();
    if (!m_problems.isEmpty())
        return refusal(Error::Code::InvalidInput);

    auto inverted = inverse();
    if (!inverted)
        return inverted;
    if (auto written = write(); !written)
        return written.error();
    return inverted;
}

} // namespace

QList<Problem> checkChange(const ChangeSet& change)
{
    ChangeChecker checker;
    checker.checkIds("source", idsOf(change.putSources), change.removeSources);
    checker.checkIds("figure", idsOf(change.putFigures), change.removeFigures);
    checker.checkIds("event", idsOf(change.putEvents), change.removeEvents);
    for (const Figure& figure : change.putFigures)
        checker.checkFigure(figure);
    for (const Event& event : change.putEvents)
        checker.checkEvent(event);
    return checker.problems;
}

Result<ChangeSet> applyChange(ChangeStore& store, const ChangeSet& change)
{
    if (QList<Problem> problems = checkChange(change); !problems.isEmpty()) {
        QStringList reasons;
        for (Problem& problem : problems) {
            reasons.append(problem.detail);
            problem.file = store.name();
        }
        return changeRefused(store.name(), Error::Code::InvalidInput, reasons, problems);
    }
    if (change.isEmpty())
        return ChangeSet {};
    return ChangeApplier(store, change).run();
}

} // namespace crisis::core
