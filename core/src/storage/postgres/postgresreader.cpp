#include "postgresreader.h"

#include "postgressupport.h"

#include <crisis/core/model/vocabulary.h>

#include <QSqlQuery>

#include <array>
#include <charconv>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crisis::core::postgres {

namespace {

// A field of a row of COPY's text format, its escapes undone; null for \N.
struct Field
{
    std::string_view text;
    bool null = false;
};

// Splits a COPY text row into its fields, undoing the escapes COPY TO writes (\\, \t, \n, \r, \b, \f, \v) into
// `scratch` where a field has any, field i into scratch[i] (sized for every field before the first view into it is
// taken: a view into a string the vector moved would dangle); false for a row of more fields than scratch has.
bool splitRow(std::string_view row, std::vector<Field>& fields, std::vector<std::string>& scratch)
{
    fields.clear();
    if (!row.empty() && row.back() == '\n')
        row.remove_suffix(1);
    size_t start = 0;
    for (;;) {
        const size_t end = std::min(row.find('\t', start), row.size());
        const std::string_view raw = row.substr(start, end - start);
        if (raw == "\\N") {
            fields.push_back({ {}, true });
        } else if (raw.find('\\') == std::string_view::npos) {
            fields.push_back({ raw, false });
        } else {
            if (fields.size() >= scratch.size())
                return false;
            std::string& text = scratch[fields.size()];
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
            fields.push_back({ text, false });
        }
        if (end == row.size())
            return true;
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

} // namespace

Result<void> Reader::figures(Snapshot& data, const Progress& progress)
{
    PGconn* connection = connectionOf(store().db);
    if (!connection)
        return sql::Reader::figures(data, progress);
    QSqlQuery count(store().db);
    if (!count.exec(QStringLiteral("SELECT count(*) FROM figures")) || !count.next())
        return store().error(QStringLiteral("cannot count figures"), count.lastError());
    const qint64 total = count.value(0).toLongLong();
    count.finish();
    const auto failed = [&](const QString& why) {
        return Error(Error::Code::Database, QStringLiteral("%1: cannot read figures: %2").arg(store().name, why));
    };
    {
        const QByteArray sql
            = QByteArray("COPY (SELECT ") + sql::figureReadColumns + " FROM figures ORDER BY seq) TO STDOUT";
        const std::unique_ptr<PGresult, decltype(&PQclear)> started(PQexec(connection, sql.constData()), &PQclear);
        if (PQresultStatus(started.get()) != PGRES_COPY_OUT)
            return failed(QString::fromUtf8(PQerrorMessage(connection)).trimmed());
    }
    // Whatever happens, the copy is read to its end and its result taken: the connection is left as Qt's driver
    // expects it.
    const auto drain = [&]() -> QString {
        char* rest = nullptr;
        while (PQgetCopyData(connection, &rest, 0) > 0)
            PQfreemem(rest);
        QString message;
        while (PGresult* result = PQgetResult(connection)) {
            if (PQresultStatus(result) != PGRES_COMMAND_OK && message.isEmpty())
                message = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
            PQclear(result);
        }
        return message;
    };
    // Stopped early (cancelled, or a damaged row): the server is asked to stop sending, rather than a million rows
    // read to no use, and what it sent meanwhile is read to the end.
    const auto stop = [&]() {
        if (PGcancel* cancel = PQgetCancel(connection)) {
            std::array<char, 256> why {};
            PQcancel(cancel, why.data(), static_cast<int>(why.size()));
            PQfreeCancel(cancel);
        }
        drain();
    };
    FigureTable::Builder builder(total);
    data.figurePlaces.reserve(static_cast<size_t>(total));
    constexpr size_t columns = 18;
    std::vector<Field> fields;
    std::vector<std::string> scratch(columns);
    qint64 read = 0;
    for (;;) {
        char* buffer = nullptr;
        const int length = PQgetCopyData(connection, &buffer, 0);
        if (length < 0)
            break;
        const std::unique_ptr<char, decltype(&PQfreemem)> owned(buffer, &PQfreemem);
        if (!splitRow(std::string_view(buffer, static_cast<size_t>(length)), fields, scratch)
            || fields.size() != columns) {
            stop();
            return failed(QStringLiteral("a row of an unexpected shape"));
        }
        const auto damage = [&](const char* what, const Field& field) {
            stop();
            return damaged(sql::figureDamage(textOf(fields[0].text), what, textOf(field.text)));
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
        builder.append(row);
        data.figurePlaces.push_back(number<qint64>(fields[17].text).value_or(0));
        if (++read % 8192 == 0 && progress && !progress(read, total)) {
            stop();
            return Error(Error::Code::Cancelled, QStringLiteral("cancelled"));
        }
    }
    if (const QString message = drain(); !message.isEmpty())
        return failed(message);
    data.figures = builder.finish();
    if (progress && !progress(read, std::max(total, read)))
        return Error(Error::Code::Cancelled, QStringLiteral("cancelled"));
    return {};
}

} // namespace crisis::core::postgres
