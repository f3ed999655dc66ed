#pragma once

#include <crisis/core/dataset.h>
#include <crisis/core/metricregistry.h>

#include <QByteArray>

namespace crisis::app {

enum class ListFormat { Table, Csv, Json };

/// Listings of a dataset as `crisis-timeline list` prints them.
QByteArray listFigures(const core::Dataset& dataset, const core::MetricRegistry& registry, ListFormat format);
QByteArray listEvents(const core::Dataset& dataset, ListFormat format);
QByteArray listSources(const core::Dataset& dataset, ListFormat format);

} // namespace crisis::app
