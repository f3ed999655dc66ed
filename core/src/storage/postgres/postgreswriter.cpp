#include "postgreswriter.h"

#include <QSqlDriver>

#include <libpq-fe.h>
#include <memory>

namespace crisis::core::postgres {

namespace {

/// Fewer figures than this go by statements: a COPY's set-up is not worth it.
constexpr qsizetype copyFrom = 512;
/// Data is handed to libpq in pieces of about this size.
constexpr qsizetype pieceBytes = qsizetype(1) << 20;

/// The libpq connection under a Qt one (QPSQL's handle), or null.
PGconn* connectionOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    // Qt names the type by libpq's typedef or by the struct's own name, depending on how it was declared.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

/// A value in COPY's text format: \N for null, backslash escapes for the characters that end a field or a row.
void appendField(QByteArray& out, const QVariant& value)
{
    if (value.isNull()) {
        out += "\\N";
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Double:
        out += QByteArray::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        out += QByteArray::number(value.toLongLong());
        return;
    default:
        break;
    }
    const QByteArray text = value.toString().toUtf8();
    for (const char c : text) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

QString messageOf(PGconn* connection)
{
    return QString::fromUtf8(PQerrorMessage(connection)).trimmed();
}

} // namespace

Result<void> Writer::writeFigures(const FigureTable& figures, const Progress& progress, const std::vector<qint64>& seqs)
{
    if (figures.size() < copyFrom || !connectionOf(store().db))
        return sql::Writer::writeFigures(figures, progress, seqs);
    QSqlDatabase db = store().db;
    QSqlError error;
    if (!sql::exec(db, QStringLiteral("SAVEPOINT figures_copy"), &error))
        return store().error(QStringLiteral("cannot add figures"), error);
    auto copied = copyFigures(figures, progress, seqs);
    if (copied) {
        if (!sql::exec(db, QStringLiteral("RELEASE SAVEPOINT figures_copy"), &error))
            return store().error(QStringLiteral("cannot add figures"), error);
        return {};
    }
    if (!sql::exec(db, QStringLiteral("ROLLBACK TO SAVEPOINT figures_copy"), &error))
        return copied;
    if (copied.error().code == Error::Code::Cancelled)
        return copied;
    // The server refused a row: the statements find which, and say so as they would have.
    return sql::Writer::writeFigures(figures, progress, seqs);
}

Result<void> Writer::copyFigures(const FigureTable& figures, const Progress& progress, const std::vector<qint64>& seqs)
{
    PGconn* connection = connectionOf(store().db);
    // Asked before the copy starts: no other statement may run on the connection until it ends.
    Seqs seq(nextSeq(QStringLiteral("figures")), seqs);
    const auto failed = [&](const QString& why) {
        return Error(Error::Code::Database, QStringLiteral("%1: cannot add figures: %2").arg(store().name, why));
    };
    {
        const std::unique_ptr<PGresult, decltype(&PQclear)> started(
            PQexec(connection, QByteArray("COPY figures (" + figureColumns().toUtf8() + ") FROM STDIN").constData()),
            &PQclear);
        if (PQresultStatus(started.get()) != PGRES_COPY_IN)
            return failed(messageOf(connection));
    }
    // Every row in pieces; the end (or an abandoned copy) said once; then the result read to its end, which
    // leaves the connection as Qt's driver expects it.
    const auto finish = [&](const char* abandoned) -> Result<void> {
        const bool ended = PQputCopyEnd(connection, abandoned) == 1;
        QString message = ended ? QString() : messageOf(connection);
        while (PGresult* result = PQgetResult(connection)) {
            if (PQresultStatus(result) != PGRES_COMMAND_OK && message.isEmpty())
                message = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
            PQclear(result);
        }
        if (abandoned)
            return Error(Error::Code::Cancelled, QStringLiteral("cancelled; nothing was written"));
        if (!message.isEmpty())
            return failed(message);
        return {};
    };
    const qsizetype total = figures.size();
    QByteArray piece;
    piece.reserve(pieceBytes + 4096);
    for (qsizetype row = 0; row < total; ++row) {
        const QVariantList values = figureValues(figures.figure(row), seq.at(row));
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                piece += '\t';
            appendField(piece, values.at(i));
        }
        piece += '\n';
        if (piece.size() >= pieceBytes || row + 1 == total) {
            if (PQputCopyData(connection, piece.constData(), int(piece.size())) != 1) {
                const QString message = messageOf(connection);
                (void)finish("the connection failed");
                return failed(message);
            }
            piece.clear();
        }
        const bool due = row + 1 == total || (row + 1) % 4096 == 0;
        if (progress && due && !progress(row + 1, total))
            return finish("cancelled");
    }
    return finish(nullptr);
}

} // namespace crisis::core::postgres
