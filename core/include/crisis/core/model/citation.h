#pragma once

#include <QString>

namespace crisis::core {

/// A verbatim quote from a source and where it stands in the source's text.
struct Citation
{
    QString sourceId;
    QString quote;
    /// Offset of the quote in the source's UTF-8-decoded text, in Unicode characters (code points) from 0.
    qint64 offset = 0;

    friend bool operator==(const Citation& a, const Citation& b)
    {
        return a.sourceId == b.sourceId && a.quote == b.quote && a.offset == b.offset;
    }
    friend bool operator!=(const Citation& a, const Citation& b) { return !(a == b); }
};

} // namespace crisis::core
