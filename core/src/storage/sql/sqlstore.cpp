#include "sqlstore.h"

#include <QSqlQuery>

namespace crisis::core::sql {

QString nonNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString boolText(bool flag)
{
    return flag ? QStringLiteral("1") : QStringLiteral("0");
}

bool exec(QSqlDatabase& db, const QString& sql, QSqlError* error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError();
    return false;
}

Result<void> inTransaction(const Store& store, const std::function<Result<void>()>& work)
{
    QSqlDatabase db = store.db;
    if (!db.transaction())
        return store.error(QStringLiteral("cannot start a transaction"), db.lastError());
    Result<void> result = work();
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return store.error(QStringLiteral("the change was not saved"), error);
    }
    return {};
}

Result<QStringList> textsOf(const Store& store, const QString& sql, const QString& value, const QString& what)
{
    QSqlQuery query(store.db);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(value);
    if (!query.exec())
        return store.error(what, query.lastError());
    QStringList texts;
    while (query.next())
        texts.append(query.value(0).toString());
    return texts;
}

} // namespace crisis::core::sql
