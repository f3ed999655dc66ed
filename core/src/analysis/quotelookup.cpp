#include <crisis/core/analysis/quotelookup.h>
#include <crisis/core/support/textoffsets.h>

namespace crisis::core {

QuoteLookup lookUpQuote(const std::optional<QString>& text, const QString& quote, qint64 offset)
{
    if (!text || quote.isEmpty())
        return {};
    const qsizetype at = utf16IndexOfCodePoint(*text, offset);
    if (at >= 0 && QStringView(*text).mid(at).startsWith(quote))
        return { QuoteLookup::Result::AtOffset, offset };
    const qsizetype found = text->indexOf(quote);
    if (found < 0)
        return { QuoteLookup::Result::NotFound, -1 };
    return { QuoteLookup::Result::Elsewhere, codePointOffsetOfIndex(*text, found) };
}

} // namespace crisis::core
