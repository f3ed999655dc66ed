#pragma once

#include <crisis/core/interchange/importing.h>
#include <crisis/core/support/textdecode.h>

namespace crisis::core {

/// A table's columns and first rows as they stand, to show before mapping.
struct TablePreview
{
    QStringList columns;
    /// Each column's HXL hashtag when the table has a hashtag row under its header (blank for a column without).
    QStringList hashtags;
    QList<QStringList> rows;
    /// The line each previewed row starts on.
    QList<int> lines;
    qsizetype rowCount = 0;
};

/// Reads the columns and the first rows of a CSV table (the first record is the header; with an HXL hashtag row,
/// the row above it, and the hashtags name the columns too) or a JSON array of records (objects; their members
/// are the columns).
ParseResult<TablePreview> previewTable(const DecodedText& text, const QString& fileName, int rows = 10);

/// Reads a table as figures with a mapping: each value of each row becomes a figure whose citation is the row
/// as it stands in the file (the file becomes a new source). Empty cells and the usual markers of a missing value
/// ("NA", "n/a", "-", "..") are skipped with a warning; anything else that is not a number is an error.
ParseResult<ImportedData> readTable(const DecodedText& text, const ImportContext& context);

/// Whether UTF-8 text is a JSON array of records (objects).
bool isJsonRecordArray(const QByteArray& utf8);

} // namespace crisis::core
