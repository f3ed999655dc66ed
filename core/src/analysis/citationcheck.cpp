#include <crisis/core/analysis/citationcheck.h>
#include <crisis/core/analysis/quotelookup.h>
#include <crisis/core/analysis/sourcetextcache.h>
#include <crisis/core/support/numberscanner.h>

#include <QHash>
#include <QSet>

#include <algorithm>

namespace crisis::core {

QString CitationIssue::toString() const
{
    const QString where = document + u'@' + QString::number(offset);
    switch (kind) {
    case Kind::DocumentMissing:
        return recordId + QStringLiteral(": ") + document + QStringLiteral(": the document is not in the folder");
    case Kind::DocumentUnreadable:
        return recordId + QStringLiteral(": ") + document
            + (detail.isEmpty() ? QStringLiteral(": cannot be read as UTF-8 text") : QStringLiteral(": ") + detail);
    case Kind::DocumentNotAFileName:
        return recordId + QStringLiteral(": ") + document
            + QStringLiteral(": not a file name (a document is a file in the folder, never a path): not read");
    case Kind::DocumentChanged:
        return recordId + QStringLiteral(": ") + document
            + QStringLiteral(": warning: the text differs from the one the dataset was built from (SHA-256)");
    case Kind::QuoteNotAtOffset:
        return recordId + QStringLiteral(": ") + where
            + QStringLiteral(": the quote is not at its offset (it stands at %1)").arg(foundAt);
    case Kind::QuoteNotFound:
        return recordId + QStringLiteral(": ") + where + QStringLiteral(": the quote is not in the text");
    case Kind::ValueNotInQuote:
        return recordId + QStringLiteral(": ") + where
            + QStringLiteral(": the figure's value is not written in its quote");
    }
    return recordId;
}

int CitationReport::errorCount() const
{
    return static_cast<int>(
        std::count_if(issues.cbegin(), issues.cend(), [](const CitationIssue& i) { return i.isError(); }));
}

CitationReport checkCitations(const Dataset& dataset, const QString& sourcesDir)
{
    CitationReport report;
    SourceTextCache texts({ sourcesDir });
    QHash<QString, QString> documentOf;
    QSet<QString> seen;
    for (const Source& source : dataset.sources) {
        documentOf.insert(source.id, source.document);
        if (seen.contains(source.document))
            continue;
        seen.insert(source.document);
        const SourceTextCache::Document& document = texts.document(source.document);
        using Status = SourceTextCache::Document::Status;
        // A document is a file in the folder, never a path: "../../etc/passwd" is not looked up anywhere.
        if (document.status == Status::NotAFileName)
            report.issues.append({ CitationIssue::Kind::DocumentNotAFileName, source.id, source.document, 0, -1, {} });
        else if (document.status == Status::Missing)
            report.issues.append({ CitationIssue::Kind::DocumentMissing, source.id, source.document, 0, -1, {} });
        else if (document.status == Status::Unreadable)
            report.issues.append(
                { CitationIssue::Kind::DocumentUnreadable, source.id, source.document, 0, -1, document.problem });
        else if (!source.textSha256.isEmpty() && document.sha256 != source.textSha256)
            report.issues.append({ CitationIssue::Kind::DocumentChanged, source.id, source.document, 0, -1, {} });
    }

    const auto check = [&](const QString& recordId, const Citation& citation) {
        ++report.citationsChecked;
        const QString document = documentOf.value(citation.sourceId, citation.sourceId);
        const SourceTextCache::Document& source = texts.document(document);
        if (source.status != SourceTextCache::Document::Status::Read)
            return; // reported once for the document
        const QuoteLookup lookup = lookUpQuote(source.text, citation.quote, citation.offset);
        if (lookup.result == QuoteLookup::Result::Elsewhere)
            report.issues.append(
                { CitationIssue::Kind::QuoteNotAtOffset, recordId, document, citation.offset, lookup.foundAt, {} });
        else if (lookup.result != QuoteLookup::Result::AtOffset)
            report.issues.append({ CitationIssue::Kind::QuoteNotFound, recordId, document, citation.offset, -1, {} });
    };

    for (const Figure& figure : dataset.figures) {
        check(figure.id, figure.citation);
        if (!isValueWrittenIn(figure.value, figure.citation.quote))
            report.issues.append({ CitationIssue::Kind::ValueNotInQuote, figure.id,
                documentOf.value(figure.citation.sourceId), figure.citation.offset, -1, {} });
    }
    for (const Event& event : dataset.events) {
        for (const Citation& citation : event.citations)
            check(event.id, citation);
    }
    return report;
}

} // namespace crisis::core
