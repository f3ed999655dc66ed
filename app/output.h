#pragma once

#include <crisis/core/model/dataset.h>
#include <crisis/core/model/metricregistry.h>

#include <QByteArray>

namespace crisis::app {

enum class ListFormat { Table, Csv, Json };

/// Listings of a dataset as `crisis-timeline list` prints them.
QByteArray listFigures(const core::Dataset& dataset, const core::MetricRegistry& registry, ListFormat format);
QByteArray listEvents(const core::Dataset& dataset, ListFormat format);
QByteArray listSources(const core::Dataset& dataset, ListFormat format);

} // namespace crisis::app
