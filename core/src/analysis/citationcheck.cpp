#include <crisis/core/analysis/citationcheck.h>
#include <crisis/core/support/files.h>
#include <crisis/core/support/numberscanner.h>
#include <crisis/core/support/textoffsets.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace crisis::core {

namespace {

struct SourceText
{
    bool readable = false;
    QString text;
};

} // namespace

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
    const QDir dir(sourcesDir);
    QHash<QString, SourceText> texts;
    QHash<QString, QString> documentOf;

    for (const Source& source : dataset.sources) {
        documentOf.insert(source.id, source.document);
        if (texts.contains(source.document))
            continue;
        SourceText& entry = texts[source.document];
        // A document is a file in the folder, never a path: "../../etc/passwd" is not looked up anywhere.
        if (!isPlainFileName(source.document)) {
            report.issues.append({ CitationIssue::Kind::DocumentNotAFileName, source.id, source.document, 0, -1, {} });
            continue;
        }
        const QString path = dir.filePath(source.document);
        if (!QFileInfo::exists(path)) {
            report.issues.append({ CitationIssue::Kind::DocumentMissing, source.id, source.document, 0, -1, {} });
            continue;
        }
        // Read only when it is a regular file of a sane size: /dev/zero under a document's name is refused.
        const Result<QByteArray> read = readInputFile(path);
        if (!read) {
            report.issues.append(
                { CitationIssue::Kind::DocumentUnreadable, source.id, source.document, 0, -1, read.error().message });
            continue;
        }
        const QByteArray& bytes = read.value();
        auto text = decodeUtf8Strict(bytes);
        if (!text) {
            report.issues.append({ CitationIssue::Kind::DocumentUnreadable, source.id, source.document, 0, -1, {} });
            continue;
        }
        entry.readable = true;
        entry.text = *text;
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        if (!source.textSha256.isEmpty() && hash != source.textSha256)
            report.issues.append({ CitationIssue::Kind::DocumentChanged, source.id, source.document, 0, -1, {} });
    }

    const auto check = [&](const QString& recordId, const Citation& citation) {
        ++report.citationsChecked;
        const QString document = documentOf.value(citation.sourceId, citation.sourceId);
        const SourceText& source = texts[document];
        if (!source.readable)
            return false; // reported once for the document
        const qsizetype index = utf16IndexOfCodePoint(source.text, citation.offset);
        if (index >= 0 && QStringView(source.text).mid(index).startsWith(citation.quote))
            return true;
        const qsizetype found = source.text.indexOf(citation.quote);
        if (found >= 0)
            report.issues.append({ CitationIssue::Kind::QuoteNotAtOffset, recordId, document, citation.offset,
                codePointOffsetOfIndex(source.text, found), {} });
        else
            report.issues.append({ CitationIssue::Kind::QuoteNotFound, recordId, document, citation.offset, -1, {} });
        return false;
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
