#include <crisis/core/model/dataset.h>

#include <algorithm>

namespace crisis::core {

const Source* Dataset::findSource(QStringView id) const
{
    const auto it = std::find_if(sources.cbegin(), sources.cend(), [id](const Source& s) { return s.id == id; });
    return it == sources.cend() ? nullptr : &*it;
}

const Figure* Dataset::findFigure(QStringView id) const
{
    const auto it = std::find_if(figures.cbegin(), figures.cend(), [id](const Figure& f) { return f.id == id; });
    return it == figures.cend() ? nullptr : &*it;
}

} // namespace crisis::core
