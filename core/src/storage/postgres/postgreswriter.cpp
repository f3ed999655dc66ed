#include "postgreswriter.h"

#include "postgressupport.h"

#include <crisis/core/model/vocabulary.h>

#include <QHash>
#include <QSqlDriver>

#include <algorithm>
#include <cstring>
#include <libpq-fe.h>
#include <memory>
#include <optional>
#include <string_view>
#include <utility>

namespace crisis::core::postgres {

// The texts of the periods and report dates written so far, by their packed value: the same in every part of an
// import (a dictionary's codes are not), and dear to make (a tenth of what encoding a row costs).
struct CopyDateTexts
{
    QHash<quint64, QByteArray> periods;
    QHash<quint32, QByteArray> reported;
};

Writer::Writer(sql::Store store)
    : sql::Writer(std::move(store))
{ }

Writer::~Writer() = default;

namespace {

/// Fewer figures than this go by statements: a COPY's set-up is not worth it.
constexpr qsizetype copyFrom = 512;
/// Data is handed to libpq in pieces of about this size.
constexpr qsizetype pieceBytes = qsizetype(1) << 20;
/// At most this many periods' and report dates' texts are kept from one part of an import to the next.
constexpr qsizetype maxDateTexts = qsizetype(1) << 18;

/// A text in COPY's text format: backslash escapes for the characters that end a field or a row (a null is written
/// as \N by the caller). The text between escapes is appended in runs (a character at a time was half of an
/// import's time on our side).
void appendCopyText(QByteArray& out, std::string_view text)
{
    size_t run = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const char* escaped = nullptr;
        switch (text[i]) {
        case '\\':
            escaped = "\\\\";
            break;
        case '\t':
            escaped = "\\t";
            break;
        case '\n':
            escaped = "\\n";
            break;
        case '\r':
            escaped = "\\r";
            break;
        default:
            continue;
        }
        out.append(text.data() + run, static_cast<qsizetype>(i - run));
        out.append(escaped, 2);
        run = i + 1;
    }
    out.append(text.data() + run, static_cast<qsizetype>(text.size() - run));
}

void appendCopyText(QByteArray& out, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    appendCopyText(out, std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
}

/// One row of COPY's text format: the fields, tab-separated, ending with a newline.
void appendCopyFields(QByteArray& out, const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += '\t';
        appendCopyText(out, fields.at(i));
    }
    out += '\n';
}

// COPY's binary format (PostgreSQL's manual, COPY, "Binary Format") for the figures: the server takes each field as it
// is, where the text format has it scan every byte for escapes and parse every number (a million figures sent by
// psql: 3.3-3.6 s of the server's time instead of 5.0-5.1 s).
constexpr char binaryHeader[] = "PGCOPY\n\377\r\n"; // with its '\0'; then no flags and no header extension

quint64 doubleBits(double number)
{
    quint64 bits = 0;
    static_assert(sizeof bits == sizeof number);
    std::memcpy(&bits, &number, sizeof bits);
    return bits;
}

/// Writes fields of COPY's binary format into room already made for them.
struct Cursor
{
    char* at;

    void put(quint64 value, int bytes)
    {
        for (int i = bytes - 1; i >= 0; --i)
            *at++ = static_cast<char>(value >> (8 * i));
    }
    /// A field of `bytes` bytes holding `value`.
    void field(quint64 value, int bytes)
    {
        put(static_cast<quint64>(bytes), 4);
        put(value, bytes);
    }
    void text(std::string_view text)
    {
        put(text.size(), 4);
        bytes(text.data(), text.size());
    }
    void bytes(const char* data, size_t size)
    {
        std::memcpy(at, data, size);
        at += size;
    }
    /// Fields already encoded.
    void bytes(const QByteArray& encoded) { bytes(encoded.constData(), static_cast<size_t>(encoded.size())); }
};

/// `value` in `bytes` bytes, most significant first, at the end of `out`.
void appendBigEndian(QByteArray& out, quint64 value, int bytes)
{
    const qsizetype at = out.size();
    out.resize(at + bytes);
    Cursor { out.data() + at }.put(value, bytes);
}

void appendBinaryHeader(QByteArray& out)
{
    out.append(binaryHeader, sizeof binaryHeader);
    appendBigEndian(out, 0, 4); // flags
    appendBigEndian(out, 0, 4); // header extension's length
}

void appendBinaryTrailer(QByteArray& out)
{
    appendBigEndian(out, 0xffff, 2); // a field count of -1
}

/// A text field: its length, then its UTF-8 bytes.
void appendBinaryText(QByteArray& out, std::string_view text)
{
    appendBigEndian(out, static_cast<quint32>(text.size()), 4);
    out.append(text.data(), static_cast<qsizetype>(text.size()));
}

void appendBinaryText(QByteArray& out, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    appendBinaryText(out, std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
}

/// A date as Qt::ISODate writes it (yyyy-MM-dd; nothing for an invalid date or a year outside 0-9999), without
/// QDate::toString's cost.
void appendIsoDate(QByteArray& out, QDate date)
{
    if (!date.isValid() || date.year() < 0 || date.year() > 9999)
        return;
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    const char text[]
        = { char('0' + year / 1000), char('0' + year / 100 % 10), char('0' + year / 10 % 10), char('0' + year % 10),
              '-', char('0' + month / 10), char('0' + month % 10), '-', char('0' + day / 10), char('0' + day % 10) };
    out.append(text, sizeof text);
}

// Writes a figure table's rows in COPY's binary format, in the columns of sql::Writer::figureColumns(), straight
// from its columns: each dictionary's texts, periods and reported dates are encoded once, not once a row (what
// sql::Writer::figureValues gives, without making a Figure of every row).
class FigureCopyEncoder
{
public:
    FigureCopyEncoder(const FigureTable& table, CopyDateTexts& dates)
        : m_table(table)
        , m_periods(dates.periods)
        , m_reported(dates.reported)
    { }

    void append(QByteArray& out, qsizetype row, qint64 seq)
    {
        const FigureTable& t = m_table;
        const std::string_view id = t.idUtf8(row);
        const std::string_view quote = t.quoteUtf8(row);
        const QByteArray& metric = coded(Metric, t.metrics(), t.metricCode(row));
        const QByteArray& qualifier = coded(Qualifier, t.qualifiers(), t.qualifierCode(row));
        const QByteArray& subject = coded(Subject, t.subjects(), t.subjectCode(row));
        const QByteArray& status = statusText(t.status(row));
        const QByteArray& period = periodText(row);
        const QByteArray& periodNote = coded(PeriodNote, t.periodNotes(), t.periodNoteCode(row));
        const QByteArray& reported = reportedText(row);
        const QByteArray* parent = t.parentId(row).isEmpty() ? nullptr : &coded(Parent, t.parents(), t.parentCode(row));
        const QByteArray& subgroup = coded(Subgroup, t.subgroups(), t.subgroupCode(row));
        const QByteArray& source = coded(Source, t.sources(), t.sourceCode(row));
        const QByteArray& note = coded(Note, t.notes(), t.noteCode(row));
        // The row's bytes counted, made room for and written in place: forty appends a row (their copies and checks)
        // were an eighth of the copy's time on our side.
        const size_t bytes = 2 + 4 + id.size() + 12 + metric.size() + 12 + qualifier.size() + subject.size()
            + status.size() + period.size() + 8 + periodNote.size() + reported.size() + 8
            + (parent ? parent->size() : 4) + subgroup.size() + source.size() + 4 + quote.size() + 12 + note.size();
        const qsizetype at = out.size();
        const qsizetype size = at + static_cast<qsizetype>(bytes);
        if (size > out.capacity())
            out.reserve(std::max(size, 2 * out.capacity()));
        out.resize(size);
        Cursor cursor { out.data() + at };
        cursor.put(figureColumnCount, 2);
        cursor.text(id);
        cursor.field(static_cast<quint64>(seq), 8);
        cursor.bytes(metric);
        cursor.field(doubleBits(t.value(row)), 8);
        cursor.bytes(qualifier);
        cursor.bytes(subject);
        cursor.bytes(status);
        cursor.bytes(period);
        cursor.field(t.periodInferred(row) ? 1 : 0, 4);
        cursor.bytes(periodNote);
        cursor.bytes(reported);
        cursor.field(t.reportedInferred(row) ? 1 : 0, 4);
        if (parent)
            cursor.bytes(*parent);
        else
            cursor.put(0xffffffff, 4); // null
        cursor.bytes(subgroup);
        cursor.bytes(source);
        cursor.text(quote);
        cursor.field(static_cast<quint64>(t.quoteOffset(row)), 8);
        cursor.bytes(note);
        Q_ASSERT(cursor.at == out.data() + out.size());
    }

private:
    /// id, seq, metric, value, qualifier, subject, status, period, period_first, period_last, period_inferred,
    /// period_note, reported, reported_inferred, parent_id, subgroup, source_id, quote, quote_offset, note
    static constexpr int figureColumnCount = 20;

    enum Dictionary { Metric, Qualifier, Subject, PeriodNote, Parent, Subgroup, Source, Note, DictionaryCount };

    const QByteArray& coded(Dictionary which, const StringDictionary& dictionary, quint32 code)
    {
        std::vector<std::optional<QByteArray>>& texts = m_coded[which];
        if (texts.size() <= code)
            texts.resize(static_cast<size_t>(dictionary.size()) + 1);
        std::optional<QByteArray>& text = texts[code];
        if (!text) {
            text.emplace();
            appendBinaryText(*text, dictionary.text(code));
        }
        return *text;
    }

    const QByteArray& statusText(FigureStatus status)
    {
        QByteArray& text = m_statuses[static_cast<int>(status)];
        if (text.isEmpty())
            appendBinaryText(text, statusKey(status));
        return text;
    }

    // period, period_first and period_last
    const QByteArray& periodText(qsizetype row)
    {
        const quint64 key = m_table.periodKey(row);
        auto found = m_periods.find(key);
        if (found == m_periods.end()) {
            const Period period = m_table.period(row);
            QByteArray text;
            appendBinaryText(text, period.toEdtf());
            for (const QDate date : { period.earliest(), period.latest() }) {
                QByteArray iso;
                appendIsoDate(iso, date);
                appendBinaryText(text, std::string_view(iso.constData(), static_cast<size_t>(iso.size())));
            }
            found = m_periods.insert(key, text);
        }
        return *found;
    }

    const QByteArray& reportedText(qsizetype row)
    {
        const quint32 key = m_table.reportedKey(row);
        auto found = m_reported.find(key);
        if (found == m_reported.end()) {
            QByteArray text;
            appendBinaryText(text, m_table.reported(row).toEdtf());
            found = m_reported.insert(key, text);
        }
        return *found;
    }

    const FigureTable& m_table;
    std::vector<std::optional<QByteArray>> m_coded[DictionaryCount];
    QByteArray m_statuses[8];
    QHash<quint64, QByteArray>& m_periods;
    QHash<quint32, QByteArray>& m_reported;
};

QString messageOf(PGconn* connection)
{
    return QString::fromUtf8(PQerrorMessage(connection)).trimmed();
}

} // namespace

Result<void> Writer::copyOrStatements(const char* what, qsizetype rows, const std::function<Result<void>()>& copy,
    const std::function<Result<void>()>& statements)
{
    if (rows < copyFrom || !connectionOf(store().db))
        return statements();
    QSqlDatabase db = store().db;
    QSqlError error;
    const QString failed = QStringLiteral("cannot add %1").arg(QLatin1String(what));
    if (!sql::exec(db, QStringLiteral("SAVEPOINT rows_copy"), &error))
        return store().error(failed, error);
    auto copied = copy();
    if (copied) {
        if (!sql::exec(db, QStringLiteral("RELEASE SAVEPOINT rows_copy"), &error))
            return store().error(failed, error);
        return {};
    }
    if (!sql::exec(db, QStringLiteral("ROLLBACK TO SAVEPOINT rows_copy"), &error))
        return copied;
    if (copied.error().code == Error::Code::Cancelled)
        return copied;
    // The server refused a row: the statements find which, and say so as they would have.
    return statements();
}

Result<void> Writer::copyIn(const char* what, const QString& into, qsizetype rows,
    const std::function<void(QByteArray& out, qsizetype row)>& appendRow, const Progress& progress, CopyFormat format,
    bool freeze)
{
    const bool binary = format == CopyFormat::Binary;
    QByteArrayList with;
    if (binary)
        with.append("FORMAT binary");
    if (freeze)
        with.append("FREEZE");
    const QByteArray options = with.isEmpty() ? QByteArray() : " WITH (" + with.join(", ") + ')';
    PGconn* connection = connectionOf(store().db);
    const auto failed = [&](const QString& why) {
        return Error(
            Error::Code::Database, QStringLiteral("%1: cannot add %2: %3").arg(store().name, QLatin1String(what), why));
    };
    {
        const std::unique_ptr<PGresult, decltype(&PQclear)> started(
            PQexec(connection, QByteArray("COPY " + into.toUtf8() + " FROM STDIN" + options).constData()), &PQclear);
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
    QByteArray piece;
    piece.reserve(pieceBytes + 4096);
    if (binary)
        appendBinaryHeader(piece);
    const auto send = [&]() {
        const bool sent = PQputCopyData(connection, piece.constData(), int(piece.size())) == 1;
        piece.resize(0); // its room kept for the next
        return sent;
    };
    const auto sendFailed = [&]() {
        const QString message = messageOf(connection);
        (void)finish("the connection failed");
        return failed(message);
    };
    for (qsizetype row = 0; row < rows; ++row) {
        appendRow(piece, row);
        if (piece.size() >= pieceBytes && !send())
            return sendFailed();
        const bool due = row + 1 == rows || (row + 1) % 4096 == 0;
        if (progress && due && !progress(row + 1, rows))
            return finish("cancelled");
    }
    if (binary)
        appendBinaryTrailer(piece);
    if (!piece.isEmpty() && !send())
        return sendFailed();
    return finish(nullptr);
}

Result<void> Writer::writeFigures(const FigureTable& figures, const Progress& progress, const std::vector<qint64>& seqs)
{
    return copyOrStatements(
        "figures", figures.size(),
        [&]() -> Result<void> {
            // Asked before the copy starts: no other statement may run on the connection until it ends.
            Seqs seq(nextSeq(QStringLiteral("figures")), seqs);
            if (!m_dates || m_dates->periods.size() + m_dates->reported.size() > maxDateTexts)
                m_dates = std::make_unique<CopyDateTexts>();
            FigureCopyEncoder encoder(figures, *m_dates);
            const bool freeze = std::exchange(m_figuresTableNew, false);
            if (freeze) {
                // COPY FREEZE takes a table made or emptied in the current subtransaction, which the copy's
                // savepoint is not: emptied there, as it holds nothing yet.
                QSqlDatabase db = store().db;
                QSqlError error;
                if (!sql::exec(db, QStringLiteral("TRUNCATE figures"), &error))
                    return store().error(QStringLiteral("cannot add figures"), error);
            }
            return copyIn(
                "figures", QStringLiteral("figures (") + figureColumns() + u')', figures.size(),
                [&](QByteArray& out, qsizetype row) { encoder.append(out, row, seq.at(row)); }, progress,
                CopyFormat::Binary, freeze);
        },
        [&]() { return sql::Writer::writeFigures(figures, progress, seqs); });
}

Result<void> Writer::writeSources(const QList<Source>& sources, const std::vector<qint64>& seqs)
{
    return copyOrStatements(
        "sources", sources.size(),
        [&]() -> Result<void> {
            Seqs seq(nextSeq(QStringLiteral("sources")), seqs);
            return copyIn("sources",
                QStringLiteral("sources (id, seq, document, text_sha256, outlet, title, description, author,"
                               " published, published_inferred, published_note, url)"),
                sources.size(),
                [&](QByteArray& out, qsizetype i) {
                    const Source& source = sources.at(i);
                    appendCopyFields(out,
                        { source.id, QString::number(seq.at(i)), source.document, source.textSha256, source.outlet,
                            source.title, source.description, source.author, source.published.toEdtf(),
                            sql::boolText(source.publishedInferred), source.publishedNote, source.url });
                },
                {});
        },
        [&]() { return sql::Writer::writeSources(sources, seqs); });
}

Result<void> Writer::writeEvents(const QList<Event>& events, const std::vector<qint64>& seqs)
{
    return copyOrStatements(
        "events", events.size(),
        [&]() -> Result<void> {
            Seqs seq(nextSeq(QStringLiteral("events")), seqs);
            if (auto copied = copyIn("events",
                    QStringLiteral("events (id, seq, period, period_first, period_last, period_inferred, period_note,"
                                   " title, summary, category, location, status)"),
                    events.size(),
                    [&](QByteArray& out, qsizetype e) {
                        const Event& event = events.at(e);
                        appendCopyFields(out,
                            { event.id, QString::number(seq.at(e)), event.period.toEdtf(),
                                event.period.earliest().toString(Qt::ISODate),
                                event.period.latest().toString(Qt::ISODate), sql::boolText(event.periodInferred),
                                event.periodNote, event.title, event.summary, categoryKey(event.category),
                                event.location, eventStatusKey(event.status) });
                    },
                    {});
                !copied)
                return copied;
            // Each event's actors, citations and charts, in their order: every one a row, all of one kind in one
            // copy.
            const auto each = [&](const char* what, const QString& into, auto countOf, auto fieldsOf) {
                return copyIn(what, into, events.size(),
                    [&](QByteArray& out, qsizetype e) {
                        const Event& event = events.at(e);
                        for (qsizetype i = 0; i < countOf(event); ++i)
                            appendCopyFields(out, fieldsOf(event, i));
                    },
                    {});
            };
            if (auto copied = each(
                    "event actors", QStringLiteral("event_actors (event_id, position, actor)"),
                    [](const Event& event) { return event.actors.size(); },
                    [](const Event& event, qsizetype i) {
                        return QStringList { event.id, QString::number(i), event.actors.at(i) };
                    });
                !copied)
                return copied;
            if (auto copied = each(
                    "event citations",
                    QStringLiteral("event_citations (event_id, position, source_id, quote, quote_offset)"),
                    [](const Event& event) { return event.citations.size(); },
                    [](const Event& event, qsizetype i) {
                        const Citation& c = event.citations.at(i);
                        return QStringList { event.id, QString::number(i), c.sourceId, c.quote,
                            QString::number(c.offset) };
                    });
                !copied)
                return copied;
            return each(
                "event charts", QStringLiteral("event_charts (event_id, position, chart)"),
                [](const Event& event) { return event.charts.size(); },
                [](const Event& event, qsizetype i) {
                    return QStringList { event.id, QString::number(i), event.charts.at(i) };
                });
        },
        [&]() { return sql::Writer::writeEvents(events, seqs); });
}

Result<QString> Writer::firstMissing(const char* table, const char* column, const QStringList& keys)
{
    if (keys.isEmpty())
        return QString();
    // The keys travel as one array literal: each quoted, its quotes and backslashes escaped.
    QString array;
    array.reserve(keys.size() * 16);
    array += u'{';
    for (const QString& key : keys) {
        if (array.size() > 1)
            array += u',';
        array += u'"';
        for (const QChar c : key) {
            if (c == u'"' || c == u'\\')
                array += u'\\';
            array += c;
        }
        array += u'"';
    }
    array += u'}';
    QSqlQuery query(store().db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT u.k FROM unnest(CAST(? AS TEXT[])) WITH ORDINALITY AS u(k, n)"
                                 " WHERE NOT EXISTS (SELECT 1 FROM %1 t WHERE t.%2 = u.k) ORDER BY u.n LIMIT 1")
                      .arg(QLatin1String(table), QLatin1String(column)));
    query.addBindValue(array);
    if (!query.exec())
        return failure(QStringLiteral("cannot check what the records refer to"), query);
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace crisis::core::postgres
