#include <crisis/core/analysis/recordquery.h>

#include <QCollator>

#include <algorithm>
#include <cstring>
#include <limits>
#include <thread>

namespace crisis::core {

namespace {

char foldAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
}

std::string foldedUtf8(const QString& text)
{
    std::string folded = text.toStdString();
    for (char& c : folded)
        c = foldAscii(c);
    return folded;
}

// The value a needle names, if it is a number ("2728", "2,728", "112.5").
std::optional<double> numberIn(QString text)
{
    text.remove(u',');
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

std::vector<bool> dictionaryMatches(const StringDictionary& dictionary, const QString& needle)
{
    std::vector<bool> matches(static_cast<size_t>(dictionary.size()), false);
    for (qsizetype code = 1; code < dictionary.size(); ++code)
        matches[static_cast<size_t>(code)]
            = dictionary.text(static_cast<quint32>(code)).contains(needle, Qt::CaseInsensitive);
    return matches;
}

// Sorts (key, row) pairs on the key, row order breaking ties, and writes the rows back.
template<typename Key>
void sortByKey(std::vector<std::pair<Key, qint32>>& keyed, std::vector<qint32>& rows, Qt::SortOrder order)
{
    if (order == Qt::AscendingOrder) {
        std::sort(keyed.begin(), keyed.end());
    } else {
        std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
            return a.first > b.first || (a.first == b.first && a.second < b.second);
        });
    }
    for (size_t i = 0; i < keyed.size(); ++i)
        rows[i] = keyed[i].second;
}

// Eight bytes of a text from `at`, ASCII-folded, as a number that sorts like the text (zero past its end).
quint64 keyAt(std::string_view text, size_t at)
{
    quint64 key = 0;
    for (size_t i = at; i < at + 8; ++i)
        key = (key << 8) | static_cast<unsigned char>(i < text.size() ? foldAscii(text[i]) : 0);
    return key;
}

struct TextItem
{
    quint64 high;
    quint64 low;
    qint32 row;
};

// Most-significant-first refinement: sort on sixteen bytes, then re-key and re-sort only the runs that are
// still tied, sixteen bytes further on. Texts that share long openings ("The U.N. said ...") cost a few
// integer sorts instead of a full comparison per pair. Where given, distinct[i] is set when item i's text
// differs from item i - 1's (a run's own first item is left to the caller). The runs still tied wait on a
// list rather than on the call stack: texts that share a megabyte make 65,536 rounds, not as many frames.
template<typename TextOf>
void refineText(TextItem* first, TextItem* last, size_t depth, const TextOf& textOf, quint8* distinct)
{
    struct Run
    {
        TextItem* first;
        TextItem* last;
        size_t depth;
        quint8* distinct;
    };
    std::vector<Run> pending { { first, last, depth, distinct } };
    while (!pending.empty()) {
        const Run tied = pending.back();
        pending.pop_back();
        std::sort(tied.first, tied.last, [](const TextItem& a, const TextItem& b) {
            return a.high != b.high ? a.high < b.high : a.low != b.low ? a.low < b.low : a.row < b.row;
        });
        for (TextItem* run = tied.first; run < tied.last;) {
            TextItem* end = run + 1;
            while (end < tied.last && end->high == run->high && end->low == run->low)
                ++end;
            if (tied.distinct && end < tied.last)
                tied.distinct[end - tied.first] = 1;
            // A tied run whose key ends before sixteen bytes holds equal texts: row order stands.
            if (end - run > 1 && (run->low & 0xff) != 0) {
                for (TextItem* item = run; item < end; ++item) {
                    const std::string_view text = textOf(item->row);
                    item->high = keyAt(text, tied.depth + 16);
                    item->low = keyAt(text, tied.depth + 24);
                }
                pending.push_back(
                    { run, end, tied.depth + 16, tied.distinct ? tied.distinct + (run - tied.first) : nullptr });
            }
            run = end;
        }
    }
}

int compareFolded(std::string_view a, std::string_view b)
{
    const size_t n = std::min(a.size(), b.size());
    for (size_t i = 0; i < n; ++i) {
        const auto ca = static_cast<unsigned char>(foldAscii(a[i]));
        const auto cb = static_cast<unsigned char>(foldAscii(b[i]));
        if (ca != cb)
            return ca < cb ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : a.size() < b.size() ? -1 : 1;
}

bool overlapsRange(qint64 earliest, qint64 latest, const RecordFilter& filter)
{
    return (!filter.to.isValid() || earliest <= filter.to.toJulianDay())
        && (!filter.from.isValid() || latest >= filter.from.toJulianDay());
}

} // namespace

std::vector<qint32> textRanks(
    const FigureTable& figures, std::string_view (FigureTable::*textOf)(qsizetype) const, int threads)
{
    const auto n = static_cast<size_t>(figures.size());
    const auto text = [&](qint32 row) { return (figures.*textOf)(row); };
    std::vector<TextItem> items(n);
    for (size_t row = 0; row < n; ++row) {
        const std::string_view t = text(static_cast<qint32>(row));
        items[row] = { keyAt(t, 0), keyAt(t, 8), static_cast<qint32>(row) };
    }
    std::vector<quint8> distinct(n, 0);
    if (n > 0)
        distinct[0] = 1;
    const auto tied = [](const TextItem& a, const TextItem& b) { return a.high == b.high && a.low == b.low; };
    std::sort(items.begin(), items.end(), [](const TextItem& a, const TextItem& b) {
        return a.high != b.high ? a.high < b.high : a.low != b.low ? a.low < b.low : a.row < b.row;
    });
    // Refine the tied runs; with two threads, split at a run boundary near the middle.
    TextItem* begin = items.data();
    const auto refineRange = [&](TextItem* first, TextItem* last) {
        for (TextItem* run = first; run < last;) {
            TextItem* end = run + 1;
            while (end < last && tied(*end, *run))
                ++end;
            distinct[static_cast<size_t>(run - begin)] = 1;
            if (end - run > 1 && (run->low & 0xff) != 0) {
                for (TextItem* item = run; item < end; ++item) {
                    const std::string_view t = text(item->row);
                    item->high = keyAt(t, 16);
                    item->low = keyAt(t, 24);
                }
                refineText(run, end, 16, text, distinct.data() + (run - begin));
            }
            run = end;
        }
    };
    TextItem* end = begin + n;
    TextItem* middle = begin + n / 2;
    while (middle > begin && middle < end && tied(*middle, *(middle - 1)))
        ++middle;
    if (threads > 1 && n > 100000 && middle < end) {
        std::thread helper([&] { refineRange(middle, end); });
        refineRange(begin, middle);
        helper.join();
    } else {
        refineRange(begin, end);
    }
    // Equal texts share a rank: a rank goes up where a distinct text starts.
    std::vector<qint32> ranks(n, 0);
    qint32 rank = -1;
    for (size_t i = 0; i < n; ++i) {
        rank += distinct[i];
        ranks[static_cast<size_t>(items[i].row)] = rank;
    }
    return ranks;
}

bool RecordFilter::isEmpty() const
{
    return text.trimmed().isEmpty() && !from.isValid() && !to.isValid() && metric.isEmpty() && subject.isEmpty()
        && sourceId.isEmpty() && !category && !eventStatus;
}

std::vector<qint32> filterFigures(const Workspace& workspace, const RecordFilter& filter)
{
    const FigureTable& figures = workspace.figures();
    const auto n = static_cast<size_t>(figures.size());
    std::vector<qint32> rows;
    if (filter.category || filter.eventStatus) // a category or an event's status narrows to events only
        return rows;
    const qint64 metric = filter.metric.isEmpty() ? -1 : figures.metrics().find(filter.metric);
    const qint64 subject = filter.subject.isEmpty() ? -1 : figures.subjects().find(filter.subject);
    const qint64 source = filter.sourceId.isEmpty() ? -1 : figures.sources().find(filter.sourceId);
    if ((!filter.metric.isEmpty() && metric < 0) || (!filter.subject.isEmpty() && subject < 0)
        || (!filter.sourceId.isEmpty() && source < 0))
        return rows;

    const QString needle = filter.text.trimmed();
    std::vector<bool> textMatch;
    if (!needle.isEmpty()) {
        textMatch.assign(n, false);
        const std::string folded = foldedUtf8(needle);
        const std::vector<bool> subjects = dictionaryMatches(figures.subjects(), needle);
        const std::vector<bool> subgroups = dictionaryMatches(figures.subgroups(), needle);
        std::vector<bool> metrics(static_cast<size_t>(figures.metrics().size()), false);
        for (qsizetype code = 0; code < figures.metrics().size(); ++code) {
            const QString& key = figures.metrics().text(static_cast<quint32>(code));
            const Metric* m = workspace.metrics().find(key);
            metrics[static_cast<size_t>(code)]
                = key.contains(needle, Qt::CaseInsensitive) || (m && m->label.contains(needle, Qt::CaseInsensitive));
        }
        std::vector<bool> sources(static_cast<size_t>(figures.sources().size()), false);
        for (qsizetype code = 0; code < figures.sources().size(); ++code) {
            const qsizetype index = workspace.sourceIndexOfCode(static_cast<quint32>(code));
            if (index < 0)
                continue;
            const Source& s = workspace.sources().at(index);
            sources[static_cast<size_t>(code)] = s.outlet.contains(needle, Qt::CaseInsensitive)
                || s.title.contains(needle, Qt::CaseInsensitive) || s.document.contains(needle, Qt::CaseInsensitive);
        }
        const std::optional<double> number = numberIn(needle);
        figures.markQuotesContaining(folded, textMatch);
        for (size_t row = 0; row < n; ++row) {
            const auto r = static_cast<qsizetype>(row);
            if (textMatch[row])
                continue;
            textMatch[row] = subjects[figures.subjectCode(r)] || subgroups[figures.subgroupCode(r)]
                || metrics[figures.metricCode(r)] || sources[figures.sourceCode(r)]
                || (number && figures.value(r) == *number) || compareFolded(figures.idUtf8(r), folded) == 0;
        }
    }

    rows.reserve(n);
    const bool byDate = filter.from.isValid() || filter.to.isValid();
    for (size_t row = 0; row < n; ++row) {
        const auto r = static_cast<qsizetype>(row);
        if ((metric >= 0 && figures.metricCode(r) != metric) || (subject >= 0 && figures.subjectCode(r) != subject)
            || (source >= 0 && figures.sourceCode(r) != source)
            || (byDate && !overlapsRange(figures.earliestDay(r), figures.latestDay(r), filter))
            || (!textMatch.empty() && !textMatch[row]))
            continue;
        rows.push_back(static_cast<qint32>(row));
    }
    return rows;
}

void sortFigures(const Workspace& workspace, std::vector<qint32>& rows, FigureSortKey key, Qt::SortOrder order)
{
    const FigureTable& figures = workspace.figures();
    const auto byRank = [&](const std::vector<qint32>& rank, auto codeOf) {
        std::vector<std::pair<qint64, qint32>> keyed(rows.size());
        for (size_t i = 0; i < rows.size(); ++i)
            keyed[i] = { rank[codeOf(rows[i])], rows[i] };
        sortByKey(keyed, rows, order);
    };
    switch (key) {
    case FigureSortKey::Period: {
        std::vector<std::pair<qint64, qint32>> keyed(rows.size());
        for (size_t i = 0; i < rows.size(); ++i)
            keyed[i] = { (static_cast<qint64>(figures.earliestDay(rows[i])) << 32)
                    | static_cast<quint32>(figures.latestDay(rows[i])),
                rows[i] };
        sortByKey(keyed, rows, order);
        return;
    }
    case FigureSortKey::Value: {
        std::vector<std::pair<double, qint32>> keyed(rows.size());
        for (size_t i = 0; i < rows.size(); ++i)
            keyed[i] = { figures.value(rows[i]), rows[i] };
        sortByKey(keyed, rows, order);
        return;
    }
    case FigureSortKey::Status: {
        std::vector<std::pair<qint64, qint32>> keyed(rows.size());
        for (size_t i = 0; i < rows.size(); ++i)
            keyed[i] = { static_cast<qint64>(figures.status(rows[i])), rows[i] };
        sortByKey(keyed, rows, order);
        return;
    }
    case FigureSortKey::Metric:
        byRank(workspace.metricRank(), [&](qint32 row) { return figures.metricCode(row); });
        return;
    case FigureSortKey::Subject:
        byRank(workspace.subjectRank(), [&](qint32 row) { return figures.subjectCode(row); });
        return;
    case FigureSortKey::Source:
        byRank(workspace.sourceRank(), [&](qint32 row) { return figures.sourceCode(row); });
        return;
    case FigureSortKey::Quote:
        byRank(workspace.quoteRanks(), [](qint32 row) { return row; });
        return;
    case FigureSortKey::Id: {
        // Ids are short and unique: one refinement level settles nearly all of them.
        const std::vector<qint32> ranks = textRanks(figures, &FigureTable::idUtf8, 1);
        byRank(ranks, [](qint32 row) { return row; });
        return;
    }
    }
}

std::pair<QDate, QDate> recordDateRange(const Workspace& workspace)
{
    // Julian days: a million figures in a few milliseconds.
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    const FigureTable& figures = workspace.figures();
    for (qsizetype row = 0; row < figures.size(); ++row) {
        first = std::min<qint64>(first, figures.earliestDay(row));
        last = std::max<qint64>(last, figures.latestDay(row));
    }
    for (const Event& event : workspace.events()) {
        if (!event.period.isValid())
            continue;
        first = std::min(first, event.period.earliest().toJulianDay());
        last = std::max(last, event.period.latest().toJulianDay());
    }
    if (first > last)
        return {};
    return { QDate::fromJulianDay(first), QDate::fromJulianDay(last) };
}

std::vector<qint32> filterEvents(const Workspace& workspace, const RecordFilter& filter)
{
    std::vector<qint32> indexes;
    if (!filter.metric.isEmpty()) // a metric narrows to figures only
        return indexes;
    const QString needle = filter.text.trimmed();
    const QList<Event>& events = workspace.events();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const Event& e = events.at(i);
        if (filter.category && e.category != *filter.category)
            continue;
        if (filter.eventStatus && e.status != *filter.eventStatus)
            continue;
        if (!overlapsRange(e.period.earliest().toJulianDay(), e.period.latest().toJulianDay(), filter))
            continue;
        if (!filter.subject.isEmpty() && !e.actors.contains(filter.subject))
            continue;
        if (!filter.sourceId.isEmpty()
            && std::none_of(e.citations.cbegin(), e.citations.cend(),
                [&](const Citation& c) { return c.sourceId == filter.sourceId; }))
            continue;
        if (!needle.isEmpty()) {
            const auto has = [&](const QString& text) { return text.contains(needle, Qt::CaseInsensitive); };
            const bool found = has(e.title) || has(e.summary) || has(e.location) || has(e.id)
                || std::any_of(e.actors.cbegin(), e.actors.cend(), has)
                || std::any_of(
                    e.citations.cbegin(), e.citations.cend(), [&](const Citation& c) { return has(c.quote); });
            if (!found)
                continue;
        }
        indexes.push_back(static_cast<qint32>(i));
    }
    return indexes;
}

void sortEvents(const Workspace& workspace, std::vector<qint32>& indexes, EventSortKey key, Qt::SortOrder order)
{
    const QList<Event>& events = workspace.events();
    if (key == EventSortKey::Period || key == EventSortKey::Category) {
        std::vector<std::pair<qint64, qint32>> keyed(indexes.size());
        for (size_t i = 0; i < indexes.size(); ++i) {
            const Event& e = events.at(indexes[i]);
            keyed[i] = { key == EventSortKey::Category
                    ? static_cast<qint64>(e.category)
                    : (e.period.earliest().toJulianDay() << 32) + e.period.latest().toJulianDay(),
                indexes[i] };
        }
        sortByKey(keyed, indexes, order);
        return;
    }
    QCollator collator(QLocale::c());
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    const auto textOf = [&](qint32 index) -> QString {
        const Event& e = events.at(index);
        if (key == EventSortKey::Title)
            return e.title;
        if (key == EventSortKey::Location)
            return e.location;
        const Source* source = e.citations.isEmpty() ? nullptr : workspace.source(e.citations.first().sourceId);
        return source ? workspace.sourceLabel(*source) : QString();
    };
    std::vector<std::pair<QString, qint32>> keyed(indexes.size());
    for (size_t i = 0; i < indexes.size(); ++i)
        keyed[i] = { textOf(indexes[i]), indexes[i] };
    std::stable_sort(keyed.begin(), keyed.end(), [&](const auto& a, const auto& b) {
        const int c = collator.compare(a.first, b.first);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    for (size_t i = 0; i < keyed.size(); ++i)
        indexes[i] = keyed[i].second;
}

} // namespace crisis::core
