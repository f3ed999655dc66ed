#include <crisis/core/storage/repository.h>

namespace crisis::core {

Result<Dataset> Repository::load()
{
    Result<Snapshot> snapshot = loadSnapshot();
    if (!snapshot)
        return snapshot.error();
    return snapshot.value().toDataset();
}

Result<QList<Revision>> Repository::history(qint64, const QString&, int)
{
    return Error(Error::Code::NotFound,
        QStringLiteral("%1 keeps no history of its changes (a team database on a PostgreSQL server does)")
            .arg(m_location.toString()));
}

Result<QList<Revision>> Repository::wholeHistory(qint64 after, const QString& recordId)
{
    constexpr int page = 1000;
    QList<Revision> all;
    for (;;) {
        auto revisions = history(after, recordId, page);
        if (!revisions)
            return revisions.error();
        all += revisions.value();
        if (revisions.value().size() < page)
            return all;
        after = revisions.value().constLast().number;
    }
}

} // namespace crisis::core
