#include <crisis/core/model/figureparents.h>

#include <QHash>

namespace crisis::core {

std::vector<qsizetype> figuresOnParentCycles(
    qsizetype count, const std::function<QString(qsizetype)>& idOf, const std::function<QString(qsizetype)>& parentOf)
{
    // Every figure on a cycle has a parent: only those figures are looked at, and only their ids made and indexed
    // (most figures of a large import have none, and an id is a string made from the table's text each time).
    std::vector<qsizetype> rows;
    std::vector<QString> parentIds;
    for (qsizetype i = 0; i < count; ++i) {
        QString id = parentOf(i);
        if (!id.isEmpty()) {
            rows.push_back(i);
            parentIds.push_back(std::move(id));
        }
    }
    const auto n = rows.size();
    QHash<QString, size_t> indexOf;
    indexOf.reserve(static_cast<qsizetype>(n));
    for (size_t k = 0; k < n; ++k)
        indexOf.insert(idOf(rows[k]), k); // with duplicate ids the last wins: duplicates are refused on their own
    constexpr size_t none = static_cast<size_t>(-1);
    std::vector<size_t> parent(n, none);
    for (size_t k = 0; k < n; ++k)
        parent[k] = indexOf.value(parentIds[k], none); // a parent without a parent of its own ends the chain
    // Each chain walked once: a figure is unvisited, on the chain being walked, or done.
    enum : quint8 { Unvisited, OnChain, Done };
    std::vector<quint8> state(n, Unvisited);
    std::vector<bool> onCycle(n, false);
    std::vector<size_t> chain;
    for (size_t start = 0; start < n; ++start) {
        chain.clear();
        size_t at = start;
        while (at != none && state[at] == Unvisited) {
            state[at] = OnChain;
            chain.push_back(at);
            at = parent[at];
        }
        if (at != none && state[at] == OnChain) {
            // The chain came back to a figure on it: from there on, it is a cycle.
            for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
                onCycle[*it] = true;
                if (*it == at)
                    break;
            }
        }
        for (const size_t k : chain)
            state[k] = Done;
    }
    std::vector<qsizetype> found;
    for (size_t k = 0; k < n; ++k) {
        if (onCycle[k])
            found.push_back(rows[k]); // rows are in index order
    }
    return found;
}

} // namespace crisis::core
