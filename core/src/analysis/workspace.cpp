#include <crisis/core/analysis/displayformat.h>
#include <crisis/core/analysis/recordquery.h>
#include <crisis/core/analysis/workspace.h>

#include <QCollator>

#include <algorithm>
#include <numeric>

namespace crisis::core {

namespace {

// Rank of each entry when the labels are sorted in natural, case-insensitive order.
std::vector<qint32> ranksOf(const QStringList& labels)
{
    QCollator collator(QLocale::c());
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::vector<qint32> order(static_cast<size_t>(labels.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [&](qint32 a, qint32 b) { return collator.compare(labels.at(a), labels.at(b)) < 0; });
    std::vector<qint32> rank(order.size());
    for (size_t i = 0; i < order.size(); ++i)
        rank[static_cast<size_t>(order[i])] = static_cast<qint32>(i);
    return rank;
}

} // namespace

std::shared_ptr<const Workspace> Workspace::build(Snapshot snapshot, StoreLocation location)
{
    std::shared_ptr<Workspace> w(new Workspace);
    w->m_location = std::move(location);
    w->m_data = std::move(snapshot);
    w->m_metrics = MetricRegistry::builtIn();
    for (const Metric& metric : std::as_const(w->m_data.metrics))
        w->m_metrics.insert(metric);
    const FigureTable& figures = w->m_data.figures;

    for (qsizetype i = 0; i < w->m_data.sources.size(); ++i)
        w->m_sourceIndex.insert(w->m_data.sources.at(i).id, i);
    for (qsizetype i = 0; i < w->m_data.events.size(); ++i)
        w->m_eventIndex.insert(w->m_data.events.at(i).id, i);

    QStringList metricLabels;
    for (qsizetype code = 0; code < figures.metrics().size(); ++code) {
        const Metric* metric = w->m_metrics.find(figures.metrics().text(static_cast<quint32>(code)));
        w->m_metricOfCode.push_back(metric);
        metricLabels.append(metric ? metricLabel(*metric) : figures.metrics().text(static_cast<quint32>(code)));
    }
    w->m_metricRank = ranksOf(metricLabels);
    QStringList subjects;
    for (qsizetype code = 0; code < figures.subjects().size(); ++code)
        subjects.append(figures.subjects().text(static_cast<quint32>(code)));
    w->m_subjectRank = ranksOf(subjects);
    QStringList sourceLabels;
    for (qsizetype code = 0; code < figures.sources().size(); ++code) {
        const QString& id = figures.sources().text(static_cast<quint32>(code));
        const qsizetype index = w->m_sourceIndex.value(id, -1);
        w->m_sourceIndexOfCode.push_back(index);
        sourceLabels.append(index >= 0 ? w->sourceLabel(w->m_data.sources.at(index)) : id);
    }
    w->m_sourceRank = ranksOf(sourceLabels);

    w->m_conflicts = findConflicts(figures, w->m_metrics);
    w->m_conflictOfRow.assign(static_cast<size_t>(figures.size()), -1);
    for (qsizetype g = 0; g < w->m_conflicts.size(); ++g)
        for (const qsizetype row : w->m_conflicts.at(g).rows)
            w->m_conflictOfRow[static_cast<size_t>(row)] = static_cast<qint32>(g);
    return w;
}

const Source* Workspace::source(QStringView id) const
{
    const qsizetype index = m_sourceIndex.value(id.toString(), -1);
    return index < 0 ? nullptr : &m_data.sources.at(index);
}

const Source* Workspace::sourceOf(qsizetype row) const
{
    const qsizetype index = m_sourceIndexOfCode[m_data.figures.sourceCode(row)];
    return index < 0 ? nullptr : &m_data.sources.at(index);
}

QString Workspace::sourceLabel(const Source& source) const
{
    const QString name = !source.outlet.isEmpty() ? source.outlet
        : !source.title.isEmpty()                 ? source.title
                                                  : source.description;
    const QString date = formatDate(source.published);
    return date.isEmpty() ? name : name + QStringLiteral(", ") + date;
}

const std::vector<qint32>& Workspace::quoteRanks() const
{
    std::call_once(m_quoteRanksOnce, [this] { m_quoteRanks = textRanks(m_data.figures, &FigureTable::quoteUtf8); });
    return m_quoteRanks;
}

QList<qsizetype> Workspace::figuresCiting(QStringView sourceId) const
{
    QList<qsizetype> rows;
    const qint64 code = m_data.figures.sources().find(sourceId);
    if (code < 0)
        return rows;
    for (qsizetype row = 0; row < m_data.figures.size(); ++row) {
        if (m_data.figures.sourceCode(row) == code)
            rows.append(row);
    }
    return rows;
}

QList<qsizetype> Workspace::eventsCiting(QStringView sourceId) const
{
    QList<qsizetype> indexes;
    for (qsizetype i = 0; i < m_data.events.size(); ++i) {
        const auto& citations = m_data.events.at(i).citations;
        if (std::any_of(
                citations.cbegin(), citations.cend(), [&](const Citation& c) { return c.sourceId == sourceId; }))
            indexes.append(i);
    }
    return indexes;
}

} // namespace crisis::core
