#include <crisis/core/analysis/sourcetextcache.h>
#include <crisis/core/support/files.h>
#include <crisis/core/support/textoffsets.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace crisis::core {

SourceTextCache::SourceTextCache(QStringList folders)
    : m_folders(std::move(folders))
{ }

const SourceTextCache::Document& SourceTextCache::document(const QString& name)
{
    if (const auto it = m_documents.constFind(name); it != m_documents.cend())
        return *it;
    Document document;
    if (!isPlainFileName(name))
        document.status = Document::Status::NotAFileName;
    for (const QString& folder : std::as_const(m_folders)) {
        if (folder.isEmpty() || document.status == Document::Status::NotAFileName)
            continue;
        const QString path = QDir(folder).filePath(name);
        if (!QFileInfo::exists(path))
            continue;
        // Found but not readable here: another folder may have it readable. Only a regular file of a sane size
        // is read (a document that is /dev/zero is refused, not read until memory runs out).
        document.status = Document::Status::Unreadable;
        const Result<QByteArray> read = readInputFile(path, largestDocument);
        if (!read) {
            document.problem = read.error().message;
            continue;
        }
        const QByteArray& bytes = read.value();
        auto text = decodeUtf8Strict(bytes);
        if (!text) {
            document.problem = QStringLiteral("%1: not UTF-8 text").arg(path);
            continue;
        }
        document.problem.clear();
        document.status = Document::Status::Read;
        document.text = std::move(*text);
        document.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        break;
    }
    return *m_documents.emplace(name, std::move(document));
}

std::optional<QString> SourceTextCache::text(const Source& source)
{
    const Document& read = document(source.document);
    if (read.status != Document::Status::Read)
        return std::nullopt;
    return read.text;
}

} // namespace crisis::core
