#pragma once

#include <QString>
#include <QStringView>

#include <functional>
#include <vector>

namespace crisis::core {

/// The rule every importer and every edit keeps for the figures that break others down: no figure is its own
/// ancestor. Among `count` figures (their ids and parent ids given by index; an empty parent is none), the indexes
/// of those on a cycle of parents (one breaking itself down included), in index order. Parents outside the list end
/// a chain: the figures already stored form no cycle, and new ones cannot be their parents' parents. Linear in
/// count, however long the chains.
std::vector<qsizetype> figuresOnParentCycles(
    qsizetype count, const std::function<QString(qsizetype)>& idOf, const std::function<QString(qsizetype)>& parentOf);

} // namespace crisis::core
