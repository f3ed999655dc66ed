#pragma once

#include <crisis/core/columnar/snapshot.h>

namespace crisis::core {

/// What syntheticSnapshot() makes.
struct SyntheticOptions
{
    qint64 figures = 1000;
    qint64 events = 100;
    /// Same seed, same data.
    quint64 seed = 1;
};

/// A synthetic but realistic dataset for benchmarks and demos: many subjects and every metric, periods and
/// dates spread over 1990-2025 at day, month and year precision, qualifiers, breakdowns, inferred dates and
/// conflicting reports, and quotes of realistic length that write their value. Ids start with "syn-".
Snapshot syntheticSnapshot(const SyntheticOptions& options);

} // namespace crisis::core
