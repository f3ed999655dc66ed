#include <crisis/core/analysis/displayformat.h>
#include <crisis/core/interchange/timelinejs.h>
#include <crisis/core/support/csv.h>
#include <crisis/core/support/textposition.h>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <array>

namespace crisis::core {

namespace {

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// The labels TimelineJS shows as group names; also accepted on import, as are our keys.
QString categoryLabel(EventCategory category)
{
    switch (category) {
    case EventCategory::SecurityDeployment:
        return QStringLiteral("Security deployment");
    case EventCategory::Violence:
        return QStringLiteral("Violence");
    case EventCategory::Humanitarian:
        return QStringLiteral("Humanitarian");
    case EventCategory::Political:
        return QStringLiteral("Political");
    case EventCategory::Diplomatic:
        return QStringLiteral("Diplomatic");
    case EventCategory::Funding:
        return QStringLiteral("Funding");
    case EventCategory::Other:
        return QStringLiteral("Other");
    }
    return {};
}

std::optional<EventCategory> categoryOfGroup(const QString& group)
{
    const QString simple = group.trimmed().toLower();
    for (const EventCategory category : allCategories()) {
        if (simple == categoryKey(category) || simple == categoryLabel(category).toLower())
            return category;
    }
    return std::nullopt;
}

// Counts code points up to byte offsets that mostly grow (slides come in file order).
class CodePointCounter
{
public:
    explicit CodePointCounter(const QByteArray& utf8)
        : m_utf8(utf8)
    { }

    qint64 at(qsizetype offset)
    {
        if (offset < m_at) {
            m_at = 0;
            m_count = 0;
        }
        for (; m_at < offset && m_at < m_utf8.size(); ++m_at)
            m_count += (static_cast<unsigned char>(m_utf8.at(m_at)) & 0xC0) != 0x80 ? 1 : 0;
        return m_count;
    }

private:
    const QByteArray& m_utf8;
    qsizetype m_at = 0;
    qint64 m_count = 0;
};

// The parts of a slide problems can point at.
enum class Field : quint8 { Slide, StartYear, StartMonth, StartDay, EndYear, EndMonth, EndDay, Headline, Extras };

struct SlideDate
{
    QString year;
    QString month;
    QString day;
    bool present() const { return !year.isEmpty() || !month.isEmpty() || !day.isEmpty(); }
};

// One slide of a timeline, as either format has it.
struct Slide
{
    int line = 0;
    // Its number among the slides (1-based), for ids made up for slides that have none.
    int number = 0;
    QString type;
    QString headline;
    QString text;
    QString group;
    QString uniqueId;
    SlideDate start;
    SlideDate end;
    bool hasTime = false;
    bool hasMedia = false;
    // The headline (or, without one, the text) as it stands in the file, and its byte offset: the quote.
    QByteArray rawQuote;
    qsizetype rawQuoteOffset = -1;
    std::optional<QJsonObject> extras;
    std::function<TextPosition(Field)> where;
};

QString scalarText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == std::floor(number) && std::abs(number) < 1e15)
            return QString::number(static_cast<qint64>(number));
        return QString::number(number, 'g', 17);
    }
    return {};
}

// Turns slides into events, the work both formats share.
class SlideReader
{
public:
    SlideReader(const DecodedText& text, const ImportContext& context, const QString& format)
        : m_context(context)
        , m_codePoints(text.utf8)
        , m_offsetBase(codePointOffsetBase(text))
    {
        m_result.value.format = format;
        m_result.value.repair = text.repair;
    }

    void setTitle(const QString& html) { m_title = plainTextFromHtml(html); }
    void warn(Problem::Kind kind, int line, int column, const QString& detail)
    {
        m_result.problems.append({ Problem::Severity::Warning, kind, m_context.fileName, line, column, detail });
    }
    void error(const Problem& problem)
    {
        ++m_errors;
        if (m_errors <= maxImportProblems)
            m_result.problems.append(problem);
    }
    void error(Problem::Kind kind, int line, int column, const QString& detail)
    {
        error({ Problem::Severity::Error, kind, m_context.fileName, line, column, detail });
    }
    void errorAt(Problem::Kind kind, const Slide& slide, Field field, const QString& detail)
    {
        const TextPosition at = slide.where(field);
        error(kind, at.line, at.column, detail);
    }
    bool full() const { return m_errors >= maxImportProblems; }
    int errors() const { return m_errors; }

    void add(const Slide& slide);
    ParseResult<ImportedData> finish(const QString& formatName);

private:
    std::optional<PartialDate> date(const Slide& slide, const SlideDate& date, bool isEnd);
    void readExtras(const Slide& slide, Event& event);
    QString fileSourceId();

    const ImportContext& m_context;
    CodePointCounter m_codePoints;
    qint64 m_offsetBase = 0;
    ParseResult<ImportedData> m_result;
    int m_errors = 0;
    QString m_title;
    QString m_fileSourceId;
    QHash<QString, int> m_lineOfId;
    QStringList m_otherGroups;
    int m_times = 0;
    int m_media = 0;
    int m_eras = 0;
    int m_empty = 0;
};

std::optional<PartialDate> SlideReader::date(const Slide& slide, const SlideDate& date, bool isEnd)
{
    const Field yearField = isEnd ? Field::EndYear : Field::StartYear;
    const Field monthField = isEnd ? Field::EndMonth : Field::StartMonth;
    const Field dayField = isEnd ? Field::EndDay : Field::StartDay;
    const QString which = isEnd ? QStringLiteral("end") : QStringLiteral("start");
    bool ok = false;
    const qint64 year = date.year.toLongLong(&ok);
    if (date.year.isEmpty()) {
        errorAt(Problem::Kind::MissingField, slide, yearField, QStringLiteral("the %1 date has no year").arg(which));
        return std::nullopt;
    }
    if (!ok) {
        errorAt(Problem::Kind::InvalidDate, slide, yearField,
            QStringLiteral("the %1 year \u201c%2\u201d is not a year").arg(which, date.year));
        return std::nullopt;
    }
    if (year < 1 || year > 9999) {
        errorAt(Problem::Kind::InvalidDate, slide, yearField,
            QStringLiteral("the %1 year %2 is outside 1\u20139999: dates before the common era are not supported")
                .arg(which, QString::number(year)));
        return std::nullopt;
    }
    int month = 0;
    if (!date.month.isEmpty()) {
        month = date.month.toInt(&ok);
        if (!ok || month < 1 || month > 12) {
            errorAt(Problem::Kind::InvalidDate, slide, monthField,
                QStringLiteral("the %1 month \u201c%2\u201d is not a month (1\u201312)").arg(which, date.month));
            return std::nullopt;
        }
    }
    int day = 0;
    if (!date.day.isEmpty()) {
        day = date.day.toInt(&ok);
        if (month == 0) {
            errorAt(Problem::Kind::MissingField, slide, dayField,
                QStringLiteral("the %1 date has a day but no month").arg(which));
            return std::nullopt;
        }
        if (!ok || !QDate(static_cast<int>(year), month, day).isValid()) {
            errorAt(Problem::Kind::InvalidDate, slide, dayField,
                QStringLiteral("the %1 day \u201c%2\u201d is not a day of %3-%4")
                    .arg(which, date.day, QString::number(year), QString::number(month).rightJustified(2, u'0')));
            return std::nullopt;
        }
    }
    return PartialDate::fromParts(static_cast<int>(year), month, day);
}

QString SlideReader::fileSourceId()
{
    if (m_fileSourceId.isEmpty())
        m_fileSourceId = sourceIdForFile(m_context);
    return m_fileSourceId;
}

void SlideReader::readExtras(const Slide& slide, Event& event)
{
    const QJsonObject& extras = *slide.extras;
    const auto bad = [&](Problem::Kind kind, const QString& detail) {
        errorAt(kind, slide, Field::Extras, QStringLiteral("Crisis Timeline data: %1").arg(detail));
    };
    event.id = extras.value(QStringLiteral("id")).toString();
    if (event.id.trimmed().isEmpty())
        bad(Problem::Kind::MissingField, QStringLiteral("no id"));
    // The exact period, when the dates in TimelineJS's own fields still say the same.
    if (const auto exact = Period::parse(extras.value(QStringLiteral("period")).toString())) {
        const auto plain = [](const PartialDate& d) {
            return d.isValid() ? PartialDate::fromParts(d.year(), d.month(), d.day()) : PartialDate();
        };
        if (Period::interval(plain(exact->start()), plain(exact->end())) == event.period
            || (!exact->isInterval() && Period(plain(exact->start())) == event.period))
            event.period = *exact;
    }
    event.periodInferred = extras.value(QStringLiteral("period_inferred")).toBool();
    event.periodNote = extras.value(QStringLiteral("period_note")).toString();
    const QString category = extras.value(QStringLiteral("category")).toString();
    if (const auto known = categoryFromKey(category))
        event.category = *known;
    else
        bad(Problem::Kind::InvalidValue, QStringLiteral("\u201c%1\u201d is not a category").arg(category));
    const QString status = extras.value(QStringLiteral("status")).toString();
    if (const auto known = eventStatusFromKey(status))
        event.status = *known;
    else if (!status.isEmpty())
        bad(Problem::Kind::InvalidValue,
            QStringLiteral("\u201c%1\u201d is not an event status (occurred, expected, proposed)").arg(status));
    for (const QJsonValue actor : extras.value(QStringLiteral("actors")).toArray())
        event.actors.append(actor.toString());
    event.location = extras.value(QStringLiteral("location")).toString();
    event.summary = extras.value(QStringLiteral("summary")).toString();
    for (const QJsonValue chart : extras.value(QStringLiteral("charts")).toArray())
        event.charts.append(chart.toString());
    const QJsonArray citations = extras.value(QStringLiteral("citations")).toArray();
    if (citations.isEmpty())
        bad(Problem::Kind::MissingField, QStringLiteral("no citations"));
    for (const QJsonValue value : citations) {
        const QJsonObject object = value.toObject();
        Citation citation;
        citation.sourceId = object.value(QStringLiteral("source")).toString();
        citation.quote = object.value(QStringLiteral("quote")).toString();
        citation.offset = object.value(QStringLiteral("offset")).toInteger(-1);
        if (citation.quote.trimmed().isEmpty() || citation.offset < 0) {
            bad(Problem::Kind::MissingField, QStringLiteral("a citation needs a quote and an offset of 0 or more"));
        } else if (!m_context.sourceExists || !m_context.sourceExists(citation.sourceId)) {
            bad(Problem::Kind::UnknownReference,
                QStringLiteral("source \u201c%1\u201d does not exist in the database: import it first (our JSON "
                               "or HXL carries sources)")
                    .arg(citation.sourceId));
        }
        event.citations.append(citation);
    }
}

void SlideReader::add(const Slide& slide)
{
    const int errorsBefore = m_errors;
    if (slide.type.compare(QStringLiteral("era"), Qt::CaseInsensitive) == 0) {
        ++m_eras;
        return;
    }
    if (slide.type.compare(QStringLiteral("title"), Qt::CaseInsensitive) == 0) {
        setTitle(slide.headline);
        return;
    }
    Event event;
    event.title = plainTextFromHtml(slide.headline);
    const QString text = plainTextFromHtml(slide.text);
    if (event.title.isEmpty() && text.isEmpty()) {
        ++m_empty;
        return;
    }
    if (event.title.isEmpty()) // a slide of text only: its first line is its title
        event.title = text.section(u'\n', 0, 0).left(120);
    if (!slide.start.present()) {
        errorAt(
            Problem::Kind::MissingField, slide, Field::StartYear, QStringLiteral("no start date (a year at least)"));
        return;
    }
    const auto start = date(slide, slide.start, false);
    std::optional<PartialDate> end;
    if (slide.end.present())
        end = date(slide, slide.end, true);
    if (!start || (slide.end.present() && !end))
        return;
    if (end && *end != *start) {
        event.period = Period::interval(*start, *end);
        if (!event.period.isValid()) {
            errorAt(Problem::Kind::InvalidDate, slide, Field::EndYear,
                QStringLiteral("the end date lies before the start date"));
            return;
        }
    } else {
        event.period = Period(*start);
    }
    if (slide.hasTime)
        ++m_times;
    if (slide.hasMedia)
        ++m_media;

    if (slide.extras) {
        readExtras(slide, event);
    } else {
        event.summary = text == event.title ? QString() : text;
        if (const auto category = categoryOfGroup(slide.group)) {
            event.category = *category;
        } else {
            event.category = EventCategory::Other;
            if (!slide.group.trimmed().isEmpty() && !m_otherGroups.contains(slide.group.trimmed()))
                m_otherGroups.append(slide.group.trimmed());
        }
        event.id = slide.uniqueId.isEmpty()
            ? QStringLiteral("ev-%1-%2").arg(fileSourceId().mid(4), QString::number(slide.number))
            : slide.uniqueId;
        Citation citation;
        citation.sourceId = fileSourceId();
        citation.quote = QString::fromUtf8(slide.rawQuote);
        citation.offset = m_offsetBase + m_codePoints.at(slide.rawQuoteOffset);
        if (citation.quote.trimmed().isEmpty() || slide.rawQuoteOffset < 0) {
            errorAt(Problem::Kind::MissingField, slide, Field::Headline, QStringLiteral("no headline to quote"));
            return;
        }
        event.citations.append(citation);
    }
    if (m_errors != errorsBefore)
        return;
    if (const auto earlier = m_lineOfId.constFind(event.id); earlier != m_lineOfId.cend()) {
        errorAt(Problem::Kind::DuplicateId, slide, slide.extras ? Field::Extras : Field::Slide,
            QStringLiteral("duplicate id \u201c%1\u201d (first on line %2)").arg(event.id, QString::number(*earlier)));
        return;
    }
    m_lineOfId.insert(event.id, slide.line);
    m_result.value.data.events.append(event);
    m_result.value.eventLines.push_back(slide.line);
}

ParseResult<ImportedData> SlideReader::finish(const QString& formatName)
{
    if (m_eras > 0)
        warn(Problem::Kind::Ignored, 0, 0,
            QStringLiteral("%1 era(s) left out: eras are spans shown behind a timeline, not events").arg(m_eras));
    if (m_times > 0)
        warn(Problem::Kind::Ignored, 0, 0,
            QStringLiteral("times of day left out on %1 slide(s): dates are kept to the day").arg(m_times));
    if (m_media > 0)
        warn(Problem::Kind::Ignored, 0, 0, QStringLiteral("media left out on %1 slide(s)").arg(m_media));
    if (m_empty > 0)
        warn(Problem::Kind::Ignored, 0, 0,
            QStringLiteral("%1 slide(s) with neither headline nor text left out").arg(m_empty));
    if (!m_otherGroups.isEmpty())
        warn(Problem::Kind::Ignored, 0, 0,
            QStringLiteral("groups that are none of our categories imported as \u201cother\u201d: %1")
                .arg(m_otherGroups.join(QStringLiteral(", "))));
    if (m_errors > maxImportProblems)
        m_result.problems.append({ Problem::Severity::Error, Problem::Kind::MoreProblems, m_context.fileName, 0, 0,
            QStringLiteral("and %1 more problems").arg(m_errors - maxImportProblems) });
    if (m_errors == 0 && m_result.value.data.events.isEmpty())
        error(Problem::Kind::NothingToImport, 0, 0, QStringLiteral("no events: the timeline has no dated slides"));
    if (m_errors > 0) {
        m_result.value = ImportedData();
        return std::move(m_result);
    }
    if (!m_fileSourceId.isEmpty()) {
        Source source = sourceForFile(m_context, m_fileSourceId, formatName);
        source.title = m_title;
        m_result.value.data.sources.append(source);
        m_result.value.sourceLines.push_back(1);
    }
    m_result.value.data.title = m_title;
    return std::move(m_result);
}

// The columns of a TimelineJS sheet (version 3), and ours.
enum class Column : quint8 {
    Year,
    Month,
    Day,
    Time,
    EndYear,
    EndMonth,
    EndDay,
    EndTime,
    DisplayDate,
    Headline,
    Text,
    Media,
    MediaCredit,
    MediaCaption,
    MediaThumbnail,
    Type,
    Group,
    Background,
    Ours,
    Count
};

constexpr std::array<const char*, static_cast<size_t>(Column::Count)> columnNames { "Year", "Month", "Day", "Time",
    "End Year", "End Month", "End Day", "End Time", "Display Date", "Headline", "Text", "Media", "Media Credit",
    "Media Caption", "Media Thumbnail", "Type", "Group", "Background", "Crisis Timeline" };

std::array<int, static_cast<size_t>(Column::Count)> mapColumns(const std::vector<std::string_view>& header)
{
    std::array<int, static_cast<size_t>(Column::Count)> index {};
    index.fill(-1);
    for (size_t i = 0; i < header.size(); ++i) {
        const QString name = fromUtf8(header[i]).trimmed();
        for (size_t c = 0; c < columnNames.size(); ++c) {
            if (index[c] < 0 && name.compare(QLatin1String(columnNames[c]), Qt::CaseInsensitive) == 0)
                index[c] = static_cast<int>(i);
        }
        // Version 1 sheets call the group "Tag".
        if (name.compare(QStringLiteral("Tag"), Qt::CaseInsensitive) == 0 && index[size_t(Column::Group)] < 0)
            index[static_cast<size_t>(Column::Group)] = static_cast<int>(i);
    }
    return index;
}

} // namespace

QString plainTextFromHtml(QStringView html)
{
    static const QHash<QString, QString> entities {
        { QStringLiteral("amp"), QStringLiteral("&") },
        { QStringLiteral("lt"), QStringLiteral("<") },
        { QStringLiteral("gt"), QStringLiteral(">") },
        { QStringLiteral("quot"), QStringLiteral("\"") },
        { QStringLiteral("apos"), QStringLiteral("'") },
        { QStringLiteral("nbsp"), QStringLiteral("\u00a0") },
        { QStringLiteral("rsquo"), QStringLiteral("\u2019") },
        { QStringLiteral("lsquo"), QStringLiteral("\u2018") },
        { QStringLiteral("rdquo"), QStringLiteral("\u201d") },
        { QStringLiteral("ldquo"), QStringLiteral("\u201c") },
        { QStringLiteral("ndash"), QStringLiteral("\u2013") },
        { QStringLiteral("mdash"), QStringLiteral("\u2014") },
        { QStringLiteral("hellip"), QStringLiteral("\u2026") },
        { QStringLiteral("eacute"), QStringLiteral("\u00e9") },
        { QStringLiteral("egrave"), QStringLiteral("\u00e8") },
        { QStringLiteral("agrave"), QStringLiteral("\u00e0") },
        { QStringLiteral("ccedil"), QStringLiteral("\u00e7") },
        { QStringLiteral("ouml"), QStringLiteral("\u00f6") },
        { QStringLiteral("uuml"), QStringLiteral("\u00fc") },
        { QStringLiteral("auml"), QStringLiteral("\u00e4") },
        { QStringLiteral("copy"), QStringLiteral("\u00a9") },
        { QStringLiteral("deg"), QStringLiteral("\u00b0") },
    };
    // Tags that start a new paragraph, and those that start a new line.
    static const QSet<QString> paragraphs { QStringLiteral("p"), QStringLiteral("div"), QStringLiteral("blockquote"),
        QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"),
        QStringLiteral("h6"), QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("table"),
        QStringLiteral("section"), QStringLiteral("article"), QStringLiteral("header"), QStringLiteral("footer"),
        QStringLiteral("figure"), QStringLiteral("pre") };
    static const QSet<QString> lines { QStringLiteral("br"), QStringLiteral("li"), QStringLiteral("tr"),
        QStringLiteral("cite"), QStringLiteral("figcaption"), QStringLiteral("hr"), QStringLiteral("dt"),
        QStringLiteral("dd") };

    QString out;
    out.reserve(html.size());
    bool space = false;
    int breaks = 0;
    const auto emit = [&](QStringView text) {
        if (!out.isEmpty()) {
            if (breaks > 0)
                out += QString(breaks, u'\n');
            else if (space)
                out += u' ';
        }
        breaks = 0;
        space = false;
        out += text;
    };
    const qsizetype size = html.size();
    qsizetype noCloseAfter = size;
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = html.at(i);
        if (c == u'<') {
            if (html.mid(i).startsWith(u"<!--")) {
                const qsizetype close = html.indexOf(u"-->", i + 4);
                i = close < 0 ? size : close + 2;
                continue;
            }
            // No '>' after some point means none after any later '<' either: each is then text, without a search.
            const qsizetype close = i < noCloseAfter ? html.indexOf(u'>', i + 1) : -1;
            if (close < 0)
                noCloseAfter = std::min(noCloseAfter, i);
            const bool isTag = close > i + 1 && (html.at(i + 1).isLetter() || html.at(i + 1) == u'/');
            if (!isTag) {
                emit(QStringView(&html.data()[i], 1));
                continue;
            }
            QStringView inside = html.mid(i + 1, close - i - 1);
            const bool closing = inside.startsWith(u'/');
            if (closing)
                inside = inside.mid(1);
            qsizetype nameEnd = 0;
            while (nameEnd < inside.size() && (inside.at(nameEnd).isLetterOrNumber()))
                ++nameEnd;
            const QString name = inside.left(nameEnd).toString().toLower();
            i = close;
            if (!closing && (name == u"script" || name == u"style")) {
                const qsizetype end = html.indexOf(QStringLiteral("</%1").arg(name), i, Qt::CaseInsensitive);
                const qsizetype endClose = end < 0 ? -1 : html.indexOf(u'>', end);
                i = endClose < 0 ? size : endClose;
                continue;
            }
            if (paragraphs.contains(name))
                breaks = 2;
            else if (lines.contains(name))
                breaks = std::max(breaks, 1);
            continue;
        }
        if (c == u'&') {
            const qsizetype semicolon = html.mid(i + 1, 10).indexOf(u';') + i + 1;
            if (semicolon > i + 1) {
                const QStringView name = html.mid(i + 1, semicolon - i - 1);
                QString decoded;
                if (name.startsWith(u'#')) {
                    bool ok = false;
                    const uint code = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X')
                        ? name.mid(2).toUInt(&ok, 16)
                        : name.mid(1).toUInt(&ok, 10);
                    if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
                        const char32_t scalar = code;
                        decoded = QString::fromUcs4(&scalar, 1);
                    }
                } else {
                    decoded = entities.value(name.toString());
                }
                if (!decoded.isEmpty()) {
                    emit(decoded);
                    i = semicolon;
                    continue;
                }
            }
            emit(QStringView(&html.data()[i], 1));
            continue;
        }
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f') {
            space = true;
            continue;
        }
        emit(QStringView(&html.data()[i], 1));
    }
    return out;
}

QString escapeHtml(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'&')
            out += QStringLiteral("&amp;");
        else if (c == u'<')
            out += QStringLiteral("&lt;");
        else if (c == u'>')
            out += QStringLiteral("&gt;");
        else if (c == u'"')
            out += QStringLiteral("&quot;");
        else
            out += c;
    }
    return out;
}

bool isTimelineJsCsv(const QByteArray& utf8)
{
    CsvReader csv(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())), QString());
    if (!csv.next())
        return false;
    const auto index = mapColumns(csv.fields());
    return index[static_cast<size_t>(Column::Year)] >= 0 && index[static_cast<size_t>(Column::Headline)] >= 0;
}

bool isTimelineJsJson(const QByteArray& utf8)
{
    const QJsonDocument document = QJsonDocument::fromJson(utf8);
    return document.isObject() && document.object().value(QStringLiteral("events")).isArray()
        && !document.object().contains(QStringLiteral("format"));
}

ParseResult<ImportedData> readTimelineJsCsv(const DecodedText& text, const ImportContext& context)
{
    SlideReader reader(text, context, QStringLiteral("TimelineJS CSV"));
    const QByteArray& utf8 = text.utf8;
    CsvReader csv(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())), context.fileName);
    if (!csv.next()) {
        if (csv.problem())
            reader.error(*csv.problem());
        else
            reader.error(Problem::Kind::EmptyFile, 0, 0, QStringLiteral("the file is empty"));
        return reader.finish({});
    }
    const size_t width = csv.fields().size();
    const auto index = mapColumns(csv.fields());
    const auto has = [&](Column column) { return index[static_cast<size_t>(column)] >= 0; };
    for (const Column required : { Column::Year, Column::Headline }) {
        if (!has(required))
            reader.error(Problem::Kind::ColumnMapping, 1, 1,
                QStringLiteral("no \u201c%1\u201d column: a TimelineJS sheet has Year, Month, Day, ..., Headline, "
                               "Text, ...")
                    .arg(QLatin1String(columnNames[static_cast<size_t>(required)])));
    }
    if (reader.errors() > 0)
        return reader.finish({});
    int number = 0;
    while (!reader.full() && csv.next()) {
        const std::vector<std::string_view>& fields = csv.fields();
        if (fields.size() == 1 && QByteArrayView(fields.front().data(), fields.front().size()).trimmed().isEmpty())
            continue;
        if (fields.size() != width) {
            reader.error(Problem::Kind::Syntax, csv.line(), 1,
                QStringLiteral("%1 fields, but the header has %2")
                    .arg(QString::number(fields.size()), QString::number(width)));
            continue;
        }
        const auto cell = [&](Column column) {
            const int i = index[static_cast<size_t>(column)];
            return i < 0 ? QString() : fromUtf8(fields[static_cast<size_t>(i)]).trimmed();
        };
        Slide slide;
        slide.line = csv.line();
        slide.number = ++number;
        slide.type = cell(Column::Type);
        slide.headline = cell(Column::Headline);
        slide.text = cell(Column::Text);
        slide.group = cell(Column::Group);
        slide.start = { cell(Column::Year), cell(Column::Month), cell(Column::Day) };
        slide.end = { cell(Column::EndYear), cell(Column::EndMonth), cell(Column::EndDay) };
        slide.hasTime = !cell(Column::Time).isEmpty() || !cell(Column::EndTime).isEmpty();
        slide.hasMedia = !cell(Column::Media).isEmpty();
        // Where each part stands, found now: the reader moves on.
        std::array<TextPosition, 9> at;
        const auto position = [&](Column column) {
            const int i = index[static_cast<size_t>(column)];
            const auto [line, col] = csv.position(i < 0 ? 0 : static_cast<size_t>(i));
            return TextPosition { line, i < 0 ? 0 : col };
        };
        at[size_t(Field::Slide)] = { csv.line(), 1 };
        at[size_t(Field::StartYear)] = position(Column::Year);
        at[size_t(Field::StartMonth)] = position(Column::Month);
        at[size_t(Field::StartDay)] = position(Column::Day);
        at[size_t(Field::EndYear)] = position(Column::EndYear);
        at[size_t(Field::EndMonth)] = position(Column::EndMonth);
        at[size_t(Field::EndDay)] = position(Column::EndDay);
        at[size_t(Field::Headline)] = position(Column::Headline);
        at[size_t(Field::Extras)] = position(Column::Ours);
        slide.where = [at](Field field) { return at[static_cast<size_t>(field)]; };
        // The quote: the headline (or the text) as it stands in the file, between its quotes if quoted.
        for (const Column quoted : { Column::Headline, Column::Text }) {
            const auto i = static_cast<size_t>(index[static_cast<size_t>(quoted)]);
            if (index[static_cast<size_t>(quoted)] < 0 || cell(quoted).isEmpty())
                continue;
            qsizetype from = csv.fieldOffset(i);
            qsizetype to = i + 1 < fields.size() ? csv.fieldOffset(i + 1) - 1
                                                 : csv.recordOffset() + static_cast<qsizetype>(csv.recordText().size());
            if (utf8.at(from) == '"') {
                ++from;
                --to;
            }
            slide.rawQuote = utf8.mid(from, to - from);
            slide.rawQuoteOffset = from;
            break;
        }
        if (const QString ours = cell(Column::Ours); !ours.isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(ours.toUtf8(), &parseError);
            if (!document.isObject()) {
                reader.errorAt(Problem::Kind::Syntax, slide, Field::Extras,
                    QStringLiteral("the Crisis Timeline column is not a JSON object (%1)")
                        .arg(parseError.errorString()));
                continue;
            }
            slide.extras = document.object();
        }
        reader.add(slide);
    }
    if (csv.problem())
        reader.error(*csv.problem());
    return reader.finish(QStringLiteral("TimelineJS sheet"));
}

ParseResult<ImportedData> readTimelineJsJson(const DecodedText& text, const ImportContext& context)
{
    SlideReader reader(text, context, QStringLiteral("TimelineJS JSON"));
    const QByteArray& json = text.utf8;
    const TextPositions lines(json);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const TextPosition at = lines.at(parseError.offset);
        reader.error(Problem::Kind::Syntax, at.line, at.column,
            QStringLiteral("not valid JSON: %1").arg(parseError.errorString()));
        return reader.finish({});
    }
    const auto positionOf = [&](const QString& pointer) { return lines.at(locateJsonPointerOffset(json, pointer)); };
    const QJsonValue events = document.object().value(QStringLiteral("events"));
    if (!document.isObject() || !events.isArray()) {
        const TextPosition at = positionOf(QStringLiteral("/events"));
        reader.error(Problem::Kind::UnsupportedFormat, at.line, at.column,
            QStringLiteral("not a TimelineJS timeline: expected an object with an \"events\" array"));
        return reader.finish({});
    }
    const QJsonObject root = document.object();
    reader.setTitle(root.value(QStringLiteral("title"))
                        .toObject()
                        .value(QStringLiteral("text"))
                        .toObject()
                        .value(QStringLiteral("headline"))
                        .toString());
    const std::vector<qsizetype> offsets = jsonArrayElementOffsets(json, u"/events");
    const QJsonArray array = events.toArray();
    int eras = 0;
    for (const QJsonValue era : root.value(QStringLiteral("eras")).toArray())
        eras += era.isObject() ? 1 : 0;
    for (int i = 0; i < eras; ++i) {
        Slide era;
        era.type = QStringLiteral("era");
        reader.add(era);
    }
    for (qsizetype i = 0; i < array.size() && !reader.full(); ++i) {
        const qsizetype offset = i < static_cast<qsizetype>(offsets.size()) ? offsets[static_cast<size_t>(i)] : 0;
        const TextPosition at = lines.at(offset);
        if (!array.at(i).isObject()) {
            reader.error(Problem::Kind::InvalidValue, at.line, at.column, QStringLiteral("an event must be an object"));
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        Slide slide;
        slide.line = at.line;
        slide.number = static_cast<int>(i) + 1;
        const QJsonObject textObject = object.value(QStringLiteral("text")).toObject();
        slide.headline = textObject.value(QStringLiteral("headline")).toString();
        slide.text = textObject.value(QStringLiteral("text")).toString();
        slide.group = scalarText(object.value(QStringLiteral("group")));
        slide.uniqueId = scalarText(object.value(QStringLiteral("unique_id")));
        const auto dateOf = [&](QStringView name) {
            const QJsonObject date = object.value(name).toObject();
            return SlideDate { scalarText(date.value(QStringLiteral("year"))),
                scalarText(date.value(QStringLiteral("month"))), scalarText(date.value(QStringLiteral("day"))) };
        };
        slide.start = dateOf(u"start_date");
        slide.end = dateOf(u"end_date");
        for (const QString& name : { QStringLiteral("start_date"), QStringLiteral("end_date") }) {
            const QJsonObject date = object.value(name).toObject();
            slide.hasTime = slide.hasTime || !scalarText(date.value(QStringLiteral("hour"))).isEmpty();
        }
        slide.hasMedia
            = !object.value(QStringLiteral("media")).toObject().value(QStringLiteral("url")).toString().isEmpty();
        slide.where = [&json, &lines, offset](Field field) {
            static const QHash<Field, QString> pointers { { Field::Slide, QString() },
                { Field::StartYear, QStringLiteral("/start_date/year") },
                { Field::StartMonth, QStringLiteral("/start_date/month") },
                { Field::StartDay, QStringLiteral("/start_date/day") },
                { Field::EndYear, QStringLiteral("/end_date/year") },
                { Field::EndMonth, QStringLiteral("/end_date/month") },
                { Field::EndDay, QStringLiteral("/end_date/day") },
                { Field::Headline, QStringLiteral("/text/headline") },
                { Field::Extras, QStringLiteral("/crisis_timeline") } };
            return lines.at(locateJsonPointerOffset(json, pointers.value(field), offset));
        };
        for (const QString& member : { QStringLiteral("headline"), QStringLiteral("text") }) {
            if (!textObject.value(member).isString() || textObject.value(member).toString().trimmed().isEmpty())
                continue;
            const auto raw = rawJsonString(json, locateJsonPointerOffset(json, QString(u"/text/" + member), offset));
            if (raw) {
                slide.rawQuote = raw->first;
                slide.rawQuoteOffset = raw->second;
            }
            break;
        }
        if (object.contains(QStringLiteral("crisis_timeline"))) {
            if (!object.value(QStringLiteral("crisis_timeline")).isObject()) {
                reader.errorAt(Problem::Kind::InvalidValue, slide, Field::Extras,
                    QStringLiteral("\"crisis_timeline\" must be an object"));
                continue;
            }
            slide.extras = object.value(QStringLiteral("crisis_timeline")).toObject();
        }
        reader.add(slide);
    }
    return reader.finish(QStringLiteral("TimelineJS JSON"));
}

namespace {

// What a slide shows for an event: its summary, each citation as a quote with its outlet (a link to the article
// when the source has a URL), an inferred date's reason. No media: TimelineJS shows a media URL as an image (an
// article's page becomes a broken one), and in JSON a media object without a URL stops it from drawing at all.
struct SlideContent
{
    QString html;
    QString displayDate;
};

SlideContent slideContent(const Event& event, const QHash<QString, const Source*>& sources)
{
    SlideContent content;
    // TimelineJS has no status: the slide says it in words.
    if (event.status == EventStatus::Expected)
        content.html
            += QStringLiteral("<p><strong>Expected</strong> \u2014 announced as due, not reported as done.</p>");
    else if (event.status == EventStatus::Proposed)
        content.html += QStringLiteral("<p><strong>Proposed</strong> \u2014 sought or recommended, not decided.</p>");
    if (!event.summary.isEmpty())
        content.html
            += QStringLiteral("<p>%1</p>").arg(escapeHtml(event.summary).replace(u'\n', QStringLiteral("<br>")));
    for (const Citation& citation : event.citations) {
        const Source* source = sources.value(citation.sourceId);
        QStringList cite;
        const QString outlet
            = source ? (source->outlet.isEmpty() ? source->description : source->outlet) : citation.sourceId;
        // Only a web address becomes a link: "javascript:" from a file would run when the link is followed.
        const bool webUrl = source
            && (source->url.startsWith(QStringLiteral("https://"), Qt::CaseInsensitive)
                || source->url.startsWith(QStringLiteral("http://"), Qt::CaseInsensitive));
        cite.append(webUrl ? QStringLiteral("<a href=\"%1\">%2</a>").arg(escapeHtml(source->url), escapeHtml(outlet))
                           : escapeHtml(outlet));
        if (source && !source->title.isEmpty())
            cite.append(QStringLiteral("\u201c%1\u201d").arg(escapeHtml(source->title)));
        if (source && source->published.isValid())
            cite.append(escapeHtml(formatDate(source->published)));
        content.html += QStringLiteral("<blockquote>\u201c%1\u201d<cite>%2</cite></blockquote>")
                            .arg(escapeHtml(citation.quote), cite.join(QStringLiteral(", ")));
    }
    if (event.periodInferred)
        content.html += QStringLiteral("<p><em>Date inferred: %1</em></p>").arg(escapeHtml(event.periodNote));
    if (event.periodInferred || event.period.isApproximate() || event.period.start().isUncertain()
        || event.period.end().isUncertain())
        content.displayDate
            = formatPeriod(event.period) + (event.periodInferred ? QStringLiteral(" (date inferred)") : QString());
    return content;
}

QJsonObject extrasOf(const Event& event)
{
    QJsonObject extras;
    extras.insert(QStringLiteral("id"), event.id);
    extras.insert(QStringLiteral("period"), event.period.toEdtf());
    if (event.periodInferred) {
        extras.insert(QStringLiteral("period_inferred"), true);
        extras.insert(QStringLiteral("period_note"), event.periodNote);
    }
    extras.insert(QStringLiteral("category"), categoryKey(event.category));
    if (event.status != EventStatus::Occurred)
        extras.insert(QStringLiteral("status"), eventStatusKey(event.status));
    if (!event.actors.isEmpty())
        extras.insert(QStringLiteral("actors"), QJsonArray::fromStringList(event.actors));
    if (!event.location.isEmpty())
        extras.insert(QStringLiteral("location"), event.location);
    extras.insert(QStringLiteral("summary"), event.summary);
    QJsonArray citations;
    for (const Citation& citation : event.citations)
        citations.append(QJsonObject { { QStringLiteral("source"), citation.sourceId },
            { QStringLiteral("quote"), citation.quote }, { QStringLiteral("offset"), citation.offset } });
    extras.insert(QStringLiteral("citations"), citations);
    if (!event.charts.isEmpty())
        extras.insert(QStringLiteral("charts"), QJsonArray::fromStringList(event.charts));
    return extras;
}

QHash<QString, const Source*> sourcesById(const Snapshot& data)
{
    QHash<QString, const Source*> sources;
    for (const Source& source : data.sources)
        sources.insert(source.id, &source);
    return sources;
}

QStringList dateParts(const PartialDate& date)
{
    if (!date.isValid())
        return { QString(), QString(), QString() };
    return { QString::number(date.year()),
        date.precision() >= PartialDate::Precision::Month ? QString::number(date.month()) : QString(),
        date.precision() == PartialDate::Precision::Day ? QString::number(date.day()) : QString() };
}

QJsonObject jsonDate(const PartialDate& date)
{
    const QStringList parts = dateParts(date);
    QJsonObject object { { QStringLiteral("year"), parts.at(0) } };
    if (!parts.at(1).isEmpty())
        object.insert(QStringLiteral("month"), parts.at(1));
    if (!parts.at(2).isEmpty())
        object.insert(QStringLiteral("day"), parts.at(2));
    return object;
}

} // namespace

QByteArray writeTimelineJsJson(const Snapshot& data)
{
    const QHash<QString, const Source*> sources = sourcesById(data);
    QJsonArray events;
    for (const Event& event : data.events) {
        const SlideContent content = slideContent(event, sources);
        QJsonObject slide { { QStringLiteral("unique_id"), event.id },
            { QStringLiteral("start_date"), jsonDate(event.period.start()) },
            { QStringLiteral("text"),
                QJsonObject { { QStringLiteral("headline"), escapeHtml(event.title) },
                    { QStringLiteral("text"), content.html } } },
            { QStringLiteral("group"), categoryLabel(event.category) },
            { QStringLiteral("crisis_timeline"), extrasOf(event) } };
        if (event.period.isInterval())
            slide.insert(QStringLiteral("end_date"), jsonDate(event.period.end()));
        if (!content.displayDate.isEmpty())
            slide.insert(QStringLiteral("display_date"), content.displayDate);
        events.append(slide);
    }
    QJsonObject root { { QStringLiteral("events"), events } };
    if (!data.title.isEmpty())
        root.insert(QStringLiteral("title"),
            QJsonObject { { QStringLiteral("text"),
                QJsonObject { { QStringLiteral("headline"), escapeHtml(data.title) },
                    { QStringLiteral("text"), escapeHtml(data.description) } } } });
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray writeTimelineJsCsv(const Snapshot& data)
{
    const QHash<QString, const Source*> sources = sourcesById(data);
    QStringList header;
    for (const char* name : columnNames)
        header.append(QLatin1String(name));
    QString out;
    const auto writeRow = [&](const QStringList& cells) { out += csvRecord(cells); };
    writeRow(header);
    const auto row = [](std::initializer_list<std::pair<Column, QString>> cells) {
        QStringList values(static_cast<qsizetype>(Column::Count));
        for (const auto& [column, value] : cells)
            values[static_cast<qsizetype>(column)] = value;
        return values;
    };
    if (!data.title.isEmpty())
        writeRow(row({ { Column::Headline, escapeHtml(data.title) }, { Column::Text, escapeHtml(data.description) },
            { Column::Type, QStringLiteral("title") } }));
    for (const Event& event : data.events) {
        const SlideContent content = slideContent(event, sources);
        const QStringList start = dateParts(event.period.start());
        const QStringList end = dateParts(event.period.end());
        writeRow(row({ { Column::Year, start.at(0) }, { Column::Month, start.at(1) }, { Column::Day, start.at(2) },
            { Column::EndYear, end.at(0) }, { Column::EndMonth, end.at(1) }, { Column::EndDay, end.at(2) },
            { Column::DisplayDate, content.displayDate }, { Column::Headline, escapeHtml(event.title) },
            { Column::Text, content.html }, { Column::Group, categoryLabel(event.category) },
            { Column::Ours, QString::fromUtf8(QJsonDocument(extrasOf(event)).toJson(QJsonDocument::Compact)) } }));
    }
    return out.toUtf8();
}

} // namespace crisis::core
