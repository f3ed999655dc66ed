#include <crisis/core/interchange/hxl.h>
#include <crisis/core/interchange/tableimport.h>
#include <crisis/core/support/csv.h>
#include <crisis/core/support/englishdates.h>
#include <crisis/core/support/textposition.h>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace crisis::core {

std::optional<TableMapping> TableMapping::parse(QStringView text, QString* error)
{
    TableMapping mapping;
    const auto fail = [&](const QString& why) -> std::optional<TableMapping> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    for (const QStringView part : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals <= 0)
            return fail(QStringLiteral("\u201c%1\u201d is not KEY=VALUE").arg(part.toString()));
        const QString key = part.left(equals).trimmed().toString().toLower();
        const QString value = part.mid(equals + 1).trimmed().toString();
        if (value.isEmpty())
            return fail(QStringLiteral("%1= needs a column").arg(key));
        QString* single = key == u"date" ? &mapping.date
            : key == u"year"             ? &mapping.year
            : key == u"month"            ? &mapping.month
            : key == u"day"              ? &mapping.day
            : key == u"subject"          ? &mapping.subject
            : key == u"metric"           ? &mapping.metric
            : key == u"metric-column"    ? &mapping.metricColumn
                                         : nullptr;
        if (key == u"value") {
            mapping.values.append(value);
        } else if (!single) {
            return fail(QStringLiteral("unknown key \u201c%1\u201d: use date, year, month, day, value, subject, metric "
                                       "or metric-column")
                            .arg(key));
        } else if (!single->isEmpty()) {
            return fail(QStringLiteral("%1= is given twice").arg(key));
        } else {
            *single = value;
        }
    }
    if (mapping.date.isEmpty() && mapping.year.isEmpty())
        return fail(QStringLiteral("no date: date=COL, or year=COL (with month=COL and day=COL if there are any)"));
    if (!mapping.date.isEmpty() && !mapping.year.isEmpty())
        return fail(QStringLiteral("date= and year= both given: use one"));
    if (mapping.year.isEmpty() && (!mapping.month.isEmpty() || !mapping.day.isEmpty()))
        return fail(QStringLiteral("month= and day= go with year="));
    if (mapping.values.isEmpty())
        return fail(QStringLiteral("no value=COL: which column holds the figures?"));
    if (!mapping.metric.isEmpty() && !mapping.metricColumn.isEmpty())
        return fail(QStringLiteral("metric= and metric-column= both given: use one"));
    return mapping;
}

QString TableMapping::toString() const
{
    QStringList parts;
    const auto add = [&](const char* key, const QString& value) {
        if (!value.isEmpty())
            parts.append(QLatin1String(key) + u'=' + value);
    };
    add("date", date);
    add("year", year);
    add("month", month);
    add("day", day);
    for (const QString& value : values)
        add("value", value);
    add("subject", subject);
    add("metric", metric);
    add("metric-column", metricColumn);
    return parts.join(u',');
}

namespace {

// A table as rows of cells, with where each row and cell stands, whatever the file was.
struct Table
{
    QStringList columns;
    /// Each column's HXL hashtag ("#loc+name", blank when it has none) when the table has a hashtag row.
    QStringList hashtags;
    /// The line of the header (below any title rows): problems with the mapping point at it.
    int headerLine = 1;
    QList<QStringList> rows;
    QList<int> lines;
    // Each row as it stands in the file, and the byte offset where it starts: the quote.
    QList<QByteArray> rawRows;
    QList<qsizetype> rawOffsets;
    // Where each cell is (line, column), for problems; for JSON, the start of the member's value.
    QList<QList<TextPosition>> cellPositions;
};

// The end of the JSON value starting at `at` (well-formed JSON).
qsizetype jsonValueEnd(const QByteArray& json, qsizetype at)
{
    int depth = 0;
    for (qsizetype i = at; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '"') {
            for (++i; i < json.size() && json.at(i) != '"'; ++i) {
                if (json.at(i) == '\\')
                    ++i;
            }
            if (depth == 0)
                return i + 1;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth <= 0)
                return i + 1;
        } else if (depth == 0 && (c == ',' || c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
            return i;
        }
    }
    return json.size();
}

QString cellText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

ParseResult<Table> readCsvTable(const QByteArray& utf8, const QString& fileName)
{
    ParseResult<Table> result;
    Table& table = result.value;
    CsvReader csv(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())), fileName);
    const auto cellOf = [](std::string_view field) {
        return QString::fromUtf8(field.data(), static_cast<qsizetype>(field.size())).trimmed();
    };
    // An HXL file from elsewhere: the hashtag row names the columns too, and the row above it is the header
    // (rows above that are titles). A hashtag row on top is the header itself.
    const int hashtagRow = findHxlHashtagRow(utf8, fileName);
    for (int row = 0; row < std::max(hashtagRow, 1); ++row) {
        if (!csv.next()) {
            result.problems.append(csv.problem() ? *csv.problem()
                                                 : Problem { Problem::Severity::Error, Problem::Kind::EmptyFile,
                                                     fileName, 0, 0, QStringLiteral("the file is empty") });
            return result;
        }
    }
    table.headerLine = csv.line();
    for (const std::string_view field : csv.fields())
        table.columns.append(cellOf(field));
    if (hashtagRow >= 0) {
        if (hashtagRow > 0 && csv.next() && csv.fields().size() != static_cast<size_t>(table.columns.size())) {
            result.problems.append({ Problem::Severity::Error, Problem::Kind::Syntax, fileName, csv.line(), 1,
                QStringLiteral("%1 hashtags, but the header has %2 columns")
                    .arg(QString::number(csv.fields().size()), QString::number(table.columns.size())) });
            return result;
        }
        for (const std::string_view field : csv.fields()) {
            const auto tag = HxlTag::parse(cellOf(field));
            table.hashtags.append(tag ? tag->toString() : QString());
        }
    }
    int errors = 0;
    std::vector<std::pair<int, int>> fieldPositions;
    while (csv.next()) {
        const auto& fields = csv.fields();
        if (fields.size() == 1 && fields.front().find_first_not_of(" \t") == std::string_view::npos)
            continue;
        if (fields.size() != static_cast<size_t>(table.columns.size())) {
            result.problems.append({ Problem::Severity::Error, Problem::Kind::Syntax, fileName, csv.line(), 1,
                QStringLiteral("%1 fields, but the header has %2")
                    .arg(QString::number(fields.size()), QString::number(table.columns.size())) });
            if (++errors >= maxImportProblems)
                break;
            continue;
        }
        QStringList cells;
        QList<TextPosition> positions;
        cells.reserve(static_cast<qsizetype>(fields.size()));
        positions.reserve(static_cast<qsizetype>(fields.size()));
        csv.positions(fieldPositions); // every cell's place in one pass over the row, however many columns
        for (size_t i = 0; i < fields.size(); ++i) {
            cells.append(QString::fromUtf8(fields[i].data(), static_cast<qsizetype>(fields[i].size())).trimmed());
            positions.append({ fieldPositions[i].first, fieldPositions[i].second });
        }
        table.rows.append(cells);
        table.lines.append(csv.line());
        table.cellPositions.append(positions);
        table.rawRows.append(QByteArray(csv.recordText().data(), static_cast<qsizetype>(csv.recordText().size())));
        table.rawOffsets.append(csv.recordOffset());
    }
    if (csv.problem())
        result.problems.append(*csv.problem());
    return result;
}

ParseResult<Table> readJsonTable(const QByteArray& json, const QString& fileName)
{
    ParseResult<Table> result;
    Table& table = result.value;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const TextPosition at = textPositionOfByteOffset(json, parseError.offset);
        result.problems.append({ Problem::Severity::Error, Problem::Kind::Syntax, fileName, at.line, at.column,
            QStringLiteral("not valid JSON: %1").arg(parseError.errorString()) });
        return result;
    }
    if (!document.isArray()) {
        result.problems.append({ Problem::Severity::Error, Problem::Kind::UnsupportedFormat, fileName, 1, 1,
            QStringLiteral("a table in JSON must be an array of records (objects)") });
        return result;
    }
    const QJsonArray array = document.array();
    const std::vector<qsizetype> offsets = jsonArrayElementOffsets(json, u"");
    // Where each record and member is, without scanning from the start each time (even on one long line).
    const TextPositions positions(json);
    const auto positionOf = [&](qsizetype offset) { return positions.at(offset); };
    QHash<QString, qsizetype> columnOf;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const qsizetype offset = i < static_cast<qsizetype>(offsets.size()) ? offsets[static_cast<size_t>(i)] : 0;
        if (!array.at(i).isObject()) {
            const TextPosition at = positionOf(offset);
            result.problems.append({ Problem::Severity::Error, Problem::Kind::InvalidValue, fileName, at.line,
                at.column, QStringLiteral("a record must be an object") });
            if (result.problems.size() >= maxImportProblems)
                break;
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        for (auto member = object.begin(); member != object.end(); ++member) {
            if (!columnOf.contains(member.key())) {
                columnOf.insert(member.key(), table.columns.size());
                table.columns.append(member.key());
            }
        }
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            continue;
        const qsizetype offset = i < static_cast<qsizetype>(offsets.size()) ? offsets[static_cast<size_t>(i)] : 0;
        const QJsonObject object = array.at(i).toObject();
        QStringList cells(table.columns.size());
        QList<TextPosition> positions(table.columns.size(), positionOf(offset));
        for (auto member = object.begin(); member != object.end(); ++member) {
            const qsizetype column = columnOf.value(member.key());
            if (member.value().isObject() || member.value().isArray()) {
                if (result.problems.size() >= maxImportProblems)
                    continue; // the rest not located: each is a walk through the record
                const QString pointer = u'/'
                    + QString(member.key()).replace(u'~', QStringLiteral("~0")).replace(u'/', QStringLiteral("~1"));
                const TextPosition at = positionOf(locateJsonPointerOffset(json, pointer, offset));
                result.problems.append(
                    { Problem::Severity::Error, Problem::Kind::InvalidValue, fileName, at.line, at.column,
                        QStringLiteral("\u201c%1\u201d holds an object or array, not a value").arg(member.key()) });
                continue;
            }
            cells[column] = cellText(member.value()).trimmed();
        }
        table.rows.append(cells);
        table.lines.append(positionOf(offset).line);
        table.cellPositions.append(positions);
        table.rawRows.append(json.mid(offset, jsonValueEnd(json, offset) - offset));
        table.rawOffsets.append(offset);
    }
    return result;
}

ParseResult<Table> readAnyTable(const DecodedText& text, const QString& fileName)
{
    for (const char c : text.utf8) {
        if (c == '[')
            return readJsonTable(text.utf8, fileName);
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            break;
    }
    return readCsvTable(text.utf8, fileName);
}

// A number as tables write it: "1234", "1,234", "1 234" (a space or no-break space between groups), "12.5",
// "-3", "1.2e6"; nothing for anything else ("1,5" included: a decimal comma is not read as thousands).
std::optional<double> parseNumber(QString text)
{
    text.remove(u' ');
    text.remove(u'\u00a0');
    const QByteArray utf8 = text.toUtf8();
    return parseCsvNumber(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
}

bool isMissing(const QString& cell)
{
    static const QStringList markers { QString(), QStringLiteral("na"), QStringLiteral("n/a"), QStringLiteral("-"),
        QStringLiteral(".."), QStringLiteral("\u2026"), QStringLiteral("null"), QStringLiteral("none") };
    return markers.contains(cell.trimmed().toLower());
}

std::optional<int> parseMonth(const QString& text)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    if (ok)
        return number >= 1 && number <= 12 ? std::optional<int>(number) : std::nullopt;
    const int named = englishMonthNumber(QStringView(text).trimmed());
    return named > 0 ? std::optional<int>(named) : std::nullopt;
}

class TableReader
{
public:
    TableReader(const DecodedText& text, const ImportContext& context, Table table)
        : m_text(text)
        , m_context(context)
        , m_table(std::move(table))
    { }

    ParseResult<ImportedData> read();

private:
    int column(const QString& name, const QString& role);
    /// The columns' names, with their hashtags when the table has them, for messages.
    QString columnList() const;
    void error(Problem::Kind kind, int row, int column, const QString& detail);
    std::optional<Period> dateOf(int row);

    const DecodedText& m_text;
    const ImportContext& m_context;
    Table m_table;
    ParseResult<ImportedData> m_result;
    int m_errors = 0;
    int m_date = -1;
    int m_year = -1;
    int m_month = -1;
    int m_day = -1;
    int m_subject = -1;
    int m_metricColumn = -1;
    QList<int> m_values;
    // Each header, case-folded, and the first column that has it.
    QHash<QString, int> m_columnOfHeader;
};

int TableReader::column(const QString& name, const QString& role)
{
    if (name.isEmpty())
        return -1;
    // A header, or a hashtag as it stands; else a hashtag as an HXL tag pattern: the first column whose hashtag
    // has the tag and all of its attributes. Headers are looked up, not searched: a wide table may map thousands.
    if (m_columnOfHeader.isEmpty()) {
        for (qsizetype i = m_table.columns.size() - 1; i >= 0; --i)
            m_columnOfHeader.insert(m_table.columns.at(i).toCaseFolded(), static_cast<int>(i));
    }
    if (const auto found = m_columnOfHeader.constFind(name.toCaseFolded()); found != m_columnOfHeader.cend())
        return *found;
    if (const auto pattern = HxlTag::parse(name)) {
        const QString exact = pattern->toString();
        if (const qsizetype i = m_table.hashtags.indexOf(exact); i >= 0)
            return static_cast<int>(i);
        for (qsizetype i = 0; i < m_table.hashtags.size(); ++i) {
            const auto tag = HxlTag::parse(m_table.hashtags.at(i));
            if (tag && pattern->matches(*tag))
                return static_cast<int>(i);
        }
    }
    bool ok = false;
    const int number = name.toInt(&ok);
    if (ok && number >= 1 && number <= m_table.columns.size())
        return number - 1;
    ++m_errors;
    m_result.problems.append(
        { Problem::Severity::Error, Problem::Kind::ColumnMapping, m_context.fileName, m_table.headerLine, 0,
            QStringLiteral("no column \u201c%1\u201d for the %2; the columns are: %3").arg(name, role, columnList()) });
    return -1;
}

QString TableReader::columnList() const
{
    QStringList names;
    for (qsizetype i = 0; i < m_table.columns.size(); ++i) {
        const QString hashtag = m_table.hashtags.value(i);
        names.append(
            hashtag.isEmpty() ? m_table.columns.at(i) : QStringLiteral("%1 %2").arg(m_table.columns.at(i), hashtag));
    }
    return names.join(QStringLiteral(", "));
}

void TableReader::error(Problem::Kind kind, int row, int column, const QString& detail)
{
    ++m_errors;
    if (m_errors > maxImportProblems)
        return;
    const TextPosition at = column >= 0 && column < m_table.cellPositions.at(row).size()
        ? m_table.cellPositions.at(row).at(column)
        : TextPosition { m_table.lines.at(row), 1 };
    m_result.problems.append({ Problem::Severity::Error, kind, m_context.fileName, at.line, at.column, detail });
}

std::optional<Period> TableReader::dateOf(int row)
{
    const QStringList& cells = m_table.rows.at(row);
    if (m_date >= 0) {
        QString text = cells.at(m_date);
        if (text.isEmpty()) {
            error(Problem::Kind::MissingField, row, m_date, QStringLiteral("no date"));
            return std::nullopt;
        }
        // A spreadsheet's year as a number ("2024.0"), or an ISO date and time.
        if (text.endsWith(QStringLiteral(".0")))
            text.chop(2);
        if (text.size() > 10 && text.at(10) == u'T')
            text.truncate(10);
        QString why;
        if (const auto period = Period::parse(text, &why))
            return period;
        if (const auto written = parseEnglishDate(text))
            return Period(*written);
        static const QRegularExpression slashed(QStringLiteral("^\\d{1,2}/\\d{1,2}/\\d{2,4}$"));
        if (slashed.match(text).hasMatch())
            why = QStringLiteral("dates with slashes are not read, as countries put the day and the month in "
                                 "either order: write it as YYYY-MM-DD or 17 May 2013");
        error(Problem::Kind::InvalidDate, row, m_date,
            QStringLiteral("\u201c%1\u201d is not a date (a year, YYYY-MM, YYYY-MM-DD, EDTF, or written out as "
                           "17 May 2013): %2")
                .arg(cells.at(m_date), why));
        return std::nullopt;
    }
    bool ok = false;
    const int year = cells.at(m_year).toInt(&ok);
    if (!ok || year < 1 || year > 9999) {
        error(Problem::Kind::InvalidDate, row, m_year,
            QStringLiteral("\u201c%1\u201d is not a year").arg(cells.at(m_year)));
        return std::nullopt;
    }
    int month = 0;
    if (m_month >= 0 && !cells.at(m_month).isEmpty()) {
        const auto parsed = parseMonth(cells.at(m_month));
        if (!parsed) {
            error(Problem::Kind::InvalidDate, row, m_month,
                QStringLiteral("\u201c%1\u201d is not a month").arg(cells.at(m_month)));
            return std::nullopt;
        }
        month = *parsed;
    }
    int day = 0;
    if (m_day >= 0 && !cells.at(m_day).isEmpty()) {
        day = cells.at(m_day).toInt(&ok);
        if (month == 0 || !ok || !QDate(year, month, day).isValid()) {
            error(Problem::Kind::InvalidDate, row, m_day,
                QStringLiteral("\u201c%1\u201d is not a day of %2-%3")
                    .arg(cells.at(m_day), QString::number(year), QString::number(month)));
            return std::nullopt;
        }
    }
    return Period(PartialDate::fromParts(year, month, day));
}

ParseResult<ImportedData> TableReader::read()
{
    const TableMapping& mapping = m_context.mapping;
    m_result.value.format = m_table.rawRows.value(0).startsWith('{') ? QStringLiteral("table (JSON records)")
        : m_table.hashtags.isEmpty()                                 ? QStringLiteral("table (CSV)")
                                                                     : QStringLiteral("table (CSV with HXL hashtags)");
    m_result.value.repair = m_text.repair;
    if (mapping.isEmpty()) {
        ++m_errors;
        const QString what = m_table.hashtags.isEmpty()
            ? QStringLiteral("a table: say which columns hold what, e.g. --map date=COL,value=COL,metric=NAME")
            : QStringLiteral("HXL, but no column has a metric's hashtag (such as #affected+killed), so no column holds "
                             "figures we know: say which columns hold what, by header or hashtag, e.g. --map "
                             "date=#date,value=#affected,metric=NAME");
        m_result.problems.append({ Problem::Severity::Error, Problem::Kind::ColumnMapping, m_context.fileName,
            m_table.headerLine, 0, QStringLiteral("%1; the columns are: %2").arg(what, columnList()) });
        return std::move(m_result);
    }
    m_date = column(mapping.date, QStringLiteral("date"));
    m_year = column(mapping.year, QStringLiteral("year"));
    m_month = column(mapping.month, QStringLiteral("month"));
    m_day = column(mapping.day, QStringLiteral("day"));
    m_subject = column(mapping.subject, QStringLiteral("subject"));
    m_metricColumn = column(mapping.metricColumn, QStringLiteral("metric"));
    for (const QString& value : mapping.values) {
        if (value.trimmed().isEmpty()) {
            ++m_errors;
            m_result.problems.append(
                { Problem::Severity::Error, Problem::Kind::ColumnMapping, m_context.fileName, m_table.headerLine, 0,
                    QStringLiteral("a value column without a name: give it by its number (value=3)") });
            continue;
        }
        m_values.append(column(value, QStringLiteral("values")));
    }
    if (m_date < 0 && m_year < 0 && m_errors == 0) {
        ++m_errors;
        m_result.problems.append({ Problem::Severity::Error, Problem::Kind::ColumnMapping, m_context.fileName, 0, 0,
            QStringLiteral("no date column in the mapping") });
    }
    // The metric of each value column: the mapping's, the row's, or the column header's (or hashtag's).
    const bool wide = m_values.size() > 1;
    QList<const Metric*> metricOfValue;
    const auto findMetric = [&](const QString& name) -> const Metric* {
        const auto hashtag = HxlTag::parse(name);
        for (const Metric& metric : m_context.metrics.metrics()) {
            if (metric.key.compare(name, Qt::CaseInsensitive) == 0
                || metric.label.compare(name, Qt::CaseInsensitive) == 0
                || (hashtag && hxlValueTagsRead(metric).contains(*hashtag)))
                return &metric;
        }
        return nullptr;
    };
    QStringList known;
    for (const Metric& metric : m_context.metrics.metrics())
        known.append(metric.key);
    // A metric of our own, or a new one the mapping defines: "metric=disaster_deaths:flow".
    QString metricName = mapping.metric;
    std::optional<Metric> newMetric;
    if (const qsizetype colon = metricName.indexOf(u':'); colon > 0) {
        const auto kind = MetricRegistry::kindFromKey(metricName.mid(colon + 1).trimmed());
        metricName = metricName.left(colon).trimmed();
        static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
        if (!kind || !keyPattern.match(metricName).hasMatch()) {
            ++m_errors;
            m_result.problems.append({ Problem::Severity::Error, Problem::Kind::InvalidValue, m_context.fileName, 0, 0,
                QStringLiteral("a new metric is written KEY:flow or KEY:stock, the key in lower case letters, digits "
                               "and _ (\u201c%1\u201d)")
                    .arg(mapping.metric) });
        } else if (!findMetric(metricName)) {
            Metric metric;
            metric.key = metricName;
            metric.label = metricName.at(0).toUpper() + metricName.mid(1).replace(u'_', u' ');
            metric.kind = *kind;
            metric.hxl = QStringLiteral("#indicator+value+") + metricName;
            newMetric = metric;
        }
    }
    const auto metricNamed = [&](const QString& name) -> const Metric* {
        if (newMetric && name == newMetric->key)
            return &*newMetric;
        return findMetric(name);
    };
    if (!metricName.isEmpty() && m_errors == 0 && !metricNamed(metricName)) {
        ++m_errors;
        m_result.problems.append({ Problem::Severity::Error, Problem::Kind::UnknownReference, m_context.fileName, 0, 0,
            QStringLiteral("unknown metric \u201c%1\u201d; the metrics are: %2 (or define one: metric=KEY:flow or "
                           "metric=KEY:stock)")
                .arg(metricName, known.join(QStringLiteral(", "))) });
    }
    for (const int value : std::as_const(m_values)) {
        const Metric* metric = !metricName.isEmpty() ? metricNamed(metricName) : nullptr;
        if (mapping.metric.isEmpty() && m_metricColumn < 0 && value >= 0) {
            metric = findMetric(m_table.columns.at(value));
            if (!metric && !m_table.hashtags.value(value).isEmpty())
                metric = findMetric(m_table.hashtags.at(value)); // "#affected+killed" is the homicides' hashtag
            if (!metric) {
                ++m_errors;
                m_result.problems.append({ Problem::Severity::Error, Problem::Kind::ColumnMapping, m_context.fileName,
                    m_table.headerLine, 0,
                    QStringLiteral("which metric does \u201c%1\u201d hold? Give metric=NAME or metric-column=COL, or "
                                   "name the column after a metric: %2")
                        .arg(m_table.columns.at(value), known.join(QStringLiteral(", "))) });
            }
        }
        metricOfValue.append(metric);
    }
    if (m_errors > 0)
        return std::move(m_result);

    const QString sourceId = sourceIdForFile(m_context);
    const QString prefix = QStringLiteral("fig-") + sourceId.mid(4) + u'-';
    // Each value column's part of the ids in a wide table: its name, or its number when names clash.
    QStringList suffixes;
    for (const int valueColumn : std::as_const(m_values)) {
        const QString name = idSlug(m_table.columns.value(valueColumn));
        suffixes.append(name.isEmpty() ? QString::number(valueColumn + 1) : name);
    }
    QHash<QString, int> uses;
    for (const QString& suffix : std::as_const(suffixes))
        ++uses[suffix];
    for (qsizetype i = 0; i < suffixes.size(); ++i) {
        if (uses.value(suffixes.at(i)) > 1)
            suffixes[i] = QString::number(m_values.at(i) + 1);
    }
    FigureTable::Builder figures(m_table.rows.size() * m_values.size());
    qint64 codePoints = codePointOffsetBase(m_text);
    qsizetype countedTo = 0;
    int missing = 0;
    for (int row = 0; row < m_table.rows.size() && m_errors <= maxImportProblems; ++row) {
        const QStringList& cells = m_table.rows.at(row);
        const auto period = dateOf(row);
        if (!period)
            continue;
        const Metric* rowMetric = nullptr;
        if (m_metricColumn >= 0) {
            rowMetric = findMetric(cells.at(m_metricColumn));
            if (!rowMetric) {
                error(Problem::Kind::UnknownReference, row, m_metricColumn,
                    QStringLiteral("\u201c%1\u201d is not a metric; the metrics are: %2")
                        .arg(cells.at(m_metricColumn), known.join(QStringLiteral(", "))));
                continue;
            }
        }
        // The row as it stands in the file is the quote; its offset counts code points. Every figure of the row
        // quotes it, stored once: a row of thousands of values is not copied thousands of times.
        const qsizetype offset = m_table.rawOffsets.at(row);
        for (; countedTo < offset; ++countedTo)
            codePoints += (static_cast<unsigned char>(m_text.utf8.at(countedTo)) & 0xC0) != 0x80 ? 1 : 0;
        const QByteArray& quote = m_table.rawRows.at(row);
        const QByteArray subject = m_subject >= 0 ? cells.at(m_subject).toUtf8() : QByteArray();
        const QByteArray source = sourceId.toUtf8();
        bool quoted = false;
        for (qsizetype v = 0; v < m_values.size(); ++v) {
            const int valueColumn = m_values.at(v);
            const QString& cell = cells.at(valueColumn);
            if (isMissing(cell)) {
                ++missing;
                continue;
            }
            const auto value = parseNumber(cell);
            if (!value) {
                error(Problem::Kind::InvalidValue, row, valueColumn,
                    QStringLiteral("\u201c%1\u201d is not a number").arg(cell));
                continue;
            }
            // By the record's number (a JSON array on one line has every record on line 1).
            const QByteArray id
                = (prefix + QString::number(row + 1) + (wide ? u'-' + suffixes.at(v) : QString())).toUtf8();
            const QByteArray metric = (rowMetric ? rowMetric : metricOfValue.at(v))->key.toUtf8();
            const QByteArray header = m_table.columns.at(valueColumn).toUtf8();
            const auto view = [](const QByteArray& bytes) {
                return std::string_view(bytes.constData(), static_cast<size_t>(bytes.size()));
            };
            FigureRow figure;
            figure.id = view(id);
            figure.metric = view(metric);
            figure.value = *value;
            figure.period = *period;
            if (m_subject >= 0) {
                figure.subject = view(subject);
                if (wide && !mapping.metric.isEmpty())
                    figure.subgroup = view(header);
            } else if (wide && !mapping.metric.isEmpty()) {
                figure.subject = view(header);
            }
            figure.sourceId = view(source);
            figure.quote = view(quote);
            figure.quoteAsBefore = quoted;
            figure.quoteOffset = codePoints;
            figures.append(figure);
            quoted = true;
            m_result.value.figureLines.push_back(m_table.lines.at(row));
        }
    }
    if (m_errors > maxImportProblems)
        m_result.problems.append({ Problem::Severity::Error, Problem::Kind::MoreProblems, m_context.fileName, 0, 0,
            QStringLiteral("and %1 more problems").arg(m_errors - maxImportProblems) });
    if (missing > 0)
        m_result.problems.append({ Problem::Severity::Warning, Problem::Kind::Ignored, m_context.fileName, 0, 0,
            QStringLiteral("%1 empty or missing value(s) (such as NA, -, ..) skipped").arg(missing) });
    FigureTable table = figures.finish();
    for (const auto& [earlier, later] : table.duplicateIds()) {
        ++m_errors;
        m_result.problems.append({ Problem::Severity::Error, Problem::Kind::DuplicateId, m_context.fileName,
            m_result.value.figureLines[static_cast<size_t>(later)], 0,
            QStringLiteral("two values make the same id \u201c%1\u201d (first on line %2)")
                .arg(table.id(later), QString::number(m_result.value.figureLines[static_cast<size_t>(earlier)])) });
    }
    if (m_errors == 0 && table.size() == 0) {
        ++m_errors;
        m_result.problems.append({ Problem::Severity::Error, Problem::Kind::NothingToImport, m_context.fileName, 0, 0,
            QStringLiteral("no figures: every value is empty") });
    }
    if (m_errors > 0) {
        m_result.value = ImportedData();
        return std::move(m_result);
    }
    if (newMetric) {
        m_result.value.data.metrics.append(*newMetric);
        m_result.problems.append({ Problem::Severity::Warning, Problem::Kind::NewMetric, m_context.fileName, 0, 0,
            QStringLiteral("new metric \u201c%1\u201d (%2)")
                .arg(newMetric->key, MetricRegistry::kindKey(newMetric->kind)) });
    }
    Source source = sourceForFile(
        m_context, sourceId, m_table.hashtags.isEmpty() ? QStringLiteral("table") : QStringLiteral("HXL table"));
    m_result.value.data.sources.append(source);
    m_result.value.sourceLines.push_back(1);
    m_result.value.data.figures = std::move(table);
    return std::move(m_result);
}

} // namespace

bool isJsonRecordArray(const QByteArray& utf8)
{
    const QJsonDocument document = QJsonDocument::fromJson(utf8);
    if (!document.isArray() || document.array().isEmpty())
        return false;
    for (const QJsonValue value : document.array()) {
        if (!value.isObject())
            return false;
    }
    return true;
}

ParseResult<TablePreview> previewTable(const DecodedText& text, const QString& fileName, int rows)
{
    ParseResult<TablePreview> result;
    ParseResult<Table> table = readAnyTable(text, fileName);
    result.problems = table.problems;
    result.value.columns = table.value.columns;
    result.value.hashtags = table.value.hashtags;
    result.value.rows = table.value.rows.mid(0, rows);
    result.value.lines = table.value.lines.mid(0, rows);
    result.value.rowCount = table.value.rows.size();
    return result;
}

ParseResult<ImportedData> readTable(const DecodedText& text, const ImportContext& context)
{
    ParseResult<Table> table = readAnyTable(text, context.fileName);
    if (!table.ok()) {
        ParseResult<ImportedData> result;
        result.problems = table.problems;
        return result;
    }
    TableReader reader(text, context, std::move(table.value));
    ParseResult<ImportedData> result = reader.read();
    result.problems = table.problems + result.problems;
    return result;
}

} // namespace crisis::core
