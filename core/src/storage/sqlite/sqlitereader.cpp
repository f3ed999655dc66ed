#include "sqlitereader.h"

#include "sqlitesupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <thread>

namespace crisis::core::sqlite {

namespace {

// What is wrong with a figure row that a damaged database holds: a value that is not a number, a status, period
// or reported date that does not parse. Empty for a sound row.
QString figureRowDamage(int valueType, bool knownStatus, const Statement& columns, const FigureRow& row)
{
    const auto said = [&](const char* what, std::string_view text) {
        return sql::figureDamage(QString::fromUtf8(row.id.data(), static_cast<qsizetype>(row.id.size())), what,
            QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
    };
    if (valueType != SQLITE_INTEGER && valueType != SQLITE_FLOAT)
        return said("has a value that is not a number:", columns.text(2));
    if (!knownStatus)
        return said("has an unknown status", columns.text(5));
    if (!row.period.isValid())
        return said("has a period that is not a date:", columns.text(6));
    if (!columns.text(9).empty() && !row.reported.isValid())
        return said("has a reported date that is not a date:", columns.text(9));
    return {};
}

struct FigureReadResult
{
    QString error;
    bool damaged = false; // the error is a row that does not parse
    bool cancelled = false;
};

// Reads the figures with seq in [from, to] into a slice of the table, and their seqs from places[0] on. Counts
// rows read in *done when given; asks `keepGoing` every few thousand rows; stops when `cancelled` is set (and sets
// it when keepGoing says no).
FigureReadResult readFigures(sqlite3* handle, qint64 from, qint64 to, FigureTable::SlicedBuilder::Slice& slice,
    qint64* places, std::atomic<qint64>* done, std::atomic<bool>& cancelled,
    const std::function<bool(qint64)>& keepGoing)
{
    FigureReadResult result;
    Statement figures(handle,
        "SELECT id, metric, value, qualifier, subject, status, period, period_inferred, period_note, reported,"
        " reported_inferred, parent_id, subgroup, source_id, quote, quote_offset, note, seq FROM figures"
        " WHERE seq BETWEEN ? AND ? ORDER BY seq");
    if (!figures.ok()) {
        result.error = figures.errorText();
        return result;
    }
    sqlite3_stmt* statement = figures.get();
    sqlite3_bind_int64(statement, 1, from);
    sqlite3_bind_int64(statement, 2, to);
    int status = SQLITE_ROW;
    qint64 count = 0;
    while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
        FigureRow row;
        row.id = figures.text(0);
        row.metric = figures.text(1);
        const int valueType = sqlite3_column_type(statement, 2); // before any conversion of the value
        row.value = sqlite3_column_double(statement, 2);
        row.qualifier = figures.text(3);
        row.subject = figures.text(4);
        const std::optional<FigureStatus> parsedStatus = sql::parseAscii<FigureStatus>(figures.text(5), statusFromKey);
        row.status = parsedStatus.value_or(FigureStatus::Actual);
        row.period = sql::parseAscii<Period>(figures.text(6), [](QStringView t) {
            return Period::parse(t);
        }).value_or(Period());
        row.periodInferred = sqlite3_column_int(statement, 7) != 0;
        row.periodNote = figures.text(8);
        row.reported = sql::parseAscii<PartialDate>(figures.text(9), [](QStringView t) {
            return PartialDate::parse(t);
        }).value_or(PartialDate());
        row.reportedInferred = sqlite3_column_int(statement, 10) != 0;
        row.parentId = figures.text(11);
        row.subgroup = figures.text(12);
        row.sourceId = figures.text(13);
        row.quote = figures.text(14);
        row.quoteOffset = sqlite3_column_int64(statement, 15);
        row.note = figures.text(16);
        // A damaged row (edited outside the app) is said, not read as zero or as no date.
        if (const QString damage = figureRowDamage(valueType, parsedStatus.has_value(), figures, row);
            !damage.isEmpty()) {
            result.error = damage;
            result.damaged = true;
            return result;
        }
        if (!slice.append(row)) {
            result.error = QStringLiteral("the figures changed while they were being read; open the database again");
            return result;
        }
        places[count] = sqlite3_column_int64(statement, 17);
        if (++count % 8192 == 0) {
            if (done)
                done->store(count);
            if (cancelled.load() || (keepGoing && !keepGoing(count))) {
                cancelled.store(true);
                result.cancelled = true;
                return result;
            }
        }
    }
    if (status != SQLITE_DONE) {
        result.error = figures.errorText();
        return result;
    }
    slice.finish();
    return result;
}

} // namespace

Result<void> Reader::figures(Snapshot& data, const Progress& progress)
{
    // Figures through SQLite's own API: a million rows, no QVariant or QString per cell.
    sqlite3* handle = handleOf(m_db);
    if (!handle)
        return makeError(Error::Code::Database, QStringLiteral("%1: not an SQLite connection").arg(m_path));
    qint64 total = 0;
    qint64 lowest = 0;
    qint64 highest = 0;
    {
        Statement range(handle, "SELECT count(*), COALESCE(MIN(seq), 0), COALESCE(MAX(seq), 0) FROM figures");
        if (!range.ok() || sqlite3_step(range.get()) != SQLITE_ROW)
            return sqliteError(m_path, QStringLiteral("cannot read figures"), range.errorText());
        total = sqlite3_column_int64(range.get(), 0);
        lowest = sqlite3_column_int64(range.get(), 1);
        highest = sqlite3_column_int64(range.get(), 2);
    }
    // Two cores, two halves: this thread reads the first half on Qt's connection, a helper the second on a
    // read-only connection of its own (WAL lets them read side by side), each straight into its rows of one
    // table.
    std::atomic<qint64> helperDone { 0 };
    std::atomic<bool> cancelled { false };
    const bool split = total >= 65536 && !m_helperUri.isEmpty();
    const qint64 middle = split ? lowest + (highest - lowest) / 2 : highest;
    qint64 firstCount = total;
    if (split && highest - lowest + 1 == total) {
        firstCount = middle - lowest + 1; // seq runs without gaps: no need to count
    } else if (split) {
        Statement count(handle, "SELECT count(*) FROM figures WHERE seq <= ?");
        sqlite3_bind_int64(count.get(), 1, middle);
        if (!count.ok() || sqlite3_step(count.get()) != SQLITE_ROW)
            return sqliteError(m_path, QStringLiteral("cannot read figures"), count.errorText());
        firstCount = sqlite3_column_int64(count.get(), 0);
    }
    FigureTable::SlicedBuilder builder(total);
    data.figurePlaces.resize(static_cast<size_t>(total));
    qint64* const places = data.figurePlaces.data();
    FigureTable::SlicedBuilder::Slice& firstSlice = builder.slice(0, firstCount);
    FigureTable::SlicedBuilder::Slice& secondSlice = builder.slice(firstCount, total - firstCount);
    FigureReadResult second;
    std::thread helper;
    if (split) {
        helper = std::thread([&, uri = m_helperUri] {
            sqlite3* own = nullptr;
            if (sqlite3_open_v2(uri.constData(), &own, openFlags(Access::ReadOnly) | SQLITE_OPEN_NOMUTEX, nullptr)
                    != SQLITE_OK
                || sqlite3_busy_timeout(own, busyTimeoutMs) != SQLITE_OK)
                second.error = QString::fromUtf8(sqlite3_errmsg(own));
            else
                second = readFigures(
                    own, middle + 1, highest, secondSlice, places + firstCount, &helperDone, cancelled, {});
            sqlite3_close(own);
        });
    }
    const FigureReadResult first = readFigures(handle, lowest, middle, firstSlice, places, nullptr, cancelled,
        [&](qint64 done) { return !progress || progress(done + helperDone.load(), total); });
    if (helper.joinable())
        helper.join();
    if (first.cancelled || second.cancelled)
        return makeError(Error::Code::Cancelled, QStringLiteral("cancelled"));
    // A damaged row (edited outside the app) is said, not read as zero or as no date.
    if (first.damaged || second.damaged)
        return damaged(first.damaged ? first.error : second.error);
    if (!first.error.isEmpty() || !second.error.isEmpty())
        return sqliteError(
            m_path, QStringLiteral("cannot read figures"), first.error.isEmpty() ? second.error : first.error);
    std::optional<FigureTable> table = builder.join();
    if (!table)
        return makeError(Error::Code::Database,
            QStringLiteral("%1: the figures changed while they were being read; open the database again").arg(m_path));
    data.figures = std::move(*table);
    if (progress)
        progress(total, total);
    return {};
}

Result<Figure> Reader::figure(qint64 seq)
{
    sqlite3* handle = handleOf(m_db);
    if (!handle)
        return makeError(Error::Code::Database, QStringLiteral("%1: not an SQLite connection").arg(m_path));
    FigureTable::SlicedBuilder builder(1);
    FigureTable::SlicedBuilder::Slice& slice = builder.slice(0, 1);
    std::atomic<bool> cancelled { false };
    qint64 place = 0;
    const FigureReadResult read = readFigures(handle, seq, seq, slice, &place, nullptr, cancelled, {});
    if (!read.error.isEmpty())
        return sqliteError(m_path, QStringLiteral("cannot read a figure"), read.error);
    std::optional<FigureTable> table = builder.join();
    if (!table)
        return makeError(Error::Code::Database, QStringLiteral("%1: cannot read a figure").arg(m_path));
    return table->figure(0);
}

} // namespace crisis::core::sqlite
