#include <crisis/core/model/figureparents.h>

#include <QHash>

namespace crisis::core {

std::vector<qsizetype> figuresOnParentCycles(
    qsizetype count, const std::function<QString(qsizetype)>& idOf, const std::function<QString(qsizetype)>& parentOf)
{
    QHash<QString, qsizetype> indexOf;
    indexOf.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        indexOf.insert(idOf(i), i); // with duplicate ids the last wins: duplicates are refused on their own
    std::vector<qsizetype> parent(static_cast<size_t>(count), -1);
    for (qsizetype i = 0; i < count; ++i) {
        const QString id = parentOf(i);
        if (!id.isEmpty())
            parent[static_cast<size_t>(i)] = indexOf.value(id, -1);
    }
    // Each chain walked once: a figure is unvisited, on the chain being walked, or done.
    enum : quint8 { Unvisited, OnChain, Done };
    std::vector<quint8> state(static_cast<size_t>(count), Unvisited);
    std::vector<bool> onCycle(static_cast<size_t>(count), false);
    std::vector<qsizetype> chain;
    for (qsizetype start = 0; start < count; ++start) {
        chain.clear();
        qsizetype at = start;
        while (at >= 0 && state[static_cast<size_t>(at)] == Unvisited) {
            state[static_cast<size_t>(at)] = OnChain;
            chain.push_back(at);
            at = parent[static_cast<size_t>(at)];
        }
        if (at >= 0 && state[static_cast<size_t>(at)] == OnChain) {
            // The chain came back to a figure on it: from there on, it is a cycle.
            for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
                onCycle[static_cast<size_t>(*it)] = true;
                if (*it == at)
                    break;
            }
        }
        for (const qsizetype i : chain)
            state[static_cast<size_t>(i)] = Done;
    }
    std::vector<qsizetype> found;
    for (qsizetype i = 0; i < count; ++i) {
        if (onCycle[static_cast<size_t>(i)])
            found.push_back(i);
    }
    return found;
}

} // namespace crisis::core
