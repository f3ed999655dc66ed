#include "postgresreader.h"

#include "postgressupport.h"

#include <crisis/core/model/vocabulary.h>

#include <QSqlQuery>

#include <array>
#include <atomic>
#include <charconv>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace crisis::core::postgres {

namespace {

// A field of a row of COPY's text format, its escapes undone; null for \N.
struct Field
{
    std::string_view text;
    bool null = false;
};

// A figure row's columns (sql::figureReadColumns: its commas and one).
constexpr size_t figureReadColumnCount = 18;
constexpr size_t commasIn(const char* text)
{
    size_t commas = 0;
    for (; *text; ++text)
        commas += *text == ',' ? 1 : 0;
    return commas;
}
static_assert(commasIn(sql::figureReadColumns) + 1 == figureReadColumnCount, "a column added to the read: count it");
using RowFields = std::array<Field, figureReadColumnCount>;

// Splits a COPY text row into its fields, undoing the escapes COPY TO writes (\\, \t, \n, \r, \b, \f, \v) into
// `scratch` where a field has any, field i into scratch[i]; false for a row of any other number of fields.
bool splitRow(std::string_view row, RowFields& fields, std::array<std::string, figureReadColumnCount>& scratch)
{
    size_t count = 0;
    if (!row.empty() && row.back() == '\n')
        row.remove_suffix(1);
    size_t start = 0;
    for (;;) {
        const size_t end = std::min(row.find('\t', start), row.size());
        const std::string_view raw = row.substr(start, end - start);
        if (count == fields.size())
            return false;
        if (raw == "\\N") {
            fields[count++] = { {}, true };
        } else if (raw.find('\\') == std::string_view::npos) {
            fields[count++] = { raw, false };
        } else {
            std::string& text = scratch[count];
            text.clear();
            for (size_t i = 0; i < raw.size(); ++i) {
                if (raw[i] != '\\' || i + 1 == raw.size()) {
                    text += raw[i];
                    continue;
                }
                switch (raw[++i]) {
                case 't':
                    text += '\t';
                    break;
                case 'n':
                    text += '\n';
                    break;
                case 'r':
                    text += '\r';
                    break;
                case 'b':
                    text += '\b';
                    break;
                case 'f':
                    text += '\f';
                    break;
                case 'v':
                    text += '\v';
                    break;
                default:
                    text += raw[i];
                }
            }
            fields[count++] = { text, false };
        }
        if (end == row.size())
            return count == fields.size();
        start = end + 1;
    }
}

template<typename T> std::optional<T> number(std::string_view text)
{
    T value {};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

QString textOf(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

struct FigureReadResult
{
    QString error;
    bool damaged = false; // the error is a row that does not parse: sql::figureDamage's words
    bool cancelled = false;
};

// Asks the server to stop sending a COPY it has begun (rather than a million rows read to no use), then reads what it
// sent meanwhile, and the result, to the end: the connection is left ready for its next statement. The server's
// message when the copy failed, else nothing.
QString drainCopy(PGconn* connection, bool cancel)
{
    if (cancel) {
        if (PGcancel* request = PQgetCancel(connection)) {
            std::array<char, 256> why {};
            PQcancel(request, why.data(), static_cast<int>(why.size()));
            PQfreeCancel(request);
        }
    }
    char* rest = nullptr;
    while (PQgetCopyData(connection, &rest, 0) > 0)
        PQfreemem(rest);
    QString message;
    while (PGresult* result = PQgetResult(connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && message.isEmpty())
            message = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
    }
    return cancel ? QString() : message;
}

// Reads the figures with seq in [from, to], in order, by one COPY … TO STDOUT on `connection`, into a slice of the
// table and their seqs from places[0] on. Counts rows read in *done when given; asks `keepGoing` every few thousand
// rows; stops when `cancelled` is set (and sets it when keepGoing says no, or on an error).
FigureReadResult readFigures(PGconn* connection, qint64 from, qint64 to, FigureTable::SlicedBuilder::Slice& slice,
    qint64* places, std::atomic<qint64>* done, std::atomic<bool>& cancelled,
    const std::function<bool(qint64)>& keepGoing)
{
    FigureReadResult result;
    {
        const QByteArray sql = QByteArray("COPY (SELECT ") + sql::figureReadColumns + " FROM figures WHERE seq BETWEEN "
            + QByteArray::number(from) + " AND " + QByteArray::number(to) + " ORDER BY seq) TO STDOUT";
        const std::unique_ptr<PGresult, decltype(&PQclear)> started(PQexec(connection, sql.constData()), &PQclear);
        if (PQresultStatus(started.get()) != PGRES_COPY_OUT) {
            result.error = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
            cancelled.store(true);
            return result;
        }
    }
    const auto stop = [&](FigureReadResult&& why) {
        cancelled.store(true);
        drainCopy(connection, true);
        return std::move(why);
    };
    RowFields fields;
    std::array<std::string, figureReadColumnCount> scratch;
    qint64 read = 0;
    for (;;) {
        char* buffer = nullptr;
        const int length = PQgetCopyData(connection, &buffer, 0);
        if (length < 0)
            break;
        const std::unique_ptr<char, decltype(&PQfreemem)> owned(buffer, &PQfreemem);
        if (!splitRow(std::string_view(buffer, static_cast<size_t>(length)), fields, scratch))
            return stop({ QStringLiteral("a row of an unexpected shape"), false, false });
        const auto damage = [&](const char* what, const Field& field) {
            return stop({ sql::figureDamage(textOf(fields[0].text), what, textOf(field.text)), true, false });
        };
        FigureRow row;
        row.id = fields[0].text;
        row.metric = fields[1].text;
        const auto value = number<double>(fields[2].text);
        if (!value)
            return damage("has a value that is not a number:", fields[2]);
        row.value = *value;
        row.qualifier = fields[3].text;
        row.subject = fields[4].text;
        const auto status = sql::parseAscii<FigureStatus>(fields[5].text, statusFromKey);
        if (!status)
            return damage("has an unknown status", fields[5]);
        row.status = *status;
        const auto period = sql::parseAscii<Period>(fields[6].text, [](QStringView t) { return Period::parse(t); });
        if (!period)
            return damage("has a period that is not a date:", fields[6]);
        row.period = *period;
        row.periodInferred = fields[7].text != "0";
        row.periodNote = fields[8].text;
        if (!fields[9].text.empty()) {
            const auto reported
                = sql::parseAscii<PartialDate>(fields[9].text, [](QStringView t) { return PartialDate::parse(t); });
            if (!reported || !reported->isValid())
                return damage("has a reported date that is not a date:", fields[9]);
            row.reported = *reported;
        }
        row.reportedInferred = fields[10].text != "0";
        row.parentId = fields[11].null ? std::string_view() : fields[11].text;
        row.subgroup = fields[12].text;
        row.sourceId = fields[13].text;
        row.quote = fields[14].text;
        row.quoteOffset = number<qint64>(fields[15].text).value_or(0);
        row.note = fields[16].text;
        if (!slice.append(row))
            return stop({ QStringLiteral("more figures than counted"), false, false });
        places[read] = number<qint64>(fields[17].text).value_or(0);
        if (++read % 8192 == 0) {
            if (done)
                done->store(read);
            if (cancelled.load() || (keepGoing && !keepGoing(read)))
                return stop({ {}, false, true });
        }
    }
    if (const QString message = drainCopy(connection, false); !message.isEmpty()) {
        cancelled.store(true);
        return { message, false, false };
    }
    slice.finish();
    return result;
}

// A second connection to the server `connection` is on, with the same parameters (the password given included),
// reading in the same snapshot of the data: the one `snapshot` names (pg_export_snapshot()). Null when it cannot be
// had: the reader then reads alone.
struct ConnectionCloser
{
    void operator()(PGconn* connection) const { PQfinish(connection); }
};
using OwnedConnection = std::unique_ptr<PGconn, ConnectionCloser>;

OwnedConnection helperIn(PGconn* connection, const QByteArray& snapshot)
{
    const std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(PQconninfo(connection), &PQconninfoFree);
    if (!options)
        return nullptr;
    std::vector<const char*> keywords;
    std::vector<const char*> values;
    for (const PQconninfoOption* option = options.get(); option->keyword; ++option) {
        if (option->val && *option->val) {
            keywords.push_back(option->keyword);
            values.push_back(option->val);
        }
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    OwnedConnection helper(PQconnectdbParams(keywords.data(), values.data(), 0));
    if (!helper || PQstatus(helper.get()) != CONNECTION_OK)
        return nullptr;
    const QByteArray begin
        = "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY; SET TRANSACTION SNAPSHOT '" + snapshot + "'";
    const std::unique_ptr<PGresult, decltype(&PQclear)> begun(PQexec(helper.get(), begin.constData()), &PQclear);
    if (PQresultStatus(begun.get()) != PGRES_COMMAND_OK)
        return nullptr;
    return helper;
}

} // namespace

Result<void> Reader::figures(Snapshot& data, const Progress& progress)
{
    PGconn* connection = connectionOf(store().db);
    if (!connection)
        return sql::Reader::figures(data, progress);
    const auto failed = [&](const QString& why) {
        return Error(Error::Code::Database, QStringLiteral("%1: cannot read figures: %2").arg(store().name, why));
    };
    qint64 total = 0;
    qint64 lowest = 0;
    qint64 highest = 0;
    QByteArray snapshot;
    {
        QSqlQuery range(store().db);
        if (!range.exec(QStringLiteral("SELECT count(*), COALESCE(MIN(seq), 0), COALESCE(MAX(seq), 0) FROM figures"))
            || !range.next())
            return store().error(QStringLiteral("cannot count figures"), range.lastError());
        total = range.value(0).toLongLong();
        lowest = range.value(1).toLongLong();
        highest = range.value(2).toLongLong();
        range.finish(); // its result read to the end: the connection is idle in the transaction
        // Two cores, two halves, as a file is read: a second connection reads the second half in this transaction's
        // snapshot, so both halves are of one state of the dataset. Only in a transaction whose snapshot holds
        // (one that reads it all consistently); otherwise, and for fewer figures, one connection reads them all.
        const bool consistent = PQtransactionStatus(connection) == PQTRANS_INTRANS
            && range.exec(QStringLiteral("SELECT current_setting('transaction_isolation') <> 'read committed'"))
            && range.next() && range.value(0).toBool();
        if (total >= 65536 && consistent && range.exec(QStringLiteral("SELECT pg_export_snapshot()")) && range.next())
            snapshot = range.value(0).toString().toLatin1();
    }
    OwnedConnection helper = snapshot.isEmpty() ? nullptr : helperIn(connection, snapshot);
    const qint64 middle = helper ? lowest + (highest - lowest) / 2 : highest;
    qint64 firstCount = total;
    if (helper && highest - lowest + 1 == total) {
        firstCount = middle - lowest + 1; // seq runs without gaps: no need to count
    } else if (helper) {
        QSqlQuery count(store().db);
        count.setForwardOnly(true);
        if (!count.exec(QStringLiteral("SELECT count(*) FROM figures WHERE seq <= %1").arg(middle)) || !count.next())
            return store().error(QStringLiteral("cannot count figures"), count.lastError());
        firstCount = count.value(0).toLongLong();
    }
    FigureTable::SlicedBuilder builder(total);
    data.figurePlaces.resize(static_cast<size_t>(total));
    qint64* const places = data.figurePlaces.data();
    FigureTable::SlicedBuilder::Slice& firstSlice = builder.slice(0, firstCount);
    FigureTable::SlicedBuilder::Slice& secondSlice = builder.slice(firstCount, total - firstCount);
    std::atomic<qint64> helperDone { 0 };
    std::atomic<bool> cancelled { false };
    FigureReadResult second;
    std::thread reading;
    if (helper) {
        reading = std::thread([&] {
            second = readFigures(
                helper.get(), middle + 1, highest, secondSlice, places + firstCount, &helperDone, cancelled, {});
        });
    }
    const FigureReadResult first = readFigures(connection, lowest, middle, firstSlice, places, nullptr, cancelled,
        [&](qint64 done) { return !progress || progress(done + helperDone.load(), total); });
    if (reading.joinable())
        reading.join();
    helper.reset();
    if (first.cancelled && !second.damaged && second.error.isEmpty())
        return Error(Error::Code::Cancelled, QStringLiteral("cancelled"));
    // A damaged row (edited outside the app) is said, not read as zero or as no date.
    if (first.damaged || second.damaged)
        return damaged(first.damaged ? first.error : second.error);
    if (!first.error.isEmpty() || !second.error.isEmpty())
        return failed(first.error.isEmpty() ? second.error : first.error);
    std::optional<FigureTable> table = builder.join();
    if (!table)
        return failed(QStringLiteral("the figures changed while they were being read; open the dataset again"));
    data.figures = std::move(*table);
    if (progress && !progress(total, total))
        return Error(Error::Code::Cancelled, QStringLiteral("cancelled"));
    return {};
}

} // namespace crisis::core::postgres
