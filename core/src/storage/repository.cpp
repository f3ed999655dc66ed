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

QString teamRoleKey(TeamRole role)
{
    switch (role) {
    case TeamRole::Reader:
        return QStringLiteral("reader");
    case TeamRole::Editor:
        return QStringLiteral("editor");
    case TeamRole::Owner:
        break;
    }
    return QStringLiteral("owner");
}

std::optional<TeamRole> teamRoleFromKey(QStringView key)
{
    for (const TeamRole role : { TeamRole::Reader, TeamRole::Editor, TeamRole::Owner }) {
        if (key == teamRoleKey(role))
            return role;
    }
    return std::nullopt;
}

Result<void> Repository::setRole(const QString&, std::optional<TeamRole>)
{
    return Error(Error::Code::NotFound,
        QStringLiteral("%1 has no roles: a file is shared by sharing the file (a team database on a PostgreSQL server "
                       "has readers, editors and owners)")
            .arg(m_location.toString()));
}

Result<QList<std::pair<QString, TeamRole>>> Repository::roles()
{
    return setRole({}, std::nullopt).error();
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
