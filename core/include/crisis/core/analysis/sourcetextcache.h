#pragma once

#include <crisis/core/model/source.h>

#include <QHash>
#include <QStringList>

#include <optional>

namespace crisis::core {

/// The texts of sources' documents, read from folders when first asked for and kept. A document name is a
/// file name, never a path: a name with a folder in it, or "..", is not looked for.
class SourceTextCache
{
public:
    /// A document as read.
    struct Document
    {
        enum class Status : quint8 {
            Missing, ///< no folder has it
            NotAFileName, ///< its name has a folder in it, or is "." or "..": not looked for
            Unreadable, ///< it cannot be read (problem says why), is too large, or is not UTF-8
            Read,
        };
        Status status = Status::Missing;
        /// Why an unreadable document could not be read, when the file system said.
        QString problem;
        /// The UTF-8 text, decoded; offsets into it count its code points, a byte order mark included.
        QString text;
        /// SHA-256 of the file's bytes, in hex.
        QString sha256;
    };

    /// Looks in the folders in order (empty ones are skipped).
    explicit SourceTextCache(QStringList folders = {});

    /// The document of that name from the first folder that has it.
    const Document& document(const QString& name);
    /// The text of a source's document, when one can be read.
    std::optional<QString> text(const Source& source);

    /// The largest document read, in bytes: source texts are articles and reports, not databases.
    static constexpr qint64 largestDocument = qint64(64) * 1024 * 1024;

private:
    QStringList m_folders;
    QHash<QString, Document> m_documents;
};

} // namespace crisis::core
