#pragma once

#include <crisis/core/model/partialdate.h>

namespace crisis::core {

/// A document that figures and events are quoted from: a news article, a report, an imported file.
struct Source
{
    QString id;
    /// The document's file name (e.g. "000_a76563f97d16fe8d.txt"); quotes are located in its text.
    QString document;
    /// SHA-256 of the document's bytes, hex, so a changed text is noticed; empty if unknown.
    QString textSha256;
    /// The publishing outlet as stated; empty when the document does not name it.
    QString outlet;
    /// The headline as stated; empty when the document has none.
    QString title;
    /// Our own one-line description, used where there is no title.
    QString description;
    QString author;
    PartialDate published;
    /// True when the publication date is not stated in the document but inferred; publishedNote says how.
    bool publishedInferred = false;
    QString publishedNote;
    QString url;

    friend bool operator==(const Source& a, const Source& b)
    {
        return a.id == b.id && a.document == b.document && a.textSha256 == b.textSha256 && a.outlet == b.outlet
            && a.title == b.title && a.description == b.description && a.author == b.author
            && a.published == b.published && a.publishedInferred == b.publishedInferred
            && a.publishedNote == b.publishedNote && a.url == b.url;
    }
    friend bool operator!=(const Source& a, const Source& b) { return !(a == b); }
};

} // namespace crisis::core
