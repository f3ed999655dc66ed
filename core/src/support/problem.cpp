#include <crisis/core/support/problem.h>

#include <algorithm>

namespace crisis::core {

QString Problem::toString() const
{
    QString location = file;
    if (line > 0) {
        location += u':' + QString::number(line);
        if (column > 0)
            location += u':' + QString::number(column);
    }
    const QString prefix = severity == Severity::Warning ? QStringLiteral("warning: ") : QString();
    if (location.isEmpty())
        return prefix + detail;
    return location + QStringLiteral(": ") + prefix + detail;
}

bool hasErrors(const QList<Problem>& problems)
{
    return std::any_of(
        problems.cbegin(), problems.cend(), [](const Problem& p) { return p.severity == Problem::Severity::Error; });
}

} // namespace crisis::core
