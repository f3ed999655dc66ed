#include <crisis/core/figuretable.h>

#include <algorithm>

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
    quint64 h = 1469598103934665603ULL;
    for (const char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    return h;
}

void appendPooled(QByteArray& pool, std::vector<quint64>& starts, std::string_view text)
{
    pool.append(text.data(), static_cast<qsizetype>(text.size()));
    starts.push_back(static_cast<quint64>(pool.size()));
}

std::string_view view(const QByteArray& utf8)
{
    return { utf8.constData(), static_cast<size_t>(utf8.size()) };
}

} // namespace

QString FigureTable::pooled(const QByteArray& pool, const std::vector<quint64>& starts, qsizetype row)
{
    const std::string_view bytes = pooledView(pool, starts, row);
    return QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

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
    const qint64 perRow = sizeof(double) + 7 * sizeof(qint32) + 9 * sizeof(quint32) + 2 + sizeof(qint64)
        + 3 * sizeof(quint64) + sizeof(std::pair<quint64, qint32>);
    return n * perRow + m_ids.size() + m_parents.size() + m_quotes.size();
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
    m_table.m_idStart.reserve(n + 1);
    m_table.m_parentStart.reserve(n + 1);
    m_table.m_quoteStart.reserve(n + 1);
}

void FigureTable::Builder::append(const Utf8Row& row)
{
    FigureTable& t = m_table;
    t.m_value.push_back(row.value);
    t.m_earliest.push_back(static_cast<qint32>(row.period.earliest().toJulianDay()));
    t.m_latest.push_back(static_cast<qint32>(row.period.latest().toJulianDay()));
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
    appendPooled(t.m_ids, t.m_idStart, row.id);
    appendPooled(t.m_parents, t.m_parentStart, row.parentId);
    appendPooled(t.m_quotes, t.m_quoteStart, row.quote);
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
    t.m_idIndex.resize(t.m_value.size());
    for (size_t row = 0; row < t.m_value.size(); ++row)
        t.m_idIndex[row] = { hashId(t.idUtf8(static_cast<qsizetype>(row))), static_cast<qint32>(row) };
    std::sort(t.m_idIndex.begin(), t.m_idIndex.end());
    return std::exchange(m_table, FigureTable());
}

} // namespace crisis::core
