#include <crisis/core/storage/storelocation.h>

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace crisis::core {

StoreLocation StoreLocation::file(const QString& path)
{
    StoreLocation location;
    location.m_kind = Kind::File;
    location.m_path = QFileInfo(path).absoluteFilePath();
    return location;
}

Result<StoreLocation> StoreLocation::parse(const QString& text)
{
    if (text.trimmed().isEmpty())
        return Error { Error::Code::InvalidInput, QStringLiteral("no database was named"), {} };
    return file(text);
}

StoreLocation StoreLocation::defaultLocation()
{
    StoreLocation location = file(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/crisis-timeline.sqlite"));
    location.m_isDefault = true;
    return location;
}

QString StoreLocation::displayName() const
{
    return m_kind == Kind::File ? QFileInfo(m_path).fileName() : QString();
}

QString StoreLocation::toString() const
{
    return QDir::toNativeSeparators(m_path);
}

QString StoreLocation::sourceTextsFolder() const
{
    return m_kind == Kind::File ? QFileInfo(m_path).absolutePath() : QString();
}

bool StoreLocation::canBeCreated() const
{
    return m_kind == Kind::File && QFileInfo(m_path).absoluteDir().exists();
}

} // namespace crisis::core
