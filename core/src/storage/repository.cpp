#include <crisis/core/storage/repository.h>

#include <QSet>

#include <cmath>

namespace crisis::core {

Result<Dataset> Repository::load()
{
    Result<Snapshot> snapshot = loadSnapshot();
    if (!snapshot)
        return snapshot.error();
    return snapshot.value().toDataset();
}

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
                add(QStringLiteral("a %1 to put has no id").arg(QLatin1String(kind)));
            else if (put.contains(id))
                add(QStringLiteral("%1 \"%2\" is put twice").arg(QLatin1String(kind), id));
            put.insert(id);
        }
        QSet<QString> removed;
        for (const QString& id : removeIds) {
            if (id.isEmpty())
                add(QStringLiteral("a %1 to remove has no id").arg(QLatin1String(kind)));
            else if (removed.contains(id))
                add(QStringLiteral("%1 \"%2\" is removed twice").arg(QLatin1String(kind), id));
            else if (put.contains(id))
                add(QStringLiteral("%1 \"%2\" is both put and removed").arg(QLatin1String(kind), id));
            removed.insert(id);
        }
    }

    void checkPeriod(const QString& record, const Period& period)
    {
        if (!period.isValid())
            add(QStringLiteral("%1 has no valid period").arg(record));
    }

    void checkCitation(const QString& record, const Citation& citation)
    {
        if (citation.sourceId.isEmpty())
            add(QStringLiteral("%1 cites no source").arg(record));
        if (citation.quote.trimmed().isEmpty())
            add(QStringLiteral("%1 quotes nothing").arg(record));
        if (citation.offset < 0)
            add(QStringLiteral("%1 quotes from a negative offset").arg(record));
    }

    void checkFigure(const Figure& figure)
    {
        const QString record = QStringLiteral("figure \"%1\"").arg(figure.id);
        if (figure.metric.isEmpty())
            add(QStringLiteral("%1 measures no metric").arg(record));
        if (!std::isfinite(figure.value))
            add(QStringLiteral("%1 has no finite value").arg(record));
        checkPeriod(record, figure.period);
        if (!figure.parentId.isEmpty() && figure.parentId == figure.id)
            add(QStringLiteral("%1 breaks down itself").arg(record));
        checkCitation(record, figure.citation);
    }

    void checkEvent(const Event& event)
    {
        const QString record = QStringLiteral("event \"%1\"").arg(event.id);
        checkPeriod(record, event.period);
        if (event.title.trimmed().isEmpty())
            add(QStringLiteral("%1 has no title").arg(record));
        if (event.citations.isEmpty())
            add(QStringLiteral("%1 needs at least one citation").arg(record));
        for (const Citation& citation : event.citations)
            checkCitation(record, citation);
        const QStringList known = chartKeys();
        for (const QString& chart : event.charts) {
            if (!known.contains(chart))
                add(QStringLiteral("%1 is marked on unknown chart \"%2\"").arg(record, chart));
        }
    }

    QList<Problem> problems;

private:
    void add(const QString& detail) { problems.append({ Problem::Severity::Error, QString(), 0, 0, detail }); }
};

template<typename T> QStringList idsOf(const QList<T>& records)
{
    QStringList ids;
    ids.reserve(records.size());
    for (const T& record : records)
        ids.append(record.id);
    return ids;
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

} // namespace crisis::core
