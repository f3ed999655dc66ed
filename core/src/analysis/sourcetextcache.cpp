#include <crisis/core/analysis/sourcetextcache.h>
#include <crisis/core/support/textoffsets.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace crisis::core {

namespace {

bool isFileName(const QString& name)
{
    return !name.isEmpty() && !name.contains(u'/') && !name.contains(u'\\') && name != u"." && name != u"..";
}

} // namespace

SourceTextCache::SourceTextCache(QStringList folders)
    : m_folders(std::move(folders))
{ }

const SourceTextCache::Document& SourceTextCache::document(const QString& name)
{
    if (const auto it = m_documents.constFind(name); it != m_documents.cend())
        return *it;
    Document document;
    for (const QString& folder : std::as_const(m_folders)) {
        if (folder.isEmpty() || !isFileName(name))
            continue;
        const QString path = QDir(folder).filePath(name);
        const QFileInfo info(path);
        if (!info.exists())
            continue;
        // Found but not readable here: another folder may have it readable.
        document.status = Document::Status::Unreadable;
        QFile file(path);
        if (!info.isFile() || info.size() > largestDocument || !file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.read(largestDocument + 1);
        auto text = bytes.size() <= largestDocument ? decodeUtf8Strict(bytes) : std::nullopt;
        if (!text)
            continue;
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
