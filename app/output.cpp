#include "output.h"

#include <crisis/core/analysis/displayformat.h>
#include <crisis/core/interchange/briefpack.h>
#include <crisis/core/interchange/datasetjson.h>
#include <crisis/core/support/csv.h>
#include <crisis/core/support/jsonwriter.h>

#include <QHash>
#include <QJsonDocument>

namespace crisis::app {

using namespace crisis::core;

namespace {

// Rows of text cells, printed with aligned columns or as CSV.
class Grid
{
public:
    explicit Grid(QStringList header)
        : m_header(std::move(header))
    { }
    void add(QStringList row) { m_rows.append(std::move(row)); }

    QByteArray toTable() const
    {
        QList<qsizetype> widths;
        for (const QString& cell : m_header)
            widths.append(cell.size());
        for (const QStringList& row : m_rows)
            for (qsizetype c = 0; c < row.size(); ++c)
                widths[c] = std::max(widths[c], row.at(c).size());
        QString out;
        const auto line = [&](const QStringList& row) {
            QString text;
            for (qsizetype c = 0; c < row.size(); ++c) {
                QString cell = row.at(c);
                cell.replace(u'\n', u' ');
                text += c + 1 < row.size() ? cell.leftJustified(widths.at(c) + 2) : cell;
            }
            out += text + u'\n';
        };
        line(m_header);
        for (const QStringList& row : m_rows)
            line(row);
        return out.toUtf8();
    }

    // For spreadsheets: text cells that would start a formula are neutralised (spreadsheetCell), numbers kept.
    QByteArray toCsv() const
    {
        QString out = csvRecord(m_header);
        for (const QStringList& row : m_rows)
            out += spreadsheetRecord(row);
        return out.toUtf8();
    }

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

QString flag(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QHash<QString, QString> documentsById(const Dataset& dataset)
{
    QHash<QString, QString> documents;
    for (const Source& source : dataset.sources)
        documents.insert(source.id, source.document);
    return documents;
}

} // namespace

QByteArray listFigures(const Dataset& dataset, const MetricRegistry& registry, ListFormat format)
{
    const QHash<QString, QString> documents = documentsById(dataset);
    if (format == ListFormat::Json) {
        JsonWriter out;
        out.beginArray();
        for (const Figure& f : dataset.figures) {
            out.beginObject();
            const QString document = documents.value(f.citation.sourceId);
            writeFigureFields(out, f, &document);
            out.endObject();
        }
        out.endArray();
        return out.toJson();
    }
    if (format == ListFormat::Csv) {
        Grid grid({ QStringLiteral("id"), QStringLiteral("metric"), QStringLiteral("value"),
            QStringLiteral("qualifier"), QStringLiteral("subject"), QStringLiteral("status"), QStringLiteral("period"),
            QStringLiteral("period_inferred"), QStringLiteral("reported"), QStringLiteral("parent_id"),
            QStringLiteral("subgroup"), QStringLiteral("document"), QStringLiteral("quote"),
            QStringLiteral("quote_offset") });
        for (const Figure& f : dataset.figures)
            grid.add({ f.id, f.metric, QString::fromLatin1(JsonWriter::formatNumber(f.value)), f.qualifier, f.subject,
                statusKey(f.status), f.period.toEdtf(), flag(f.periodInferred), f.reported.toEdtf(), f.parentId,
                f.subgroup, documents.value(f.citation.sourceId), f.citation.quote,
                QString::number(f.citation.offset) });
        return grid.toCsv();
    }
    Grid grid({ QStringLiteral("ID"), QStringLiteral("PERIOD"), QStringLiteral("METRIC"), QStringLiteral("VALUE"),
        QStringLiteral("SUBJECT"), QStringLiteral("STATUS"), QStringLiteral("PART OF"), QStringLiteral("DOCUMENT") });
    for (const Figure& f : dataset.figures) {
        const Metric* metric = registry.find(f.metric);
        QString period = f.period.toEdtf();
        if (f.periodInferred)
            period += QStringLiteral(" (inferred)");
        const QString partOf = f.parentId.isEmpty() ? QString() : f.parentId + QStringLiteral(": ") + f.subgroup;
        grid.add({ f.id, period, metric ? metric->label : f.metric, formatFigureValue(f, metric), f.subject,
            statusKey(f.status), partOf, documents.value(f.citation.sourceId) });
    }
    return grid.toTable();
}

QByteArray listEvents(const Dataset& dataset, ListFormat format)
{
    const QHash<QString, QString> documents = documentsById(dataset);
    if (format == ListFormat::Json) {
        JsonWriter out;
        out.beginArray();
        for (const Event& e : dataset.events) {
            out.beginObject();
            writeEventFields(out, e, &documents);
            out.endObject();
        }
        out.endArray();
        return out.toJson();
    }
    const auto citations = [&](const Event& e, bool withQuotes) {
        QStringList parts;
        for (const Citation& c : e.citations) {
            const QString where = documents.value(c.sourceId) + u'@' + QString::number(c.offset);
            parts.append(withQuotes ? where + QStringLiteral(": ") + c.quote : where);
        }
        return parts.join(withQuotes ? QStringLiteral("\n") : QStringLiteral(", "));
    };
    if (format == ListFormat::Csv) {
        Grid grid({ QStringLiteral("id"), QStringLiteral("period"), QStringLiteral("period_inferred"),
            QStringLiteral("title"), QStringLiteral("summary"), QStringLiteral("category"), QStringLiteral("status"),
            QStringLiteral("actors"), QStringLiteral("location"), QStringLiteral("citations") });
        for (const Event& e : dataset.events)
            grid.add({ e.id, e.period.toEdtf(), flag(e.periodInferred), e.title, e.summary, categoryKey(e.category),
                eventStatusKey(e.status), e.actors.join(QStringLiteral("; ")), e.location, citations(e, true) });
        return grid.toCsv();
    }
    Grid grid({ QStringLiteral("ID"), QStringLiteral("PERIOD"), QStringLiteral("CATEGORY"), QStringLiteral("STATUS"),
        QStringLiteral("TITLE"), QStringLiteral("CITED IN") });
    for (const Event& e : dataset.events) {
        QString period = e.period.toEdtf();
        if (e.periodInferred)
            period += QStringLiteral(" (inferred)");
        grid.add({ e.id, period, categoryKey(e.category), eventStatusKey(e.status), e.title, citations(e, false) });
    }
    return grid.toTable();
}

QByteArray listSources(const Dataset& dataset, ListFormat format)
{
    if (format == ListFormat::Json) {
        JsonWriter out;
        out.beginArray();
        for (const Source& s : dataset.sources) {
            out.beginObject();
            writeSourceFields(out, s);
            out.endObject();
        }
        out.endArray();
        return out.toJson();
    }
    if (format == ListFormat::Csv) {
        Grid grid({ QStringLiteral("id"), QStringLiteral("document"), QStringLiteral("outlet"), QStringLiteral("title"),
            QStringLiteral("description"), QStringLiteral("author"), QStringLiteral("published"),
            QStringLiteral("published_inferred"), QStringLiteral("published_note"), QStringLiteral("url") });
        for (const Source& s : dataset.sources)
            grid.add({ s.id, s.document, s.outlet, s.title, s.description, s.author, s.published.toEdtf(),
                flag(s.publishedInferred), s.publishedNote, s.url });
        return grid.toCsv();
    }
    Grid grid({ QStringLiteral("ID"), QStringLiteral("PUBLISHED"), QStringLiteral("OUTLET"), QStringLiteral("AUTHOR"),
        QStringLiteral("TITLE OR DESCRIPTION"), QStringLiteral("DOCUMENT") });
    for (const Source& s : dataset.sources) {
        QString published = s.published.toEdtf();
        if (s.publishedInferred)
            published += QStringLiteral(" (inferred)");
        grid.add({ s.id, published, s.outlet.isEmpty() ? QStringLiteral("(not stated)") : s.outlet,
            s.author.isEmpty() ? QStringLiteral("(not stated)") : s.author, s.title.isEmpty() ? s.description : s.title,
            s.document });
    }
    return grid.toTable();
}

QByteArray revisionLine(const Revision& revision)
{
    QByteArray out = "{\"revision\":" + QByteArray::number(revision.number) + ",\"user\":";
    JsonWriter::appendString(out, revision.user);
    out += ",\"at\":";
    JsonWriter::appendString(out, revision.at.toUTC().toString(Qt::ISODateWithMs));
    out += ",\"what\":";
    JsonWriter::appendString(out, revision.what);
    for (const auto& [key, records] : { std::pair { "added", &revision.added },
             std::pair { "changed", &revision.changed }, std::pair { "removed", &revision.removed } }) {
        out += ",\"" + QByteArray(key) + "\":[";
        const QStringList ids = records->all();
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (i > 0)
                out += ',';
            JsonWriter::appendString(out, ids.at(i));
        }
        out += ']';
    }
    out += revision.everything ? ",\"everything\":true" : ",\"everything\":false";
    if (!revision.values.isEmpty()) {
        // What the change did to each record it changed or removed: its members before and after (null: none).
        out += ",\"values\":[";
        for (qsizetype i = 0; i < revision.values.size(); ++i) {
            const RecordValues& values = revision.values.at(i);
            out += i > 0 ? ",{\"kind\":" : "{\"kind\":";
            JsonWriter::appendString(out, recordKindName(values.kind));
            out += ",\"id\":";
            JsonWriter::appendString(out, values.id);
            for (const auto& [key, json] :
                { std::pair { "before", &values.before }, std::pair { "after", &values.after } }) {
                out += ",\"" + QByteArray(key) + "\":";
                // One line: the stored object compacted.
                out += json->isEmpty() ? QByteArray("null")
                                       : QJsonDocument::fromJson(*json).toJson(QJsonDocument::Compact);
            }
            out += '}';
        }
        out += ']';
    }
    out += "}\n";
    return out;
}

namespace {

// "2 figures, 1 source", or "" for none.
QString recordCounts(const Revision::Records& records)
{
    QStringList parts;
    for (const auto& [count, one, many] : { std::tuple { records.figures.size(), "figure", "figures" },
             std::tuple { records.events.size(), "event", "events" },
             std::tuple { records.sources.size(), "source", "sources" },
             std::tuple { records.stories.size(), "story", "stories" } }) {
        if (count > 0)
            parts.append(QStringLiteral("%1 %2").arg(QString::number(count), QLatin1String(count == 1 ? one : many)));
    }
    return parts.join(QStringLiteral(", "));
}

// A value in a table's cell: on one line, at most 40 characters.
QString shortValue(const QString& text)
{
    QString line = text.simplified();
    if (line.isEmpty())
        return QStringLiteral("(none)");
    if (line.size() > 40)
        line = line.left(39) + u'\u2026';
    return u'"' + line + u'"';
}

// What a change did to the fields of the records it changed: "fig-1: value "800" → "1000", note "" → "checked"".
QString fieldsChanged(const Revision& revision)
{
    QStringList records;
    for (const RecordValues& values : revision.values) {
        if (values.before.isEmpty() || values.after.isEmpty())
            continue; // added or removed: said in RECORDS
        QStringList fields;
        for (const FieldChange& change : fieldChanges(values))
            fields.append(QStringLiteral("%1 %2 \u2192 %3")
                              .arg(change.field, shortValue(change.before), shortValue(change.after)));
        records.append(values.id + QStringLiteral(": ")
            + (fields.isEmpty() ? QStringLiteral("saved unchanged") : fields.join(QStringLiteral(", "))));
    }
    return records.join(QStringLiteral("; "));
}

} // namespace

QByteArray listFigureChanges(const QList<FigureChange>& changes, ListFormat format)
{
    const auto nowText = [](const FigureChange& change) {
        if (!change.now)
            return QString();
        const Figure& figure = *change.now;
        return QStringLiteral("%1 %2 (%3, %4)")
            .arg(figure.metric, formatNumber(figure.value), figure.subject, figure.period.toEdtf());
    };
    if (format == ListFormat::Json) {
        QByteArray out;
        for (const FigureChange& change : changes) {
            out += "{\"figure\":";
            JsonWriter::appendString(out, change.figure);
            out += ",\"change\":";
            JsonWriter::appendString(out, change.change);
            out += ",\"revision\":" + QByteArray::number(change.revision.number) + ",\"user\":";
            JsonWriter::appendString(out, change.revision.user);
            out += ",\"at\":";
            JsonWriter::appendString(out, change.revision.at.toUTC().toString(Qt::ISODateWithMs));
            out += ",\"now\":";
            if (change.now) {
                out += "{\"metric\":";
                JsonWriter::appendString(out, change.now->metric);
                out += ",\"value\":" + JsonWriter::formatNumber(change.now->value) + ",\"subject\":";
                JsonWriter::appendString(out, change.now->subject);
                out += ",\"period\":";
                JsonWriter::appendString(out, change.now->period.toEdtf());
                out += '}';
            } else {
                out += "null";
            }
            out += "}\n";
        }
        return out;
    }
    Grid grid({ QStringLiteral("FIGURE"), QStringLiteral("CHANGE"), QStringLiteral("REVISION"), QStringLiteral("AT"),
        QStringLiteral("USER"), QStringLiteral("NOW") });
    for (const FigureChange& change : changes)
        grid.add({ change.figure, change.change, QString::number(change.revision.number),
            change.revision.at.toLocalTime().toString(Qt::ISODate), change.revision.user, nowText(change) });
    return format == ListFormat::Csv ? grid.toCsv() : grid.toTable();
}

QByteArray listRevisions(const QList<Revision>& revisions, ListFormat format)
{
    if (format == ListFormat::Json) {
        QByteArray out;
        for (const Revision& revision : revisions)
            out += revisionLine(revision);
        return out;
    }
    Grid grid({ QStringLiteral("REVISION"), QStringLiteral("AT"), QStringLiteral("USER"), QStringLiteral("WHAT"),
        QStringLiteral("RECORDS"), QStringLiteral("FIELDS") });
    for (const Revision& revision : revisions) {
        QStringList records;
        if (revision.everything)
            records.append(QStringLiteral("replaced everything"));
        for (const auto& [verb, list] : { std::pair { "added", &revision.added },
                 std::pair { "changed", &revision.changed }, std::pair { "removed", &revision.removed } }) {
            if (!list->isEmpty())
                records.append(QLatin1String(verb) + u' ' + recordCounts(*list));
        }
        grid.add({ QString::number(revision.number), revision.at.toLocalTime().toString(Qt::ISODate), revision.user,
            revision.what, records.join(QStringLiteral("; ")), fieldsChanged(revision) });
    }
    return format == ListFormat::Csv ? grid.toCsv() : grid.toTable();
}

} // namespace crisis::app
