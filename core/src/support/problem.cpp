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

QString problemKindName(Problem::Kind kind)
{
    switch (kind) {
    case Problem::Kind::EmptyFile:
        return QStringLiteral("empty-file");
    case Problem::Kind::Encoding:
        return QStringLiteral("encoding");
    case Problem::Kind::Syntax:
        return QStringLiteral("syntax");
    case Problem::Kind::LimitExceeded:
        return QStringLiteral("limit-exceeded");
    case Problem::Kind::UnsupportedFormat:
        return QStringLiteral("unsupported-format");
    case Problem::Kind::MissingField:
        return QStringLiteral("missing-field");
    case Problem::Kind::InvalidValue:
        return QStringLiteral("invalid-value");
    case Problem::Kind::InvalidDate:
        return QStringLiteral("invalid-date");
    case Problem::Kind::ColumnMapping:
        return QStringLiteral("column-mapping");
    case Problem::Kind::UnknownReference:
        return QStringLiteral("unknown-reference");
    case Problem::Kind::DuplicateId:
        return QStringLiteral("duplicate-id");
    case Problem::Kind::Conflict:
        return QStringLiteral("conflict");
    case Problem::Kind::ParentCycle:
        return QStringLiteral("parent-cycle");
    case Problem::Kind::StillReferenced:
        return QStringLiteral("still-referenced");
    case Problem::Kind::QuoteNotFound:
        return QStringLiteral("quote-not-found");
    case Problem::Kind::NothingToImport:
        return QStringLiteral("nothing-to-import");
    case Problem::Kind::Ignored:
        return QStringLiteral("ignored");
    case Problem::Kind::AlreadyImported:
        return QStringLiteral("already-imported");
    case Problem::Kind::NewMetric:
        return QStringLiteral("new-metric");
    case Problem::Kind::MoreProblems:
        return QStringLiteral("more-problems");
    case Problem::Kind::Io:
        return QStringLiteral("io");
    case Problem::Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

bool hasErrors(const QList<Problem>& problems)
{
    return std::any_of(
        problems.cbegin(), problems.cend(), [](const Problem& p) { return p.severity == Problem::Severity::Error; });
}

} // namespace crisis::core
