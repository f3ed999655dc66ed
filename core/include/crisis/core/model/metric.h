#pragma once

#include <QString>

namespace crisis::core {

/// A kind of quantity figures measure, as listed in the metric registry.
struct Metric
{
    enum class Kind : quint8 {
        Flow, ///< counted over a period (homicides, kidnappings): can become a rate
        Stock, ///< holding at a date (personnel deployed, displaced people, funding)
    };

    QString key;
    QString label;
    /// "people", "cases", "USD", "percent", "fraction", "countries", ...
    QString unit;
    Kind kind = Kind::Stock;
    /// The HXL hashtag with attributes, e.g. "#affected+killed".
    QString hxl;

    /// Whether values are counts of something, which are never negative: whatever is counted over a period, and
    /// levels counted in people, cases or countries (not money or shares).
    bool isCount() const { return kind == Kind::Flow || unit == u"people" || unit == u"cases" || unit == u"countries"; }

    friend bool operator==(const Metric& a, const Metric& b)
    {
        return a.key == b.key && a.label == b.label && a.unit == b.unit && a.kind == b.kind && a.hxl == b.hxl;
    }
    friend bool operator!=(const Metric& a, const Metric& b) { return !(a == b); }
};

} // namespace crisis::core
