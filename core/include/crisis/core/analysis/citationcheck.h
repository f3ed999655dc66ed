#pragma once

#include <crisis/core/model/dataset.h>

namespace crisis::core {

/// Something wrong with a citation, found by checking it against its source's text.
struct CitationIssue
{
    enum class Kind : quint8 {
        DocumentMissing, ///< the source's document is not in the folder
        DocumentUnreadable, ///< it cannot be read (detail says why) or is not UTF-8
        DocumentNotAFileName, ///< the source names its document with a path ("../x.txt"), which is never read
        DocumentChanged, ///< its SHA-256 differs from the one recorded (a warning: quotes may still match)
        QuoteNotAtOffset, ///< the quote stands elsewhere in the text (foundAt says where)
        QuoteNotFound, ///< the quote is nowhere in the text
        ValueNotInQuote, ///< a figure's value is not written in its quote
    };

    Kind kind = Kind::QuoteNotFound;
    /// The figure or event (or, for document-level issues, the source) concerned.
    QString recordId;
    QString document;
    qint64 offset = 0;
    qint64 foundAt = -1;
    /// Why a document cannot be read, when it is known.
    QString detail;

    bool isError() const { return kind != Kind::DocumentChanged; }
    /// "fig-000-01: 000_a76563f97d16fe8d.txt@423: the quote is not at its offset (it stands at 431)".
    QString toString() const;
};

struct CitationReport
{
    int citationsChecked = 0;
    QList<CitationIssue> issues;

    int errorCount() const;
};

/// Checks every figure's and event's quote against the text of its source document in `sourcesDir`:
/// that the quote stands at its offset (in code points of the UTF-8 text) and that a figure's value is
/// written in its quote.
CitationReport checkCitations(const Dataset& dataset, const QString& sourcesDir);

} // namespace crisis::core
