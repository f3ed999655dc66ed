#include <crisis/core/figuretable.h>

#include <QHashFunctions>

#include <algorithm>
#include <cstring>
#include <iterator>

namespace crisis::core {

namespace {

quint32 pack(const PartialDate& date)
{
    if (!date.isValid())
        return 0;
    return static_cast<quint32>(date.year()) | (static_cast<quint32>(date.month()) << 14)
        | (static_cast<quint32>(date.day()) << 18) | (static_cast<quint32>(date.precision()) << 23)
        | (static_cast<quint32>(date.isApproximate()) << 25) | (static_cast<quint32>(date.isUncertain()) << 26);
}

PartialDate unpack(quint32 bits)
{
    if (bits == 0)
        return {};
    const auto precision = static_cast<PartialDate::Precision>((bits >> 23) & 0x3);
    const int month = precision == PartialDate::Precision::Year ? 0 : static_cast<int>((bits >> 14) & 0xf);
    const int day = precision == PartialDate::Precision::Day ? static_cast<int>((bits >> 18) & 0x1f) : 0;
    return PartialDate::fromParts(static_cast<int>(bits & 0x3fff), month, day, (bits >> 25) & 1, (bits >> 26) & 1);
}

quint64 hashId(std::string_view bytes)
{
    return qHashBits(bytes.data(), bytes.size(), 0x85ebca6bU);
}

// Julian day number of a proleptic Gregorian date (the number QDate::toJulianDay() gives), without QDate's
// validity checks: dates here are valid by construction.
qint32 julianDay(int year, int month, int day)
{
    const int a = (14 - month) / 12;
    const int y = year + 4800 - a;
    const int m = month + 12 * a - 3;
    return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

qint32 firstJulianDay(const PartialDate& date)
{
    return julianDay(date.year(), date.month() ? date.month() : 1, date.day() ? date.day() : 1);
}

qint32 lastJulianDay(const PartialDate& date)
{
    const int month = date.month() ? date.month() : 12;
    return julianDay(date.year(), month, date.day() ? date.day() : daysInMonth(date.year(), month));
}

std::string_view view(const QByteArray& utf8)
{
    return { utf8.constData(), static_cast<size_t>(utf8.size()) };
}

} // namespace

FigureTable FigureTable::fromFigures(const QList<Figure>& figures)
{
    Builder builder(figures.size());
    for (const Figure& figure : figures)
        builder.append(figure);
    return builder.finish();
}

Period FigureTable::period(qsizetype row) const
{
    const PartialDate start = unpack(m_start[row]);
    if (m_end[row] == 0)
        return Period(start);
    return Period::interval(start, unpack(m_end[row]));
}

PartialDate FigureTable::reported(qsizetype row) const
{
    return unpack(m_reported[row]);
}

Figure FigureTable::figure(qsizetype row) const
{
    Figure f;
    f.id = id(row);
    f.metric = metric(row);
    f.value = value(row);
    f.qualifier = qualifier(row);
    f.subject = subject(row);
    f.status = status(row);
    f.period = period(row);
    f.periodInferred = periodInferred(row);
    f.periodNote = periodNote(row);
    f.reported = reported(row);
    f.reportedInferred = reportedInferred(row);
    f.parentId = parentId(row);
    f.subgroup = subgroup(row);
    f.citation = { sourceId(row), quote(row), quoteOffset(row) };
    f.note = note(row);
    return f;
}

QList<Figure> FigureTable::toFigures() const
{
    QList<Figure> figures;
    figures.reserve(size());
    for (qsizetype row = 0; row < size(); ++row)
        figures.append(figure(row));
    return figures;
}

qsizetype FigureTable::rowOfId(QStringView id) const
{
    const QByteArray utf8 = id.toUtf8();
    const std::string_view key = view(utf8);
    const quint64 h = hashId(key);
    auto it = std::lower_bound(m_idIndex.cbegin(), m_idIndex.cend(), std::pair<quint64, qint32> { h, -1 });
    for (; it != m_idIndex.cend() && it->first == h; ++it) {
        if (idUtf8(it->second) == key)
            return it->second;
    }
    return -1;
}

qint64 FigureTable::memoryUsage() const
{
    const qint64 n = size();
    const qint64 perRow = sizeof(double) + 2 * sizeof(qint32) + 13 * sizeof(quint32) + 2 + sizeof(qint64)
        + 2 * sizeof(quint64) + sizeof(std::pair<quint64, qint32>);
    return n * perRow + m_ids.bytes() + m_quotes.bytes();
}

namespace {

char foldAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
}

bool equalsFolded(const char* text, std::string_view needle)
{
    for (size_t i = 0; i < needle.size(); ++i) {
        if (foldAscii(text[i]) != needle[i])
            return false;
    }
    return true;
}

} // namespace

namespace {

// How often a byte occurs in English prose, roughly, per thousand letters: to anchor a search on the rarest.
int commonness(char c)
{
    static constexpr int letters[26]
        = { 82, 15, 28, 43, 127, 22, 20, 61, 70, 2, 8, 40, 24, 67, 75, 19, 1, 60, 63, 91, 28, 10, 24, 2, 20, 1 };
    if (c >= 'a' && c <= 'z')
        return letters[c - 'a'];
    if (c == ' ')
        return 180;
    if (c >= '0' && c <= '9')
        return 12;
    return 5;
}

} // namespace

void FigureTable::markQuotesContaining(std::string_view needle, std::vector<bool>& matched) const
{
    if (needle.empty() || isEmpty())
        return;
    // Scan for the needle's rarest byte, then check the whole needle around each hit.
    size_t anchor = 0;
    for (size_t i = 1; i < needle.size(); ++i) {
        if (commonness(needle[i]) < commonness(needle[anchor]))
            anchor = i;
    }
    const char key = needle[anchor];
    const bool letter = key >= 'a' && key <= 'z';
    const char keyUpper = letter ? static_cast<char>(key - ('a' - 'A')) : key;
    const auto rows = static_cast<size_t>(size());
    size_t row = 0;
    // Rows are stored in order, chunk after chunk: walk each chunk once, moving the row along with the hits.
    for (qsizetype c = 0; c < m_quotes.chunkCount() && row < rows; ++c) {
        const QByteArray& chunk = m_quotes.chunk(c);
        const char* begin = chunk.constData();
        const char* end = begin + chunk.size();
        const auto base = static_cast<quint64>(c) << 32;
        const char* p = begin + anchor;
        // The next lower- and upper-case hits, each searched for again only once passed.
        const char* lower = nullptr;
        const char* upper = nullptr;
        while (p < end && row < rows) {
            if (lower != end && (!lower || lower < p)) {
                lower = static_cast<const char*>(std::memchr(p, key, static_cast<size_t>(end - p)));
                lower = lower ? lower : end;
            }
            if (letter && upper != end && (!upper || upper < p)) {
                upper = static_cast<const char*>(std::memchr(p, keyUpper, static_cast<size_t>(end - p)));
                upper = upper ? upper : end;
            }
            const char* hit = letter ? std::min(lower, upper) : lower;
            if (hit == end)
                break;
            const char* start = hit - anchor;
            const quint64 position = base | static_cast<quint64>(start - begin);
            while (row < rows && m_quotePosition[row] + m_quoteLength[row] <= position)
                ++row;
            if (row == rows || m_quotePosition[row] > position) {
                p = hit + 1;
                continue;
            }
            const quint64 rowEnd = m_quotePosition[row] + m_quoteLength[row];
            if (!matched[row] && position + needle.size() <= rowEnd && equalsFolded(start, needle)) {
                matched[row] = true;
                p = begin + (rowEnd & 0xffffffffU) + anchor; // nothing more to find in this row
                continue;
            }
            p = hit + 1;
        }
    }
}

FigureTable::Builder::Builder(qsizetype expectedRows)
{
    const auto n = static_cast<size_t>(expectedRows);
    for (auto* column :
        { &m_table.m_start, &m_table.m_end, &m_table.m_reported, &m_table.m_metric, &m_table.m_qualifier,
            &m_table.m_subject, &m_table.m_subgroup, &m_table.m_source, &m_table.m_periodNote, &m_table.m_note })
        column->reserve(n);
    m_table.m_value.reserve(n);
    m_table.m_earliest.reserve(n);
    m_table.m_latest.reserve(n);
    m_table.m_status.reserve(n);
    m_table.m_flags.reserve(n);
    m_table.m_quoteOffset.reserve(n);
    m_table.m_parent.reserve(n);
    m_table.m_idPosition.reserve(n);
    m_table.m_idLength.reserve(n);
    m_table.m_quotePosition.reserve(n);
    m_table.m_quoteLength.reserve(n);
}

void FigureTable::Builder::append(const Utf8Row& row)
{
    FigureTable& t = m_table;
    t.m_value.push_back(row.value);
    t.m_earliest.push_back(row.period.isValid() ? firstJulianDay(row.period.start()) : 0);
    t.m_latest.push_back(!row.period.isValid() ? 0
            : row.period.isInterval()          ? lastJulianDay(row.period.end())
                                               : lastJulianDay(row.period.start()));
    t.m_start.push_back(pack(row.period.start()));
    t.m_end.push_back(pack(row.period.end()));
    t.m_reported.push_back(pack(row.reported));
    t.m_status.push_back(static_cast<quint8>(row.status));
    t.m_flags.push_back(
        static_cast<quint8>((row.periodInferred ? PeriodInferred : 0) | (row.reportedInferred ? ReportedInferred : 0)));
    t.m_metric.push_back(t.m_metrics.intern(row.metric));
    t.m_qualifier.push_back(t.m_qualifiers.intern(row.qualifier));
    t.m_subject.push_back(t.m_subjects.intern(row.subject));
    t.m_subgroup.push_back(t.m_subgroups.intern(row.subgroup));
    t.m_source.push_back(t.m_sources.intern(row.sourceId));
    t.m_periodNote.push_back(row.periodNote.empty() ? 0 : t.m_periodNotes.intern(row.periodNote));
    t.m_note.push_back(row.note.empty() ? 0 : t.m_notes.intern(row.note));
    t.m_quoteOffset.push_back(row.quoteOffset);
    t.m_parent.push_back(row.parentId.empty() ? 0 : t.m_parents.intern(row.parentId));
    t.m_idPosition.push_back(t.m_ids.append(row.id));
    t.m_idLength.push_back(static_cast<quint32>(row.id.size()));
    t.m_quotePosition.push_back(t.m_quotes.append(row.quote));
    t.m_quoteLength.push_back(static_cast<quint32>(row.quote.size()));
}

void FigureTable::Builder::append(FigureTable&& rows)
{
    if (m_table.isEmpty() && m_appendedIndex.empty()) {
        // The first share: take it whole, index and all, rather than copy it.
        const bool indexed = rows.m_idIndex.size() == rows.m_value.size();
        m_table = std::move(rows);
        rows = FigureTable();
        if (indexed) {
            m_appendedIndex = std::move(m_table.m_idIndex);
            m_indexed.assign(m_table.m_value.size(), true);
        }
        m_table.m_idIndex.clear();
        return;
    }
    FigureTable& t = m_table;
    const auto remap = [](StringDictionary& into, const StringDictionary& from, const std::vector<quint32>& codes,
                           std::vector<quint32>& out) {
        std::vector<quint32> map(static_cast<size_t>(from.size()));
        for (qsizetype code = 0; code < from.size(); ++code)
            map[static_cast<size_t>(code)] = into.intern(from.text(static_cast<quint32>(code)));
        out.reserve(out.size() + codes.size());
        for (const quint32 code : codes)
            out.push_back(map[code]);
    };
    remap(t.m_metrics, rows.m_metrics, rows.m_metric, t.m_metric);
    remap(t.m_qualifiers, rows.m_qualifiers, rows.m_qualifier, t.m_qualifier);
    remap(t.m_subjects, rows.m_subjects, rows.m_subject, t.m_subject);
    remap(t.m_subgroups, rows.m_subgroups, rows.m_subgroup, t.m_subgroup);
    remap(t.m_sources, rows.m_sources, rows.m_source, t.m_source);
    remap(t.m_periodNotes, rows.m_periodNotes, rows.m_periodNote, t.m_periodNote);
    remap(t.m_notes, rows.m_notes, rows.m_note, t.m_note);
    remap(t.m_parents, rows.m_parents, rows.m_parent, t.m_parent);
    const auto concat = [](auto& into, const auto& from) { into.insert(into.end(), from.begin(), from.end()); };
    concat(t.m_value, rows.m_value);
    concat(t.m_earliest, rows.m_earliest);
    concat(t.m_latest, rows.m_latest);
    concat(t.m_start, rows.m_start);
    concat(t.m_end, rows.m_end);
    concat(t.m_reported, rows.m_reported);
    concat(t.m_status, rows.m_status);
    concat(t.m_flags, rows.m_flags);
    concat(t.m_quoteOffset, rows.m_quoteOffset);
    concat(t.m_idLength, rows.m_idLength);
    concat(t.m_quoteLength, rows.m_quoteLength);
    const quint64 idShift = t.m_ids.take(std::move(rows.m_ids));
    for (const quint64 position : rows.m_idPosition)
        t.m_idPosition.push_back(position + idShift);
    const quint64 quoteShift = t.m_quotes.take(std::move(rows.m_quotes));
    for (const quint64 position : rows.m_quotePosition)
        t.m_quotePosition.push_back(position + quoteShift);
    // A finished table brings its sorted id index: keep it, shifted, for finish() to merge.
    const auto first = static_cast<qint32>(t.m_value.size() - rows.m_value.size());
    m_indexed.resize(t.m_value.size(), false);
    if (rows.m_idIndex.size() == rows.m_value.size()) {
        std::vector<std::pair<quint64, qint32>> shifted;
        shifted.reserve(rows.m_idIndex.size());
        for (const auto& [hash, row] : rows.m_idIndex)
            shifted.emplace_back(hash, row + first);
        std::vector<std::pair<quint64, qint32>> merged;
        merged.reserve(m_appendedIndex.size() + shifted.size());
        std::merge(m_appendedIndex.cbegin(), m_appendedIndex.cend(), shifted.cbegin(), shifted.cend(),
            std::back_inserter(merged));
        m_appendedIndex = std::move(merged);
        std::fill(m_indexed.begin() + first, m_indexed.end(), true);
    }
    rows = FigureTable();
}

void FigureTable::Builder::append(const Figure& figure)
{
    const QByteArray id = figure.id.toUtf8();
    const QByteArray metric = figure.metric.toUtf8();
    const QByteArray qualifier = figure.qualifier.toUtf8();
    const QByteArray subject = figure.subject.toUtf8();
    const QByteArray periodNote = figure.periodNote.toUtf8();
    const QByteArray parentId = figure.parentId.toUtf8();
    const QByteArray subgroup = figure.subgroup.toUtf8();
    const QByteArray sourceId = figure.citation.sourceId.toUtf8();
    const QByteArray quote = figure.citation.quote.toUtf8();
    const QByteArray note = figure.note.toUtf8();
    Utf8Row row;
    row.id = view(id);
    row.metric = view(metric);
    row.qualifier = view(qualifier);
    row.subject = view(subject);
    row.periodNote = view(periodNote);
    row.parentId = view(parentId);
    row.subgroup = view(subgroup);
    row.sourceId = view(sourceId);
    row.quote = view(quote);
    row.note = view(note);
    row.value = figure.value;
    row.status = figure.status;
    row.period = figure.period;
    row.periodInferred = figure.periodInferred;
    row.reported = figure.reported;
    row.reportedInferred = figure.reportedInferred;
    row.quoteOffset = figure.citation.offset;
    append(row);
}

FigureTable FigureTable::Builder::finish()
{
    FigureTable& t = m_table;
    t.m_bounds.clear();
    for (qsizetype code = 0; code < t.m_qualifiers.size(); ++code)
        t.m_bounds.push_back(
            qualifierBound(t.m_qualifiers.text(static_cast<quint32>(code))).value_or(ValueBound::Exact));
    m_indexed.resize(t.m_value.size(), false);
    std::vector<std::pair<quint64, qint32>> own;
    own.reserve(t.m_value.size() - m_appendedIndex.size());
    for (size_t row = 0; row < t.m_value.size(); ++row) {
        if (!m_indexed[row])
            own.emplace_back(hashId(t.idUtf8(static_cast<qsizetype>(row))), static_cast<qint32>(row));
    }
    std::sort(own.begin(), own.end());
    t.m_idIndex.clear();
    t.m_idIndex.reserve(t.m_value.size());
    std::merge(
        own.cbegin(), own.cend(), m_appendedIndex.cbegin(), m_appendedIndex.cend(), std::back_inserter(t.m_idIndex));
    m_appendedIndex.clear();
    m_indexed.clear();
    return std::exchange(m_table, FigureTable());
}

} // namespace crisis::core
