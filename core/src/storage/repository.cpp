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

} // namespace crisis::core
