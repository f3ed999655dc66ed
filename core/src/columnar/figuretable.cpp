#include <crisis/core/columnar/figuretable.h>
#include <crisis/core/support/bytehash.h>

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

quint32 hashId(std::string_view bytes)
{
    return static_cast<quint32>(hashBytes(bytes, 0x85ebca6bU));
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

using IdIndex = std::vector<std::pair<quint32, qint32>>;

IdIndex merged(const IdIndex& a, const IdIndex& b)
{
    IdIndex out;
    out.reserve(a.size() + b.size());
    std::merge(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(out));
    return out;
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

bool FigureTable::sameFiguresAs(const FigureTable& other) const
{
    if (size() != other.size())
        return false;
    for (qsizetype row = 0; row < size(); ++row) {
        // Dates by their stored form: equal dates are stored alike (what periodKey promises).
        if (idUtf8(row) != other.idUtf8(row) || value(row) != other.value(row) || status(row) != other.status(row)
            || periodKey(row) != other.periodKey(row) || reportedKey(row) != other.reportedKey(row)
            || periodInferred(row) != other.periodInferred(row) || reportedInferred(row) != other.reportedInferred(row)
            || quoteUtf8(row) != other.quoteUtf8(row) || quoteOffset(row) != other.quoteOffset(row)
            || metric(row) != other.metric(row) || qualifier(row) != other.qualifier(row)
            || subject(row) != other.subject(row) || periodNote(row) != other.periodNote(row)
            || parentId(row) != other.parentId(row) || subgroup(row) != other.subgroup(row)
            || sourceId(row) != other.sourceId(row) || note(row) != other.note(row))
            return false;
    }
    return true;
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

FigureRow FigureTable::row(qsizetype row) const
{
    FigureRow r;
    r.id = idUtf8(row);
    r.metric = m_metrics.utf8(m_metric[row]);
    r.qualifier = m_qualifiers.utf8(m_qualifier[row]);
    r.subject = m_subjects.utf8(m_subject[row]);
    r.periodNote = m_periodNotes.utf8(m_periodNote[row]);
    r.parentId = m_parents.utf8(m_parent[row]);
    r.subgroup = m_subgroups.utf8(m_subgroup[row]);
    r.sourceId = m_sources.utf8(m_source[row]);
    r.quote = quoteUtf8(row);
    r.note = m_notes.utf8(m_note[row]);
    r.value = m_value[row];
    r.status = status(row);
    r.period = period(row);
    r.periodInferred = periodInferred(row);
    r.reported = reported(row);
    r.reportedInferred = reportedInferred(row);
    r.quoteOffset = m_quoteOffset[row];
    return r;
}

QList<Figure> FigureTable::toFigures() const
{
    QList<Figure> figures;
    figures.reserve(size());
    for (qsizetype row = 0; row < size(); ++row)
        figures.append(figure(row));
    return figures;
}

std::vector<std::pair<qsizetype, qsizetype>> FigureTable::duplicateIds() const
{
    // Equal ids have equal hashes, so they stand side by side in the sorted index (rows ascending there).
    std::vector<std::pair<qsizetype, qsizetype>> duplicates;
    for (size_t i = 0; i < m_idIndex.size();) {
        size_t end = i + 1;
        while (end < m_idIndex.size() && m_idIndex[end].first == m_idIndex[i].first)
            ++end;
        for (size_t later = i + 1; later < end; ++later) {
            for (size_t earlier = i; earlier < later; ++earlier) {
                if (idUtf8(m_idIndex[earlier].second) == idUtf8(m_idIndex[later].second)) {
                    duplicates.emplace_back(m_idIndex[earlier].second, m_idIndex[later].second);
                    break;
                }
            }
        }
        i = end;
    }
    std::sort(duplicates.begin(), duplicates.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    return duplicates;
}

qsizetype FigureTable::rowOfId(QStringView id) const
{
    const QByteArray utf8 = id.toUtf8();
    const std::string_view key = view(utf8);
    const quint32 h = hashId(key);
    auto it = std::lower_bound(m_idIndex.cbegin(), m_idIndex.cend(), std::pair<quint32, qint32> { h, -1 });
    for (; it != m_idIndex.cend() && it->first == h; ++it) {
        if (idUtf8(it->second) == key)
            return it->second;
    }
    return -1;
}

qint64 FigureTable::memoryUsage() const
{
    const qint64 n = size();
    const qint64 perRow = sizeof(double) + 2 * sizeof(qint32) + 17 * sizeof(quint32) + 2 + sizeof(qint64)
        + sizeof(std::pair<quint32, qint32>);
    return n * perRow + m_ids.bytes() + m_quotes.bytes();
}

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
    constexpr quint32 offsetMask = TextPool::chunkSize - 1;
    const auto chunkOf
        = [&](size_t row) { return static_cast<qsizetype>(m_quotePosition[row] >> TextPool::offsetBits); };
    const auto startOf = [&](size_t row) { return static_cast<quint64>(m_quotePosition[row] & offsetMask); };
    const auto endOf = [&](size_t row) { return startOf(row) + m_quoteLength[row]; };
    size_t row = 0;
    // Rows are stored in order, chunk after chunk: walk each chunk once, moving the row along with the hits.
    for (qsizetype c = 0; c < m_quotes.chunkCount() && row < rows; ++c) {
        const QByteArray& chunk = m_quotes.chunk(c);
        const char* begin = chunk.constData();
        const char* end = begin + chunk.size();
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
            const auto offset = static_cast<quint64>(start - begin);
            while (row < rows && (chunkOf(row) < c || (chunkOf(row) == c && endOf(row) <= offset)))
                ++row;
            if (row == rows || chunkOf(row) > c || startOf(row) > offset) {
                p = hit + 1;
                continue;
            }
            if (!matched[row] && offset + needle.size() <= endOf(row) && equalsFolded(start, needle)) {
                matched[row] = true;
                p = begin + endOf(row) + anchor; // nothing more to find in this row
                continue;
            }
            p = hit + 1;
        }
    }
}

void FigureTable::resizeRows(size_t n)
{
    m_value.resize(n);
    m_earliest.resize(n);
    m_latest.resize(n);
    for (auto* column : { &m_start, &m_end, &m_reported, &m_metric, &m_qualifier, &m_subject, &m_subgroup, &m_source,
             &m_periodNote, &m_note, &m_parent, &m_idPosition, &m_idLength, &m_quotePosition, &m_quoteLength })
        column->resize(n);
    m_status.resize(n);
    m_flags.resize(n);
    m_quoteOffset.resize(n);
}

void FigureTable::encode(size_t row, const FigureRow& r, FigureTable& strings)
{
    m_value[row] = r.value;
    m_earliest[row] = r.period.isValid() ? firstJulianDay(r.period.start()) : 0;
    m_latest[row] = !r.period.isValid() ? 0 : lastJulianDay(r.period.isInterval() ? r.period.end() : r.period.start());
    m_start[row] = pack(r.period.start());
    m_end[row] = pack(r.period.end());
    m_reported[row] = pack(r.reported);
    m_status[row] = static_cast<quint8>(r.status);
    m_flags[row]
        = static_cast<quint8>((r.periodInferred ? PeriodInferred : 0) | (r.reportedInferred ? ReportedInferred : 0));
    m_metric[row] = strings.m_metrics.intern(r.metric);
    m_qualifier[row] = strings.m_qualifiers.intern(r.qualifier);
    m_subject[row] = strings.m_subjects.intern(r.subject);
    m_subgroup[row] = strings.m_subgroups.intern(r.subgroup);
    m_source[row] = strings.m_sources.intern(r.sourceId);
    m_periodNote[row] = r.periodNote.empty() ? 0 : strings.m_periodNotes.intern(r.periodNote);
    m_note[row] = r.note.empty() ? 0 : strings.m_notes.intern(r.note);
    m_parent[row] = r.parentId.empty() ? 0 : strings.m_parents.intern(r.parentId);
    m_quoteOffset[row] = r.quoteOffset;
    m_idPosition[row] = strings.m_ids.append(r.id);
    m_idLength[row] = static_cast<quint32>(r.id.size());
    if (r.quoteAsBefore && strings.m_hasLastQuote && strings.m_lastQuoteLength == r.quote.size()) {
        m_quotePosition[row] = strings.m_lastQuotePosition;
    } else {
        m_quotePosition[row] = strings.m_quotes.append(r.quote);
        strings.m_lastQuotePosition = m_quotePosition[row];
        strings.m_lastQuoteLength = static_cast<quint32>(r.quote.size());
        strings.m_hasLastQuote = true;
    }
    m_quoteLength[row] = static_cast<quint32>(r.quote.size());
    strings.m_idIndex.emplace_back(hashId(r.id), static_cast<qint32>(row));
}

void FigureTable::settleBounds()
{
    m_bounds.clear();
    for (qsizetype code = 0; code < m_qualifiers.size(); ++code)
        m_bounds.push_back(qualifierBound(m_qualifiers.text(static_cast<quint32>(code))).value_or(ValueBound::Exact));
}

// ---- Builder -----------------------------------------------------------------------------------------

FigureTable::Builder::Builder(qsizetype expectedRows)
{
    const auto n = static_cast<size_t>(expectedRows);
    m_table.m_value.reserve(n);
    m_table.m_idIndex.reserve(n);
}

void FigureTable::Builder::append(const FigureRow& row)
{
    const auto at = m_table.m_value.size();
    m_table.resizeRows(at + 1);
    m_table.encode(at, row, m_table);
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
    FigureRow row;
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
    m_table.settleBounds();
    std::sort(m_table.m_idIndex.begin(), m_table.m_idIndex.end());
    return std::exchange(m_table, FigureTable());
}

// ---- SlicedBuilder -----------------------------------------------------------------------------------

FigureTable::SlicedBuilder::SlicedBuilder(qsizetype rows)
{
    m_table.resizeRows(static_cast<size_t>(rows));
}

FigureTable::SlicedBuilder::Slice& FigureTable::SlicedBuilder::slice(qsizetype first, qsizetype count)
{
    auto slice = std::make_unique<Slice>();
    slice->m_table = &m_table;
    slice->m_first = slice->m_next = static_cast<size_t>(first);
    slice->m_end = static_cast<size_t>(first + count);
    slice->m_strings.m_idIndex.reserve(static_cast<size_t>(count));
    m_slices.push_back(std::move(slice));
    return *m_slices.back();
}

bool FigureTable::SlicedBuilder::Slice::append(const FigureRow& row)
{
    if (m_next >= m_end)
        return false;
    m_table->encode(m_next++, row, m_strings);
    return true;
}

void FigureTable::SlicedBuilder::Slice::finish()
{
    std::sort(m_strings.m_idIndex.begin(), m_strings.m_idIndex.end());
}

std::optional<FigureTable> FigureTable::SlicedBuilder::join()
{
    for (const auto& slice : m_slices) {
        if (slice->m_next != slice->m_end)
            return std::nullopt;
    }
    FigureTable& t = m_table;
    for (size_t s = 0; s < m_slices.size(); ++s) {
        FigureTable& own = m_slices[s]->m_strings;
        const size_t first = m_slices[s]->m_first;
        const size_t end = m_slices[s]->m_end;
        if (s == 0) {
            // The first slice's dictionaries and text become the table's.
            t.m_metrics = std::move(own.m_metrics);
            t.m_qualifiers = std::move(own.m_qualifiers);
            t.m_subjects = std::move(own.m_subjects);
            t.m_subgroups = std::move(own.m_subgroups);
            t.m_sources = std::move(own.m_sources);
            t.m_periodNotes = std::move(own.m_periodNotes);
            t.m_notes = std::move(own.m_notes);
            t.m_parents = std::move(own.m_parents);
            t.m_ids = std::move(own.m_ids);
            t.m_quotes = std::move(own.m_quotes);
            t.m_idIndex = std::move(own.m_idIndex);
            continue;
        }
        // Later slices: their codes into the table's dictionaries, their text after the table's.
        const auto remap = [&](StringDictionary& into, const StringDictionary& from, std::vector<quint32>& codes) {
            std::vector<quint32> map(static_cast<size_t>(from.size()));
            for (qsizetype code = 0; code < from.size(); ++code)
                map[static_cast<size_t>(code)] = into.intern(from.text(static_cast<quint32>(code)));
            for (size_t row = first; row < end; ++row)
                codes[row] = map[codes[row]];
        };
        remap(t.m_metrics, own.m_metrics, t.m_metric);
        remap(t.m_qualifiers, own.m_qualifiers, t.m_qualifier);
        remap(t.m_subjects, own.m_subjects, t.m_subject);
        remap(t.m_subgroups, own.m_subgroups, t.m_subgroup);
        remap(t.m_sources, own.m_sources, t.m_source);
        remap(t.m_periodNotes, own.m_periodNotes, t.m_periodNote);
        remap(t.m_notes, own.m_notes, t.m_note);
        remap(t.m_parents, own.m_parents, t.m_parent);
        const quint32 idShift = t.m_ids.take(std::move(own.m_ids));
        const quint32 quoteShift = t.m_quotes.take(std::move(own.m_quotes));
        for (size_t row = first; row < end; ++row) {
            t.m_idPosition[row] += idShift;
            t.m_quotePosition[row] += quoteShift;
        }
        t.m_idIndex = merged(t.m_idIndex, own.m_idIndex);
    }
    m_slices.clear();
    t.settleBounds();
    return std::exchange(m_table, FigureTable());
}

} // namespace crisis::core
