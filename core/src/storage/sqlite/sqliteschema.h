#pragma once

// The SQLite schema: its versions, the migrations between them, and the figures' secondary indexes.

#include <crisis/core/support/result.h>

#include <QSqlDatabase>

namespace crisis::core::sqlite {

/// The schema version this build writes.
int currentSchemaVersion();

/// Runs the migrations from `from` to `to` and sets user_version, in one transaction.
Result<void> migrate(QSqlDatabase& db, const QString& path, int from, int to);

/// The figures' secondary indexes, which a bulk write drops and builds again once at the end.
struct IndexDefinition
{
    const char* name;
    const char* on;
};
/// Few figures have a parent, so the parents' index holds only those (a lookup by parent_id = ? uses it all the
/// same).
inline constexpr IndexDefinition figureIndexes[] = { { "figures_source", "figures(source_id)" },
    { "figures_parent", "figures(parent_id) WHERE parent_id IS NOT NULL" } };

QString dropIndexSql(const IndexDefinition& index);
QString createIndexSql(const IndexDefinition& index);

} // namespace crisis::core::sqlite
