#include <crisis/core/model/vocabulary.h>

#include <array>
#include <utility>

namespace crisis::core {

namespace {

constexpr std::array statusKeys {
    std::pair { FigureStatus::Actual, u"actual" },
    std::pair { FigureStatus::Pledged, u"pledged" },
    std::pair { FigureStatus::Target, u"target" },
    std::pair { FigureStatus::ProposedTarget, u"proposed_target" },
    std::pair { FigureStatus::Estimate, u"estimate" },
};

constexpr std::array eventStatusKeys {
    std::pair { EventStatus::Occurred, u"occurred" },
    std::pair { EventStatus::Expected, u"expected" },
    std::pair { EventStatus::Proposed, u"proposed" },
};

constexpr std::array categoryKeys {
    std::pair { EventCategory::SecurityDeployment, u"security_deployment" },
    std::pair { EventCategory::Violence, u"violence" },
    std::pair { EventCategory::Humanitarian, u"humanitarian" },
    std::pair { EventCategory::Political, u"political" },
    std::pair { EventCategory::Diplomatic, u"diplomatic" },
    std::pair { EventCategory::Funding, u"funding" },
    std::pair { EventCategory::Other, u"other" },
};

constexpr std::array qualifiers {
    std::pair { u"", ValueBound::Exact },
    std::pair { u"only", ValueBound::Exact },
    std::pair { u"exactly", ValueBound::Exact },
    std::pair { u"about", ValueBound::Approximate },
    std::pair { u"approximately", ValueBound::Approximate },
    std::pair { u"around", ValueBound::Approximate },
    std::pair { u"roughly", ValueBound::Approximate },
    std::pair { u"some", ValueBound::Approximate },
    std::pair { u"nearly", ValueBound::Approximate },
    std::pair { u"almost", ValueBound::Approximate },
    std::pair { u"close to", ValueBound::Approximate },
    std::pair { u"estimated", ValueBound::Approximate },
    std::pair { u"an estimated", ValueBound::Approximate },
    std::pair { u"only about", ValueBound::Approximate },
    std::pair { u"over", ValueBound::LowerBound },
    std::pair { u"more than", ValueBound::LowerBound },
    std::pair { u"at least", ValueBound::LowerBound },
    std::pair { u"above", ValueBound::LowerBound },
    std::pair { u"in excess of", ValueBound::LowerBound },
    // The low end of a range ("between 300 and 400"); its high end is recorded as "up to".
    std::pair { u"between", ValueBound::LowerBound },
    std::pair { u"up to", ValueBound::UpperBound },
    std::pair { u"at most", ValueBound::UpperBound },
    std::pair { u"fewer than", ValueBound::UpperBound },
    std::pair { u"less than", ValueBound::UpperBound },
    std::pair { u"under", ValueBound::UpperBound },
};

template<typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char16_t*>, N>& table, Enum value)
{
    for (const auto& [e, key] : table) {
        if (e == value)
            return QString::fromUtf16(key);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char16_t*>, N>& table, QStringView key)
{
    for (const auto& [e, k] : table) {
        if (key == QStringView(k))
            return e;
    }
    return std::nullopt;
}

// Every value of a table, in its order.
template<typename Enum, std::size_t N>
QList<Enum> valuesOf(const std::array<std::pair<Enum, const char16_t*>, N>& table)
{
    QList<Enum> all;
    for (const auto& entry : table)
        all.append(entry.first);
    return all;
}

} // namespace

QString statusKey(FigureStatus status)
{
    return keyOf(statusKeys, status);
}

std::optional<FigureStatus> statusFromKey(QStringView key)
{
    return valueOf(statusKeys, key);
}

QList<FigureStatus> allStatuses()
{
    return valuesOf(statusKeys);
}

QString eventStatusKey(EventStatus status)
{
    return keyOf(eventStatusKeys, status);
}

std::optional<EventStatus> eventStatusFromKey(QStringView key)
{
    return valueOf(eventStatusKeys, key);
}

QList<EventStatus> allEventStatuses()
{
    return valuesOf(eventStatusKeys);
}

QString categoryKey(EventCategory category)
{
    return keyOf(categoryKeys, category);
}

std::optional<EventCategory> categoryFromKey(QStringView key)
{
    return valueOf(categoryKeys, key);
}

QList<EventCategory> allCategories()
{
    QList<EventCategory> all;
    for (const auto& entry : categoryKeys)
        all.append(entry.first);
    return all;
}

std::optional<ValueBound> qualifierBound(QStringView qualifier)
{
    const QString normalized = qualifier.trimmed().toString().toLower().simplified();
    for (const auto& [text, bound] : qualifiers) {
        if (normalized == QStringView(text))
            return bound;
    }
    return std::nullopt;
}

QList<QString> knownQualifiers()
{
    QList<QString> all;
    for (const auto& entry : qualifiers)
        all.append(QString::fromUtf16(entry.first));
    return all;
}

} // namespace crisis::core
