#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

namespace crisis::test {

/// Runs SQL on an SQLite file with a plain connection of its own, outside any repository: what a user's other
/// tools, or damage, could do to it.
inline void rawSql(const QString& file, const QStringList& statements)
{
    const QString connection = QStringLiteral("raw-sql");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(file);
        ASSERT_TRUE(db.open()) << file.toStdString();
        for (const QString& sql : statements) {
            QSqlQuery query(db);
            EXPECT_TRUE(query.exec(sql)) << sql.toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace crisis::test
