#pragma once

#include <QString>

#include <optional>

namespace crisis::core {

/// Where a quote stands in its source's text.
struct QuoteLookup
{
    enum class Result : quint8 {
        Unchecked, ///< the text is not available
        AtOffset, ///< the quote stands at its offset
        Elsewhere, ///< the quote stands elsewhere in the text (foundAt: its first occurrence)
        NotFound, ///< the quote is nowhere in the text
    };
    Result result = Result::Unchecked;
    /// Code point offset where the quote stands; -1 when it is not found.
    qint64 foundAt = -1;
};

/// Looks for a quote at its offset (in code points of the text), else anywhere in the text; Unchecked without a
/// text or a quote.
QuoteLookup lookUpQuote(const std::optional<QString>& text, const QString& quote, qint64 offset);

} // namespace crisis::core
