#include <crisis/core/interchange/hxl.h>
#include <crisis/core/support/csv.h>
#include <crisis/core/support/jsonwriter.h>

#include <QFileInfo>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <unordered_map>

namespace crisis::core {

namespace {

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9') || c == u'_';
}

// The columns of our own figures table, in order, with the hashtag each has. The value columns (one per metric)
// stand after "qualifier". Every #date column holds ISO 8601 dates, as HXL tools check: the period's first and
// last day, and the reported and published dates to their precision. The EDTF forms, with their approximate and
// uncertain marks, stand in #meta columns of their own, which the reader prefers.
enum class Column {
    Id,
    Subject,
    Status,
    Qualifier,
    PeriodEdtf,
    Start,
    End,
    Precision,
    PeriodInferred,
    PeriodNote,
    Reported,
    ReportedEdtf,
    ReportedInferred,
    Parent,
    Subgroup,
    Source,
    Document,
    Sha256,
    Outlet,
    Title,
    Description,
    Author,
    Published,
    PublishedEdtf,
    PublishedInferred,
    PublishedNote,
    Url,
    Quote,
    QuoteOffset,
    Note,
    // Read, never written: files we wrote before kept the EDTF period in #date+period.
    FormerPeriod,
    Count
};

struct ColumnSpec
{
    Column column;
    const char* header;
    const char* hashtag;
};

constexpr std::array<ColumnSpec, static_cast<size_t>(Column::FormerPeriod)> columnSpecs { {
    { Column::Id, "id", "#meta+id" },
    { Column::Subject, "subject", "#meta+subject" },
    { Column::Status, "status", "#status" },
    { Column::Qualifier, "qualifier", "#meta+qualifier" },
    { Column::PeriodEdtf, "period (EDTF)", "#meta+period+edtf" },
    { Column::Start, "first day", "#date+start" },
    { Column::End, "last day", "#date+end" },
    { Column::Precision, "precision", "#meta+period+precision" },
    { Column::PeriodInferred, "period inferred", "#meta+period+inferred" },
    { Column::PeriodNote, "period note", "#meta+period+note" },
    { Column::Reported, "reported", "#date+reported" },
    { Column::ReportedEdtf, "reported (EDTF)", "#meta+reported+edtf" },
    { Column::ReportedInferred, "reported inferred", "#meta+reported+inferred" },
    { Column::Parent, "parent", "#meta+parent" },
    { Column::Subgroup, "subgroup", "#meta+subgroup" },
    { Column::Source, "source", "#meta+source" },
    { Column::Document, "document", "#meta+source+document" },
    { Column::Sha256, "document sha256", "#meta+source+sha256" },
    { Column::Outlet, "outlet", "#meta+source+outlet" },
    { Column::Title, "title", "#meta+source+title" },
    { Column::Description, "description", "#meta+source+description" },
    { Column::Author, "author", "#meta+source+author" },
    { Column::Published, "published", "#date+published" },
    { Column::PublishedEdtf, "published (EDTF)", "#meta+published+edtf" },
    { Column::PublishedInferred, "published inferred", "#meta+published+inferred" },
    { Column::PublishedNote, "published note", "#meta+published+note" },
    { Column::Url, "url", "#meta+url" },
    { Column::Quote, "quote", "#meta+quote" },
    { Column::QuoteOffset, "quote offset", "#meta+quote+offset" },
    { Column::Note, "note", "#meta+note" },
} };

constexpr ColumnSpec formerPeriodSpec { Column::FormerPeriod, "period", "#date+period" };

// Where a subject may stand in files from elsewhere, best first.
const std::array<const char*, 8> subjectTags { "#meta+subject", "#country+name", "#country", "#adm1+name", "#adm2+name",
    "#loc+name", "#org+name", "#org" };

std::optional<bool> parseFlag(std::string_view text)
{
    text = trimmed(text);
    if (text.empty() || text == "false" || text == "no" || text == "0" || text == "FALSE" || text == "No")
        return false;
    if (text == "true" || text == "yes" || text == "1" || text == "TRUE" || text == "Yes")
        return true;
    return std::nullopt;
}

// HXL's rule: a row where some cell is a hashtag and every cell that is not empty is one.

// Short ASCII cells (dates, keys) seen as a QStringView without allocating a QString for each.
class AsciiCell
{
public:
    QStringView operator()(std::string_view text)
    {
        if (text.size() > m_buffer.size()
            || std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
            m_fallback = fromUtf8(text);
            return m_fallback;
        }
        for (size_t i = 0; i < text.size(); ++i)
            m_buffer[i] = static_cast<char16_t>(text[i]);
        return QStringView(m_buffer.data(), static_cast<qsizetype>(text.size()));
    }

private:
    std::array<char16_t, 64> m_buffer {};
    QString m_fallback;
};

const char* precisionName(PartialDate::Precision precision)
{
    switch (precision) {
    case PartialDate::Precision::Year:
        return "year";
    case PartialDate::Precision::Month:
        return "month";
    case PartialDate::Precision::Day:
        return "day";
    }
    return "day";
}

std::optional<PartialDate::Precision> precisionFromName(std::string_view name)
{
    for (const auto precision :
        { PartialDate::Precision::Year, PartialDate::Precision::Month, PartialDate::Precision::Day }) {
        if (name == precisionName(precision))
            return precision;
    }
    return std::nullopt;
}

// The period's precision: "day", "month" or "year", or both ends' ("month/year") where they differ.
void appendPrecision(std::string& out, const Period& period)
{
    out.append(precisionName(period.start().precision()));
    if (period.isInterval() && period.end().precision() != period.start().precision()) {
        out.push_back('/');
        out.append(precisionName(period.end().precision()));
    }
}

// A date in ISO 8601 to its precision (YYYY, YYYY-MM or YYYY-MM-DD), without EDTF's approximate and uncertain
// marks: what HXL tools read as a date.
void appendIsoPartial(std::string& out, const PartialDate& date)
{
    if (date.isValid())
        PartialDate::fromParts(date.year(), date.month(), date.day()).appendEdtf(out);
}

// The date cut to a coarser precision (2023-09-01 to the month is 2023-09); a finer one leaves it as it is.
PartialDate atPrecision(const PartialDate& date, PartialDate::Precision precision)
{
    if (!date.isValid() || precision >= date.precision())
        return date;
    return PartialDate::fromParts(date.year(), precision == PartialDate::Precision::Month ? date.month() : 0, 0,
        date.isApproximate(), date.isUncertain());
}

void appendField(std::string& out, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    appendCsvField(out, std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
}

} // namespace

std::optional<HxlTag> HxlTag::parse(QStringView spec)
{
    spec = spec.trimmed();
    if (spec.size() < 2 || spec.front() != u'#')
        return std::nullopt;
    HxlTag result;
    qsizetype at = 1;
    const auto name = [&](QString* out) {
        while (at < spec.size() && spec[at].isSpace())
            ++at;
        const qsizetype start = at;
        if (at >= spec.size() || !isNameStart(spec[at]))
            return false;
        while (at < spec.size() && isNameChar(spec[at]))
            ++at;
        *out = spec.sliced(start, at - start).toString().toLower();
        while (at < spec.size() && spec[at].isSpace())
            ++at;
        return true;
    };
    if (!name(&result.tag))
        return std::nullopt;
    while (at < spec.size()) {
        if (spec[at] != u'+')
            return std::nullopt;
        ++at;
        QString attribute;
        if (!name(&attribute))
            return std::nullopt;
        result.attributes.append(attribute);
    }
    result.attributes.sort();
    result.attributes.removeDuplicates();
    return result;
}

QString HxlTag::toString() const
{
    QString out = u'#' + tag;
    for (const QString& attribute : attributes)
        out += u'+' + attribute;
    return out;
}

bool HxlTag::matches(const HxlTag& column) const
{
    return tag == column.tag && std::all_of(attributes.cbegin(), attributes.cend(), [&](const QString& attribute) {
        return column.attributes.contains(attribute);
    });
}

QString hxlValueTag(const Metric& metric)
{
    if (!metric.hxl.isEmpty())
        return metric.hxl;
    return QStringLiteral("#indicator+value+") + idSlug(metric.key).replace(u'-', u'_');
}

QList<HxlTag> hxlValueTagsRead(const Metric& metric)
{
    QList<HxlTag> tags;
    if (const auto tag = HxlTag::parse(hxlValueTag(metric)))
        tags.append(*tag);
    // Killed or injured was #affected+killed+injured, which HXL tools asking for #affected+killed also take:
    // files we wrote then still read as it.
    if (metric.key == u"killed_or_injured")
        tags.append(*HxlTag::parse(u"#affected+killed+injured"));
    return tags;
}

bool isHxlHashtagRow(const std::vector<std::string_view>& fields)
{
    bool any = false;
    for (const std::string_view field : fields) {
        const std::string_view text = trimmed(field);
        if (text.empty())
            continue;
        if (!HxlTag::parse(fromUtf8(text)))
            return false;
        any = true;
    }
    return any;
}

int findHxlHashtagRow(const QByteArray& utf8, const QString& fileName, std::optional<Problem>* csvProblem)
{
    CsvReader reader(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())), fileName);
    for (int row = 0; row < 25; ++row) {
        if (!reader.next()) {
            if (csvProblem)
                *csvProblem = reader.problem();
            break;
        }
        if (isHxlHashtagRow(reader.fields()))
            return row;
    }
    return -1;
}

bool hxlHasValueColumn(const QByteArray& utf8, const MetricRegistry& metrics)
{
    CsvReader reader(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())), QString());
    for (int row = 0; row < 25 && reader.next(); ++row) {
        if (!isHxlHashtagRow(reader.fields()))
            continue;
        // Our export's columns for a metric without a hashtag of its own (#indicator+value+KEY) count only beside
        // its quotes: #indicator+value+num is common on HDX, for other data.
        bool indicatorValue = false;
        bool quotes = false;
        for (const std::string_view field : reader.fields()) {
            const auto tag = HxlTag::parse(fromUtf8(trimmed(field)));
            if (!tag)
                continue;
            indicatorValue = indicatorValue || (tag->tag == u"indicator" && tag->attributes.contains(u"value"));
            quotes = quotes || (tag->tag == u"meta" && tag->attributes.contains(u"quote"));
            for (const Metric& metric : metrics.metrics()) {
                if (hxlValueTagsRead(metric).contains(*tag))
                    return true;
            }
        }
        return indicatorValue && quotes;
    }
    return false;
}

QByteArray writeHxlFigures(const Snapshot& data, const MetricRegistry& metrics)
{
    QByteArray bytes;
    writeHxlFigures(data, metrics, [&](std::string_view chunk) {
        bytes.append(chunk.data(), static_cast<qsizetype>(chunk.size()));
        return true;
    });
    return bytes;
}

bool writeHxlFigures(
    const Snapshot& data, const MetricRegistry& metrics, const std::function<bool(std::string_view)>& write)
{
    const FigureTable& f = data.figures;
    MetricRegistry all = metrics;
    for (const Metric& metric : data.metrics)
        all.insert(metric);
    // A value column for each metric the figures measure, in the registry's order.
    std::vector<qint32> valueColumnOfCode(static_cast<size_t>(f.metrics().size()), -1);
    QList<const Metric*> valueMetrics;
    for (const Metric& metric : all.metrics()) {
        for (qsizetype code = 0; code < f.metrics().size(); ++code) {
            if (f.metrics().text(static_cast<quint32>(code)) == metric.key) {
                valueColumnOfCode[static_cast<size_t>(code)] = static_cast<qint32>(valueMetrics.size());
                valueMetrics.append(&metric);
            }
        }
    }
    // Written in chunks of about a megabyte: a million rows never stand in memory as one text.
    std::string out;
    constexpr size_t chunk = 1 << 20;
    out.reserve(chunk + 64 * 1024);
    const auto line = [&](const auto& cellOf, const auto& valueCellOf) {
        bool first = true;
        for (const ColumnSpec& spec : columnSpecs) {
            if (!first)
                out.push_back(',');
            first = false;
            cellOf(spec);
            if (spec.column == Column::Qualifier) {
                for (qsizetype v = 0; v < valueMetrics.size(); ++v) {
                    out.push_back(',');
                    valueCellOf(v);
                }
            }
        }
        out.append("\r\n");
    };
    line([&](const ColumnSpec& spec) { out.append(spec.header); },
        [&](qsizetype v) { appendField(out, valueMetrics.at(v)->label); });
    line([&](const ColumnSpec& spec) { out.append(spec.hashtag); },
        [&](qsizetype v) { appendField(out, hxlValueTag(*valueMetrics.at(v))); });

    // Each source's columns once, as CSV text, for every row citing it.
    QHash<QString, std::string> sourceCells;
    for (const Source& source : data.sources) {
        std::string cells;
        const auto add = [&](const QString& text, bool comma = true) {
            appendField(cells, text);
            if (comma)
                cells.push_back(',');
        };
        add(source.id);
        add(source.document);
        add(source.textSha256);
        add(source.outlet);
        add(source.title);
        add(source.description);
        add(source.author);
        std::string published;
        appendIsoPartial(published, source.published);
        add(QString::fromStdString(published));
        add(source.published.toEdtf());
        add(source.publishedInferred ? QStringLiteral("true") : QStringLiteral("false"));
        add(source.publishedNote);
        add(source.url, false);
        sourceCells.emplace(source.id, std::move(cells));
    }
    std::vector<std::string> codeCells(static_cast<size_t>(f.sources().size()));
    for (qsizetype code = 0; code < f.sources().size(); ++code) {
        const QString& id = f.sources().text(static_cast<quint32>(code));
        const auto found = sourceCells.constFind(id);
        if (found != sourceCells.cend()) {
            codeCells[static_cast<size_t>(code)] = *found;
        } else {
            std::string cells;
            appendField(cells, id);
            cells.append(",,,,,,,,,,,"); // document to url: nothing known
            codeCells[static_cast<size_t>(code)] = cells;
        }
    }
    const auto utf8Of = [](const StringDictionary& dictionary) {
        std::vector<std::string> texts;
        for (qsizetype code = 0; code < dictionary.size(); ++code) {
            std::string cell;
            appendField(cell, dictionary.text(static_cast<quint32>(code)));
            texts.push_back(std::move(cell));
        }
        return texts;
    };
    const auto subjects = utf8Of(f.subjects());
    const auto qualifiers = utf8Of(f.qualifiers());
    const auto subgroups = utf8Of(f.subgroups());
    const auto periodNotes = utf8Of(f.periodNotes());
    const auto notes = utf8Of(f.notes());
    const auto parents = utf8Of(f.parents());
    const auto flag = [&](bool on) { out.append(on ? "true" : "false"); };
    std::vector<std::string> statuses;
    for (const FigureStatus status : allStatuses())
        statuses.push_back(statusKey(status).toStdString());
    char number[32];
    for (qsizetype row = 0; row < f.size(); ++row) {
        if (out.size() >= chunk) {
            if (!write(out))
                return false;
            out.clear();
        }
        const Period period = f.period(row);
        appendCsvField(out, f.idUtf8(row));
        out.push_back(',');
        out.append(subjects[f.subjectCode(row)]);
        out.push_back(',');
        out.append(statuses[static_cast<size_t>(f.status(row))]);
        out.push_back(',');
        out.append(qualifiers[f.qualifierCode(row)]);
        const qint32 valueColumn = valueColumnOfCode[f.metricCode(row)];
        for (qint32 v = 0; v < static_cast<qint32>(valueMetrics.size()); ++v) {
            out.push_back(',');
            if (v == valueColumn) {
                // Whole numbers as such ("350000000", not "3.5e+08"), others in the shortest text that reads
                // back as the same double.
                const double value = f.value(row);
                const auto [end, error] = value == std::trunc(value) && std::fabs(value) < 9007199254740992.0
                    ? std::to_chars(number, number + sizeof number, static_cast<qint64>(value))
                    : std::to_chars(number, number + sizeof number, value);
                out.append(number, static_cast<size_t>(end - number));
            }
        }
        out.push_back(',');
        period.appendEdtf(out);
        out.push_back(',');
        period.appendEarliestIso(out);
        out.push_back(',');
        period.appendLatestIso(out);
        out.push_back(',');
        appendPrecision(out, period);
        out.push_back(',');
        flag(f.periodInferred(row));
        out.push_back(',');
        out.append(periodNotes[f.periodNoteCode(row)]);
        out.push_back(',');
        {
            const PartialDate reported = f.reported(row);
            appendIsoPartial(out, reported);
            out.push_back(',');
            reported.appendEdtf(out);
        }
        out.push_back(',');
        flag(f.reportedInferred(row));
        out.push_back(',');
        out.append(parents[f.parentCode(row)]);
        out.push_back(',');
        out.append(subgroups[f.subgroupCode(row)]);
        out.push_back(',');
        out.append(codeCells[f.sourceCode(row)]);
        out.push_back(',');
        appendCsvField(out, f.quoteUtf8(row));
        out.push_back(',');
        {
            const auto [end, error] = std::to_chars(number, number + sizeof number, f.quoteOffset(row));
            out.append(number, static_cast<size_t>(end - number));
        }
        out.push_back(',');
        out.append(notes[f.noteCode(row)]);
        out.append("\r\n");
    }
    return write(out);
}

namespace {

// Reads an HXL figures table; see readHxlFigures.
class HxlFigureReader
{
public:
    HxlFigureReader(const DecodedText& text, const ImportContext& context)
        : m_bytes(text.utf8)
        , m_utf8(text.utf8.constData(), static_cast<size_t>(text.utf8.size()))
        , m_context(context)
        , m_csv(m_utf8, context.fileName)
    {
        m_result.value.format = QStringLiteral("HXL CSV");
        m_result.value.repair = text.repair;
        m_codePoints = codePointOffsetBase(text);
    }

    ParseResult<ImportedData> read();

private:
    bool full() const { return m_errors >= maxImportProblems || m_stopped; }
    void handOverPart()
    {
        if (!m_part || m_part->size() == 0 || m_stopped)
            return;
        FigureTable part = m_part->finish();
        m_part.reset();
        // Once a row is wrong nothing will be written: parts stop, and reading goes on for the problems.
        if (m_errors == 0 && !m_context.figureParts(std::move(part)))
            m_stopped = true;
    }
    void error(const Problem& problem)
    {
        ++m_errors;
        if (m_errors <= maxImportProblems)
            m_result.problems.append(problem);
    }
    void errorAt(Problem::Kind kind, size_t field, const QString& detail)
    {
        error(m_csv.problemAt(kind, field, detail));
    }
    bool mapColumns();
    void readRow();
    std::string_view cell(Column column) const
    {
        const int index = m_columns[static_cast<size_t>(column)];
        return index >= 0 ? trimmed(m_csv.fields()[static_cast<size_t>(index)]) : std::string_view();
    }
    std::string_view rawCell(Column column) const
    {
        const int index = m_columns[static_cast<size_t>(column)];
        return index >= 0 ? m_csv.fields()[static_cast<size_t>(index)] : std::string_view();
    }
    bool has(Column column) const { return m_columns[static_cast<size_t>(column)] >= 0; }
    size_t indexOf(Column column) const
    {
        return static_cast<size_t>(std::max(0, m_columns[static_cast<size_t>(column)]));
    }
    void settleSources();

    QByteArray m_bytes; // shares the text m_utf8 views
    std::string_view m_utf8;
    const ImportContext& m_context;
    CsvReader m_csv;
    ParseResult<ImportedData> m_result;
    int m_errors = 0;

    size_t m_width = 0;
    int m_hashtagLine = 0;
    std::array<int, static_cast<size_t>(Column::Count)> m_columns {};
    int m_subjectColumn = -1;
    int m_dateColumn = -1;
    struct ValueColumn
    {
        int index;
        QString metric;
        QByteArray metricUtf8;
    };
    QList<ValueColumn> m_values;
    /// Our own table: rows cite the sources they describe. Otherwise the file itself is the source.
    bool m_citesSources = false;

    FigureTable::Builder m_figures;
    // The rows read since the last part was handed over (when the context takes parts).
    std::unique_ptr<FigureTable::Builder> m_part;
    bool m_stopped = false;
    int m_rowsWithoutValue = 0;
    static constexpr qsizetype partRows = 50'000;
    /// Where each figure's record starts in the text, to place a problem found once all are read.
    std::vector<qsizetype> m_recordOffsets;
    // Sources described in the file, with their cells as read (to compare later rows cheaply), and the
    // sources only cited, with the first line citing each.
    struct SeenSource
    {
        qsizetype index = -1;
        std::string cells;
    };
    std::unordered_map<std::string, SeenSource> m_described;
    std::unordered_map<std::string, int> m_citedOnly;
    std::string m_sourceCells;
    QList<std::pair<QString, TextPosition>> m_parents;
    AsciiCell m_ascii;
    QString m_fileSourceId;
    QByteArray m_figurePrefix = "fig-";
    // Code points before m_countedTo: quote offsets of rows in the file.
    qsizetype m_countedTo = 0;
    qint64 m_codePoints = 0;
};

bool HxlFigureReader::mapColumns()
{
    // The hashtag row, and the header above it if there is one.
    bool found = false;
    for (int row = 0; row < 25 && !found; ++row) {
        if (!m_csv.next()) {
            if (m_csv.problem())
                error(*m_csv.problem());
            else if (row == 0)
                error({ Problem::Severity::Error, Problem::Kind::EmptyFile, m_context.fileName, 0, 0,
                    QStringLiteral("the file is empty") });
            break;
        }
        found = isHxlHashtagRow(m_csv.fields());
    }
    if (m_errors > 0)
        return false;
    if (!found) {
        error({ Problem::Severity::Error, Problem::Kind::UnsupportedFormat, m_context.fileName, 1, 1,
            QStringLiteral("no HXL hashtag row in the first 25 rows: under the header, a row of hashtags such as "
                           "#date, #affected+killed") });
        return false;
    }
    m_hashtagLine = m_csv.line();
    m_width = m_csv.fields().size();
    m_columns.fill(-1);
    QHash<QString, Column> ours;
    for (const ColumnSpec& spec : columnSpecs)
        ours.insert(HxlTag::parse(QString::fromLatin1(spec.hashtag))->toString(), spec.column);
    ours.insert(HxlTag::parse(QString::fromLatin1(formerPeriodSpec.hashtag))->toString(), formerPeriodSpec.column);
    QHash<QString, QString> metricOfTag;
    for (const Metric& metric : m_context.metrics.metrics()) {
        for (const HxlTag& tag : hxlValueTagsRead(metric)) {
            if (!metricOfTag.contains(tag.toString()))
                metricOfTag.insert(tag.toString(), metric.key);
        }
    }
    QStringList ignored;
    QHash<QString, size_t> seen;
    for (size_t i = 0; i < m_width; ++i) {
        const std::string_view text = trimmed(m_csv.fields()[i]);
        if (text.empty())
            continue;
        const HxlTag tag = *HxlTag::parse(fromUtf8(text));
        const QString key = tag.toString();
        if (seen.contains(key)) {
            // Each said up to the limit (finding where is a pass over the row), the rest counted.
            if (full())
                ++m_errors;
            else
                errorAt(Problem::Kind::ColumnMapping, i,
                    QStringLiteral("a second %1 column (the first is column %2): which one holds the data?")
                        .arg(key, QString::number(m_csv.position(seen.value(key)).second)));
            continue;
        }
        seen.insert(key, i);
        if (const auto metric = metricOfTag.constFind(key); metric != metricOfTag.cend()) {
            m_values.append({ static_cast<int>(i), *metric, metric->toUtf8() });
        } else if (const auto column = ours.constFind(key); column != ours.cend()) {
            m_columns[static_cast<size_t>(*column)] = static_cast<int>(i);
        } else if (tag.tag == u"date" && (tag.attributes.isEmpty() || m_dateColumn < 0)) {
            m_dateColumn = static_cast<int>(i); // #date, or failing that a #date of another kind
        } else {
            ignored.append(key);
        }
    }
    for (const char* subject : subjectTags) {
        const auto found = seen.constFind(HxlTag::parse(QString::fromLatin1(subject))->toString());
        if (found != seen.cend()) {
            m_subjectColumn = static_cast<int>(*found);
            ignored.removeAll(HxlTag::parse(QString::fromLatin1(subject))->toString());
            break;
        }
    }
    // A value column of a metric the database does not have (our export writes #indicator+value+KEY for the
    // database's own metrics): its figures would be lost, so it is an error rather than a column left out.
    for (const QString& key : std::as_const(ignored)) {
        const auto tag = HxlTag::parse(key);
        if (!tag || tag->tag != u"indicator" || !tag->attributes.contains(QStringLiteral("value")))
            continue;
        QStringList metric = tag->attributes;
        metric.removeAll(QStringLiteral("value"));
        error({ Problem::Severity::Error, Problem::Kind::UnknownReference, m_context.fileName, m_hashtagLine, 0,
            QStringLiteral("%1 holds figures of a metric this database does not have (%2): import our JSON, which "
                           "carries the metric's definition, or add the metric first")
                .arg(key, metric.join(u'+')) });
    }
    if (!ignored.isEmpty())
        m_result.problems.append(
            { Problem::Severity::Warning, Problem::Kind::Ignored, m_context.fileName, m_hashtagLine, 0,
                QStringLiteral("columns left out (no figure field has their hashtag): %1")
                    .arg(ignored.join(QStringLiteral(", "))) });
    if (m_values.isEmpty()) {
        QStringList known;
        for (const Metric& metric : m_context.metrics.metrics())
            known.append(QStringLiteral("%1 (%2)").arg(hxlValueTag(metric), metric.label));
        error({ Problem::Severity::Error, Problem::Kind::ColumnMapping, m_context.fileName, m_hashtagLine, 1,
            QStringLiteral("no column holds figures: a value column's hashtag must be a metric's, one of %1")
                .arg(known.join(QStringLiteral(", "))) });
    }
    const bool edtf = has(Column::PeriodEdtf) || has(Column::FormerPeriod);
    if (!edtf && !has(Column::Start) && m_dateColumn < 0)
        error({ Problem::Severity::Error, Problem::Kind::ColumnMapping, m_context.fileName, m_hashtagLine, 1,
            QStringLiteral("no date column: #date+start with #date+end, #meta+period+edtf (EDTF), or #date") });
    if (has(Column::End) && !has(Column::Start) && !edtf)
        errorAt(Problem::Kind::ColumnMapping, indexOf(Column::End), QStringLiteral("#date+end without #date+start"));
    m_citesSources = has(Column::Source) && has(Column::Quote);
    return m_errors == 0;
}

void HxlFigureReader::readRow()
{
    const std::vector<std::string_view>& fields = m_csv.fields();
    if (fields.size() == 1 && trimmed(fields.front()).empty())
        return; // a blank line
    if (fields.size() != m_width) {
        error({ Problem::Severity::Error, Problem::Kind::Syntax, m_context.fileName, m_csv.line(), 1,
            QStringLiteral("%1 fields, but the header has %2")
                .arg(QString::number(fields.size()), QString::number(m_width)) });
        return;
    }
    const int line = m_csv.line();
    // Where the row stands in the file, in characters: its quote's offset when the file is the source.
    if (!m_citesSources) {
        const qsizetype to = m_csv.recordOffset();
        for (qsizetype i = m_countedTo; i < to; ++i)
            m_codePoints += (static_cast<unsigned char>(m_utf8[static_cast<size_t>(i)]) & 0xC0) != 0x80 ? 1 : 0;
        m_countedTo = to;
    }
    const int errorsBefore = m_errors;

    // The date: the EDTF period (ours, or #date+period in files we wrote before), else the first and last day
    // (cut to the precision when a column gives it), else a date.
    Period period;
    {
        std::string_view text;
        std::string joined;
        size_t at = 0;
        bool days = false;
        if (has(Column::PeriodEdtf) && !cell(Column::PeriodEdtf).empty()) {
            text = cell(Column::PeriodEdtf);
            at = indexOf(Column::PeriodEdtf);
        } else if (has(Column::FormerPeriod) && !cell(Column::FormerPeriod).empty()) {
            text = cell(Column::FormerPeriod);
            at = indexOf(Column::FormerPeriod);
        } else if (has(Column::Start) && !cell(Column::Start).empty()) {
            text = cell(Column::Start);
            at = indexOf(Column::Start);
            days = true;
            if (has(Column::End) && !cell(Column::End).empty() && cell(Column::End) != cell(Column::Start)) {
                joined.append(text).append("/").append(cell(Column::End));
                text = joined;
            }
        } else if (m_dateColumn >= 0) {
            text = trimmed(fields[static_cast<size_t>(m_dateColumn)]);
            at = static_cast<size_t>(m_dateColumn);
        }
        QString why;
        if (text.empty()) {
            errorAt(Problem::Kind::MissingField,
                has(Column::PeriodEdtf)         ? indexOf(Column::PeriodEdtf)
                    : has(Column::FormerPeriod) ? indexOf(Column::FormerPeriod)
                                                : at,
                QStringLiteral("no date"));
        } else if (const auto parsed = Period::parse(m_ascii(text), &why)) {
            period = *parsed;
            if (days && has(Column::Precision) && !cell(Column::Precision).empty()) {
                // "month", or "month/year" for each end.
                const std::string_view precision = cell(Column::Precision);
                const size_t slash = precision.find('/');
                const auto first = precisionFromName(trimmed(precision.substr(0, slash)));
                const auto last
                    = slash == std::string_view::npos ? first : precisionFromName(trimmed(precision.substr(slash + 1)));
                if (!first || !last) {
                    errorAt(Problem::Kind::InvalidDate, indexOf(Column::Precision),
                        QStringLiteral("not a precision: \u201c%1\u201d (day, month or year; start/end where they "
                                       "differ)")
                            .arg(fromUtf8(precision)));
                } else {
                    const PartialDate start = atPrecision(period.start(), *first);
                    const PartialDate end = atPrecision(period.isInterval() ? period.end() : period.start(), *last);
                    period = start == end ? Period(start) : Period::interval(start, end);
                }
            }
        } else {
            errorAt(Problem::Kind::InvalidDate, at,
                why.isEmpty() ? QStringLiteral("not a date: \u201c%1\u201d").arg(fromUtf8(text)) : why);
        }
    }
    FigureStatus status = FigureStatus::Actual;
    if (!cell(Column::Status).empty()) {
        std::string lowered(cell(Column::Status));
        for (char& c : lowered)
            c = c == ' ' ? '_' : static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        const QString key = fromUtf8(lowered);
        if (const auto known = statusFromKey(m_ascii(lowered))) {
            status = *known;
        } else {
            QStringList keys;
            for (const FigureStatus s : allStatuses())
                keys.append(statusKey(s));
            errorAt(Problem::Kind::InvalidValue, indexOf(Column::Status),
                QStringLiteral("unknown status \u201c%1\u201d: one of %2").arg(key, keys.join(QStringLiteral(", "))));
        }
    }
    PartialDate reported;
    {
        // The EDTF form where there is one (it keeps "~" and "?"), else the ISO date.
        const Column column = has(Column::ReportedEdtf) && !cell(Column::ReportedEdtf).empty() ? Column::ReportedEdtf
                                                                                               : Column::Reported;
        if (!cell(column).empty()) {
            QString why;
            if (const auto parsed = PartialDate::parse(m_ascii(cell(column)), &why))
                reported = *parsed;
            else
                errorAt(Problem::Kind::InvalidDate, indexOf(column), why);
        }
    }
    const auto flagOf = [&](Column column) {
        const auto flag = parseFlag(cell(column));
        if (!flag)
            errorAt(Problem::Kind::InvalidValue, indexOf(column),
                QStringLiteral("not true or false: \u201c%1\u201d").arg(fromUtf8(cell(column))));
        return flag.value_or(false);
    };
    const bool periodInferred = flagOf(Column::PeriodInferred);
    const bool reportedInferred = flagOf(Column::ReportedInferred);
    if (periodInferred && cell(Column::PeriodNote).empty())
        errorAt(Problem::Kind::MissingField, indexOf(Column::PeriodInferred),
            QStringLiteral("an inferred period needs a note saying how"));

    // The citation: the source the row describes or names, or the file.
    std::string_view sourceId;
    std::string_view quote;
    qint64 quoteOffset = 0;
    QByteArray fileSourceId;
    QByteArray note;
    if (m_citesSources) {
        sourceId = cell(Column::Source);
        quote = rawCell(Column::Quote);
        if (sourceId.empty())
            errorAt(Problem::Kind::MissingField, indexOf(Column::Source), QStringLiteral("no source"));
        if (quote.empty())
            errorAt(Problem::Kind::MissingField, indexOf(Column::Quote), QStringLiteral("no quote"));
        if (const std::string_view offset = cell(Column::QuoteOffset); !offset.empty()) {
            const auto [end, failed] = std::from_chars(offset.data(), offset.data() + offset.size(), quoteOffset);
            if (failed != std::errc() || end != offset.data() + offset.size() || quoteOffset < 0)
                errorAt(Problem::Kind::InvalidValue, indexOf(Column::QuoteOffset),
                    QStringLiteral("not an offset: \u201c%1\u201d").arg(fromUtf8(cell(Column::QuoteOffset))));
        }
        const bool described = !cell(Column::Document).empty() || !cell(Column::Outlet).empty()
            || !cell(Column::Title).empty() || !cell(Column::Description).empty() || !cell(Column::Url).empty();
        const std::string key(sourceId);
        if (described && !sourceId.empty()) {
            // The source's cells as read: a later row describing it must have the same.
            m_sourceCells.clear();
            for (const Column column : { Column::Document, Column::Sha256, Column::Outlet, Column::Title,
                     Column::Description, Column::Author, Column::Published, Column::PublishedEdtf,
                     Column::PublishedInferred, Column::PublishedNote, Column::Url }) {
                m_sourceCells.append(rawCell(column));
                m_sourceCells.push_back('\x1f');
            }
            const auto seen = m_described.find(key);
            if (seen == m_described.end()) {
                Source source;
                source.id = fromUtf8(sourceId);
                source.document = fromUtf8(cell(Column::Document));
                source.textSha256 = fromUtf8(cell(Column::Sha256));
                source.outlet = fromUtf8(cell(Column::Outlet));
                source.title = fromUtf8(cell(Column::Title));
                source.description = fromUtf8(cell(Column::Description));
                source.author = fromUtf8(cell(Column::Author));
                const Column published = has(Column::PublishedEdtf) && !cell(Column::PublishedEdtf).empty()
                    ? Column::PublishedEdtf
                    : Column::Published;
                if (!cell(published).empty()) {
                    QString why;
                    if (const auto parsed = PartialDate::parse(m_ascii(cell(published)), &why))
                        source.published = *parsed;
                    else
                        errorAt(Problem::Kind::InvalidDate, indexOf(published), why);
                }
                source.publishedInferred = flagOf(Column::PublishedInferred);
                source.publishedNote = fromUtf8(cell(Column::PublishedNote));
                source.url = fromUtf8(cell(Column::Url));
                m_described.emplace(key, SeenSource { m_result.value.data.sources.size(), m_sourceCells });
                m_result.value.data.sources.append(source);
                m_result.value.sourceLines.push_back(line);
            } else if (seen->second.cells != m_sourceCells) {
                errorAt(Problem::Kind::Conflict, indexOf(Column::Source),
                    QStringLiteral("source \u201c%1\u201d is described differently on line %2")
                        .arg(fromUtf8(sourceId),
                            QString::number(m_result.value.sourceLines[static_cast<size_t>(seen->second.index)])));
            }
        } else if (!sourceId.empty() && !m_citedOnly.count(key)) {
            m_citedOnly.emplace(key, line);
        }
    } else {
        fileSourceId = m_fileSourceId.toUtf8();
        sourceId = std::string_view(fileSourceId.constData(), static_cast<size_t>(fileSourceId.size()));
        quote = m_csv.recordText();
        quoteOffset = m_codePoints;
        // A source the file names is kept with the figure: the file is what we quote.
        if (has(Column::Source) && !cell(Column::Source).empty()) {
            const QByteArray given
                = QByteArray(rawCell(Column::Note).data(), static_cast<qsizetype>(rawCell(Column::Note).size()));
            note = (given.isEmpty() ? QByteArray() : given + " ") + "Source given in the file: "
                + QByteArray(cell(Column::Source).data(), static_cast<qsizetype>(cell(Column::Source).size()));
        }
    }
    if (m_errors != errorsBefore)
        return;

    // A figure for each value the row holds.
    qsizetype valuesInRow = 0;
    for (const ValueColumn& column : std::as_const(m_values))
        valuesInRow += trimmed(fields[static_cast<size_t>(column.index)]).empty() ? 0 : 1;
    if (valuesInRow == 0) {
        ++m_rowsWithoutValue;
        return;
    }
    if (valuesInRow > 1 && !cell(Column::Id).empty()) {
        errorAt(Problem::Kind::DuplicateId, indexOf(Column::Id),
            QStringLiteral("one id for %1 values: give each figure a row").arg(valuesInRow));
        return;
    }
    if (!cell(Column::Parent).empty()) {
        const auto [parentLine, parentColumn] = m_csv.position(indexOf(Column::Parent));
        m_parents.append({ fromUtf8(cell(Column::Parent)), TextPosition { parentLine, parentColumn } });
    }
    for (const ValueColumn& column : std::as_const(m_values)) {
        const std::string_view text = trimmed(fields[static_cast<size_t>(column.index)]);
        if (text.empty())
            continue;
        const auto value = parseCsvNumber(text);
        if (!value) {
            errorAt(Problem::Kind::InvalidValue, static_cast<size_t>(column.index),
                QStringLiteral("not a number: \u201c%1\u201d").arg(fromUtf8(text)));
            continue;
        }
        QByteArray generatedId;
        std::string_view id = cell(Column::Id);
        if (id.empty()) {
            generatedId = m_figurePrefix + QByteArray::number(line);
            if (valuesInRow > 1)
                generatedId += "-" + column.metric.toUtf8();
            id = std::string_view(generatedId.constData(), static_cast<size_t>(generatedId.size()));
        }
        const QByteArray& metric = column.metricUtf8;
        FigureRow row;
        row.id = id;
        row.metric = std::string_view(metric.constData(), static_cast<size_t>(metric.size()));
        row.qualifier = cell(Column::Qualifier);
        row.subject = m_subjectColumn >= 0 ? trimmed(fields[static_cast<size_t>(m_subjectColumn)]) : std::string_view();
        row.periodNote = rawCell(Column::PeriodNote);
        row.parentId = cell(Column::Parent);
        row.subgroup = rawCell(Column::Subgroup);
        row.sourceId = sourceId;
        row.quote = quote;
        row.note = note.isEmpty() ? rawCell(Column::Note)
                                  : std::string_view(note.constData(), static_cast<size_t>(note.size()));
        row.value = *value;
        row.status = status;
        row.period = period;
        row.periodInferred = periodInferred;
        row.reported = reported;
        row.reportedInferred = reportedInferred;
        row.quoteOffset = quoteOffset;
        m_figures.append(row);
        if (m_context.figureParts) {
            if (!m_part)
                m_part = std::make_unique<FigureTable::Builder>(partRows);
            m_part->append(row);
            if (m_part->size() >= partRows)
                handOverPart();
        }
        m_result.value.figureLines.push_back(line);
        m_recordOffsets.push_back(m_csv.recordOffset());
    }
}

void HxlFigureReader::settleSources()
{
    // Sources cited but not described must be in the database.
    std::vector<std::pair<int, QString>> missing;
    for (const auto& [id, line] : m_citedOnly) {
        if (m_described.count(id))
            continue;
        const QString text = QString::fromStdString(id);
        if (m_context.sourceExists && m_context.sourceExists(text))
            continue;
        missing.emplace_back(line, text);
    }
    std::sort(missing.begin(), missing.end());
    for (const auto& [line, id] : missing)
        error({ Problem::Severity::Error, Problem::Kind::UnknownReference, m_context.fileName, line,
            static_cast<int>(indexOf(Column::Source)) + 1,
            QStringLiteral("source \u201c%1\u201d does not exist: neither described in the file nor in the database")
                .arg(id) });
}

ParseResult<ImportedData> HxlFigureReader::read()
{
    if (!mapColumns())
        return std::move(m_result);
    if (!m_citesSources) {
        // The file is the source: an id of its own.
        m_fileSourceId = sourceIdForFile(m_context);
        m_figurePrefix = "fig-" + m_fileSourceId.mid(4).toUtf8() + "-";
    }
    while (!full() && m_csv.next())
        readRow();
    if (m_csv.problem())
        error(*m_csv.problem());
    handOverPart();
    if (m_rowsWithoutValue > 0)
        m_result.problems.append({ Problem::Severity::Warning, Problem::Kind::Ignored, m_context.fileName,
            m_hashtagLine, 1, QStringLiteral("%1 row(s) without any value left out").arg(m_rowsWithoutValue) });
    if (m_errors == 0 && m_figures.size() == 0)
        error({ Problem::Severity::Error, Problem::Kind::NothingToImport, m_context.fileName, m_hashtagLine, 0,
            QStringLiteral("no figures: the rows under the hashtags hold no values") });
    FigureTable figures = m_figures.finish();
    if (m_errors == 0) {
        // Ids given twice, at the later row's id cell.
        for (const auto& [earlier, later] : figures.duplicateIds()) {
            CsvReader record(
                m_utf8.substr(static_cast<size_t>(m_recordOffsets[static_cast<size_t>(later)])), m_context.fileName);
            record.next();
            const auto column = record.position(indexOf(Column::Id)).second;
            error({ Problem::Severity::Error, Problem::Kind::DuplicateId, m_context.fileName,
                m_result.value.figureLines[static_cast<size_t>(later)], has(Column::Id) ? column : 0,
                QStringLiteral("duplicate id \u201c%1\u201d (first on line %2)")
                    .arg(figures.id(later),
                        QString::number(m_result.value.figureLines[static_cast<size_t>(earlier)])) });
        }
    }
    if (m_errors == 0) {
        settleSources();
        // Parents not among the figures read must be in the database: the caller checks.
        for (const auto& [parent, at] : std::as_const(m_parents)) {
            if (figures.rowOfId(parent) < 0)
                m_result.value.outsideParents.append({ parent, at });
        }
    }
    if (m_errors == 0 && !m_citesSources) {
        m_result.value.data.sources.append(sourceForFile(m_context, m_fileSourceId, QStringLiteral("HXL table")));
        m_result.value.sourceLines.push_back(m_hashtagLine);
    }
    if (m_errors > maxImportProblems)
        m_result.problems.append({ Problem::Severity::Error, Problem::Kind::MoreProblems, m_context.fileName, 0, 0,
            QStringLiteral("\u2026 and %1 more problems").arg(m_errors - maxImportProblems) });
    if (m_errors == 0) {
        m_result.value.data.figures = std::move(figures);
        // A figure's id, when the file gives ids, is where problems with the figure (an id the database has) point.
        if (has(Column::Id)) {
            const QByteArray utf8 = m_bytes;
            const QString fileName = m_context.fileName;
            const size_t idColumn = indexOf(Column::Id);
            const std::vector<int> lines = m_result.value.figureLines;
            m_result.value.locateId = [utf8, fileName, idColumn, offsets = m_recordOffsets, lines](
                                          RecordKind kind, qsizetype index) {
                if (kind != RecordKind::Figure || index < 0 || index >= static_cast<qsizetype>(offsets.size()))
                    return TextPosition { 0, 0 };
                const qsizetype offset = offsets[static_cast<size_t>(index)];
                CsvReader record(
                    std::string_view(utf8.constData() + offset, static_cast<size_t>(utf8.size() - offset)), fileName);
                record.next();
                return TextPosition { lines[static_cast<size_t>(index)], record.position(idColumn).second };
            };
        }
    }
    return std::move(m_result);
}

} // namespace

ParseResult<ImportedData> readHxlFigures(const DecodedText& text, const ImportContext& context)
{
    return HxlFigureReader(text, context).read();
}

} // namespace crisis::core
