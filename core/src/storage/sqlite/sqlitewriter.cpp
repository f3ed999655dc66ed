#include "sqlitewriter.h"

#include "sqliteschema.h"
#include "sqlitesupport.h"

#include <crisis/core/model/metricregistry.h>

#include <QDir>
#include <QSqlError>

#include <map>
#include <string>

namespace crisis::core::sqlite {

Result<void> Writer::writeFigures(const FigureTable& figures, const Progress& progress, const std::vector<qint64>& seqs)
{
    sqlite3* handle = handleOf(m_db);
    if (!handle)
        return makeError(Error::Code::Database, QStringLiteral("%1: not an SQLite connection").arg(m_path));
    // One row per statement, and blocks of rows per statement: each statement run opens and closes the table and
    // its index, which for single rows costs as much as the insert.
    constexpr int columns = 20;
    constexpr int blockRows = 32;
    static const QByteArray rowParameters = []() -> QByteArray {
        QByteArray text = "(?";
        for (int i = 1; i < columns; ++i)
            text += ", ?";
        return text + ')';
    }();
    const QByteArray insertSql
        = "INSERT INTO figures (id, seq, metric, value, qualifier, subject, status, period, "
          "period_first, period_last, period_inferred, period_note, reported, reported_inferred, "
          "parent_id, subgroup, source_id, quote, quote_offset, note) VALUES ";
    Statement insert(handle, QByteArray(insertSql + rowParameters).constData());
    QByteArray blockSql = insertSql + rowParameters;
    for (int i = 1; i < blockRows; ++i)
        blockSql += ", " + rowParameters;
    Statement block(handle, blockSql.constData());
    if (!insert.ok() || !block.ok())
        return sqliteError(m_path, QStringLiteral("cannot add figures"), insert.errorText());
    // Dictionary texts as UTF-8 once, not once per row.
    const auto utf8Of = [](const StringDictionary& dictionary) {
        std::vector<QByteArray> texts;
        for (qsizetype code = 0; code < dictionary.size(); ++code)
            texts.push_back(dictionary.text(static_cast<quint32>(code)).toUtf8());
        return texts;
    };
    const auto metrics = utf8Of(figures.metrics());
    const auto qualifiers = utf8Of(figures.qualifiers());
    const auto subjects = utf8Of(figures.subjects());
    const auto subgroups = utf8Of(figures.subgroups());
    const auto sources = utf8Of(figures.sources());
    const auto periodNotes = utf8Of(figures.periodNotes());
    const auto notes = utf8Of(figures.notes());
    const auto parents = utf8Of(figures.parents());
    std::vector<QByteArray> statuses;
    for (const FigureStatus status : allStatuses())
        statuses.push_back(statusKey(status).toUtf8());
    const auto view = [](const QByteArray& bytes) {
        return std::string_view(bytes.constData(), static_cast<size_t>(bytes.size()));
    };
    const qint64 next = nextSeq(QStringLiteral("figures"));
    Seqs seq(next, seqs);
    // Many rows into a table with few: the secondary indexes are built once at the end, which is several times
    // faster than keeping them up to date row by row.
    const bool rebuildIndexes = figures.size() >= 100'000 && figures.size() >= next;
    if (rebuildIndexes) {
        for (const IndexDefinition& index : figureIndexes) {
            QSqlError error;
            if (!exec(m_db, dropIndexSql(index), &error))
                return databaseError(m_path, QStringLiteral("cannot add figures"), error);
        }
    }
    const qint64 total = figures.size();
    // The dates of each row of a block as text, each in a buffer of its own that lives until the block is run
    // (no QString per cell).
    std::vector<std::string> dates(blockRows);
    for (std::string& buffer : dates)
        buffer.reserve(64);
    const auto bindRow = [&](const Statement& statement, int slot, qsizetype row, qint64 seqOfRow) {
        sqlite3_stmt* handle = statement.get();
        const int at = slot * columns;
        const Period period = figures.period(row);
        std::string& text = dates[static_cast<size_t>(slot)];
        text.clear();
        period.appendEdtf(text);
        const size_t periodEnd = text.size();
        figures.reported(row).appendEdtf(text);
        const size_t reportedEnd = text.size();
        period.appendEarliestIso(text);
        const size_t firstEnd = text.size();
        period.appendLatestIso(text);
        const std::string_view all(text);
        const QByteArray& parentId = parents[figures.parentCode(row)];
        statement.bind(at + 1, figures.idUtf8(row));
        sqlite3_bind_int64(handle, at + 2, seqOfRow);
        statement.bind(at + 3, view(metrics[figures.metricCode(row)]));
        sqlite3_bind_double(handle, at + 4, figures.value(row));
        statement.bind(at + 5, view(qualifiers[figures.qualifierCode(row)]));
        statement.bind(at + 6, view(subjects[figures.subjectCode(row)]));
        statement.bind(at + 7, view(statuses[static_cast<size_t>(figures.status(row))]));
        statement.bind(at + 8, all.substr(0, periodEnd));
        statement.bind(at + 9, all.substr(reportedEnd, firstEnd - reportedEnd));
        statement.bind(at + 10, all.substr(firstEnd));
        sqlite3_bind_int(handle, at + 11, figures.periodInferred(row) ? 1 : 0);
        statement.bind(at + 12, view(periodNotes[figures.periodNoteCode(row)]));
        statement.bind(at + 13, all.substr(periodEnd, reportedEnd - periodEnd));
        sqlite3_bind_int(handle, at + 14, figures.reportedInferred(row) ? 1 : 0);
        if (parentId.isEmpty())
            sqlite3_bind_null(handle, at + 15);
        else
            statement.bind(at + 15, view(parentId));
        statement.bind(at + 16, view(subgroups[figures.subgroupCode(row)]));
        statement.bind(at + 17, view(sources[figures.sourceCode(row)]));
        statement.bind(at + 18, figures.quoteUtf8(row));
        sqlite3_bind_int64(handle, at + 19, figures.quoteOffset(row));
        statement.bind(at + 20, view(notes[figures.noteCode(row)]));
    };
    // Progress after the first rows, every 16,384 rows and at the end; false once cancelled.
    const auto reportProgress = [&](qsizetype done, qsizetype before) {
        const bool due = before == 0 || done == total || done / 16384 != before / 16384;
        return !progress || !due || progress(done, total);
    };
    std::vector<qint64> blockSeqs(blockRows);
    qsizetype row = 0;
    for (; row + blockRows <= total; row += blockRows) {
        for (int slot = 0; slot < blockRows; ++slot) {
            blockSeqs[static_cast<size_t>(slot)] = seq.at(row + slot);
            bindRow(block, slot, row + slot, blockSeqs[static_cast<size_t>(slot)]);
        }
        const int stepped = sqlite3_step(block.get());
        sqlite3_reset(block.get());
        if (stepped != SQLITE_DONE) {
            // A row broke a constraint: the block wrote nothing, and its rows one by one find the figure. Anything
            // else (a full disk, say) may have ended the transaction: it is reported as it is.
            if ((sqlite3_extended_errcode(handle) & 0xff) != SQLITE_CONSTRAINT || sqlite3_get_autocommit(handle))
                return sqliteError(m_path, QStringLiteral("cannot add figures"), block.errorText());
            break;
        }
        if (!reportProgress(row + blockRows, row))
            return makeError(Error::Code::Cancelled, QStringLiteral("cancelled; nothing was written"));
    }
    // The rows after the last whole block, or those of a block that failed.
    const qsizetype failedBlock = row + blockRows <= total ? row : -1;
    for (; row < total; ++row) {
        const qint64 seqOfRow = failedBlock >= 0 && row < failedBlock + blockRows
            ? blockSeqs[static_cast<size_t>(row - failedBlock)]
            : seq.at(row);
        bindRow(insert, 0, row, seqOfRow);
        if (sqlite3_step(insert.get()) != SQLITE_DONE) {
            Error error = sqliteError(
                m_path, QStringLiteral("cannot add figure \"%1\"").arg(figures.id(row)), insert.errorText());
            error.record = { RecordKind::Figure, figures.id(row) };
            return error;
        }
        sqlite3_reset(insert.get());
        if (!reportProgress(row + 1, row))
            return makeError(Error::Code::Cancelled, QStringLiteral("cancelled; nothing was written"));
    }
    if (rebuildIndexes) {
        for (const IndexDefinition& index : figureIndexes) {
            QSqlError error;
            if (!exec(m_db, createIndexSql(index), &error))
                return databaseError(m_path, QStringLiteral("cannot index figures"), error);
        }
    }
    return {};
}

BulkWrite::BulkWrite(QSqlDatabase& db, bool bulk)
    : m_db(db)
    , m_bulk(bulk)
{
    if (m_bulk) {
        exec(m_db, QStringLiteral("PRAGMA journal_mode = DELETE"));
        exec(m_db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
}

BulkWrite::~BulkWrite()
{
    if (m_bulk) {
        exec(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
        exec(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
    }
}

} // namespace crisis::core::sqlite
