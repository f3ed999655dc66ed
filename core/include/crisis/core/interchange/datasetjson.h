#pragma once

#include <crisis/core/model/dataset.h>
#include <crisis/core/model/metricregistry.h>
#include <crisis/core/support/problem.h>
#include <crisis/core/support/textposition.h>

#include <QByteArray>
#include <QHash>

namespace crisis::core {

/// The "format" value of our dataset files, and the newest version we read and write.
inline constexpr QStringView datasetFormatName = u"crisis-timeline-dataset";
inline constexpr int datasetFormatVersion = 1;

/// Reads our own dataset JSON (the format of resources/data/haiti.json, documented in docs/dataset-format.md).
/// Every problem is located at FILE:LINE:COLUMN; metrics must be in `registry` or defined by the file. A figure's
/// parent must be in the file, unless outsideParents is given: then each parent the file does not have is listed
/// there with where the file names it, for the caller to find in the database.
ParseResult<Dataset> readDatasetJson(const QByteArray& json, const QString& fileName,
    const MetricRegistry& registry = MetricRegistry::builtIn(),
    QList<std::pair<QString, TextPosition>>* outsideParents = nullptr);

/// Writes a dataset in the same format, byte for byte stable: reading it back gives the same dataset.
QByteArray writeDatasetJson(const Dataset& dataset);

class JsonWriter;
/// Writes a figure's members as our dataset JSON names them, into an object the caller began; with `document`,
/// the source's document file name follows "source" (as `list figures --format json` gives it).
void writeFigureFields(JsonWriter& out, const Figure& figure, const QString* document = nullptr);
/// Writes a citation's members ("source", optionally "document", "quote", "quote_offset").
void writeCitationFields(JsonWriter& out, const Citation& citation, const QString* document = nullptr);
/// Writes a source's members, and an event's (its actors, citations and charts as arrays), as our dataset JSON names
/// them, into an object the caller began.
void writeSourceFields(JsonWriter& out, const Source& source);
/// With `documents` (source id to document), each citation carries its source's document too.
void writeEventFields(JsonWriter& out, const Event& event, const QHash<QString, QString>* documents = nullptr);
/// One record as a JSON object of its members, as our dataset JSON writes it (what a store's history keeps of a
/// record's values).
QByteArray recordJson(const Figure& figure);
QByteArray recordJson(const Event& event);
QByteArray recordJson(const Source& source);

/// The dataset that ships with the app (Haiti, 2021-2025).
Dataset bundledDataset();

} // namespace crisis::core
