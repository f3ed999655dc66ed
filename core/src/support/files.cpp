#include <crisis/core/support/files.h>
#include <crisis/core/support/textoffsets.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <filesystem>
#include <system_error>

namespace crisis::core {

namespace {

QString sizeInWords(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat);
}

} // namespace

Result<QByteArray> readInputFile(const QString& path, qint64 maxBytes)
{
    const auto refuse = [&](const QString& why) {
        return Error { Error::Code::Io,
            path.isEmpty() ? why : QStringLiteral("cannot read %1: %2").arg(QDir::toNativeSeparators(path), why) };
    };
    if (path.isEmpty())
        return refuse(QStringLiteral("no file name given"));
    // What the name stands for, through any symbolic link: only a regular file has an end to read to.
    std::error_code error;
    const std::filesystem::file_status status = std::filesystem::status(QFile::encodeName(path).toStdString(), error);
    if (status.type() == std::filesystem::file_type::not_found)
        return refuse(QStringLiteral("no such file"));
    if (error)
        return refuse(QString::fromStdString(error.message()));
    if (status.type() == std::filesystem::file_type::directory)
        return refuse(QStringLiteral("it is a folder, not a file"));
    if (status.type() != std::filesystem::file_type::regular)
        return refuse(QStringLiteral("not a regular file (a device, a pipe or a socket): only files are read"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(file.errorString());
    const QString tooLarge = QStringLiteral("larger than %1, the most a file may hold (%2 bytes)")
                                 .arg(sizeInWords(maxBytes), QLocale(QLocale::English).toString(maxBytes));
    if (file.size() > maxBytes)
        return refuse(tooLarge);
    // Read to the end, but never more than the limit allows, even if the file grows meanwhile.
    QByteArray bytes;
    bytes.reserve(file.size());
    constexpr qint64 chunk = 4 * 1024 * 1024;
    for (;;) {
        const qint64 want = std::min(chunk, maxBytes + 1 - bytes.size());
        const QByteArray part = file.read(want);
        if (part.isEmpty()) {
            if (file.error() != QFileDevice::NoError)
                return refuse(file.errorString());
            break;
        }
        bytes += part;
        if (bytes.size() > maxBytes)
            return refuse(tooLarge);
    }
    return bytes;
}

bool isPlainFileName(QStringView name)
{
    if (name.isEmpty() || name == u"." || name == u"..")
        return false;
    for (const QChar c : name) {
        if (c == u'/' || c == u'\\' || c.unicode() < 0x20 || c.unicode() == 0x7F)
            return false;
    }
    return true;
}

QString unwritablePath(const QString& path)
{
    if (path.isEmpty())
        return QStringLiteral("no file name given");
    std::error_code error;
    const std::filesystem::file_status status = std::filesystem::status(QFile::encodeName(path).toStdString(), error);
    if (status.type() == std::filesystem::file_type::directory)
        return QStringLiteral("it is a folder");
    if (status.type() != std::filesystem::file_type::not_found && status.type() != std::filesystem::file_type::regular)
        return QStringLiteral("not a regular file (a device, a pipe or a socket), which a file written here would "
                              "replace");
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.exists())
        return QStringLiteral("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.filePath()));
    if (!folder.isDir())
        return QStringLiteral("%1 is not a folder").arg(QDir::toNativeSeparators(folder.filePath()));
    if (!folder.isWritable())
        return QStringLiteral("the folder %1 is not writable").arg(QDir::toNativeSeparators(folder.filePath()));
    return {};
}

// Hands every write to the writer's write(): what a PDF engine or an image writer writes is checked to the last
// byte, and the first failure is kept for commit().
class FileWriter::Device : public QIODevice
{
public:
    explicit Device(FileWriter* writer)
        : m_writer(writer)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 length) override
    {
        if (m_writer->write(QByteArrayView(data, static_cast<qsizetype>(length))))
            return length;
        setErrorString(m_writer->m_why);
        return -1;
    }

private:
    FileWriter* m_writer;
};

FileWriter::FileWriter(QString path)
    : m_path(std::move(path))
    , m_file(m_path)
{ }

FileWriter::~FileWriter() = default;

QIODevice* FileWriter::device()
{
    if (!m_device)
        m_device = std::make_unique<Device>(this);
    return m_device.get();
}

bool FileWriter::open()
{
    if (const QString why = unwritablePath(m_path); !why.isEmpty()) {
        fail(why);
        return false;
    }
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        fail(m_file.errorString());
        return false;
    }
    return true;
}

bool FileWriter::write(QByteArrayView bytes)
{
    if (!m_why.isEmpty())
        return false;
    if (!m_file.isOpen()) {
        fail(QStringLiteral("the file is not open"));
        return false;
    }
    qsizetype done = 0;
    while (done < bytes.size()) {
        const qint64 written = m_file.write(bytes.data() + done, bytes.size() - done);
        if (written <= 0) {
            fail(m_file.errorString());
            return false;
        }
        done += written;
    }
    return true;
}

void FileWriter::fail(const QString& why)
{
    if (m_why.isEmpty())
        m_why = why.isEmpty() ? QStringLiteral("unknown error") : why;
}

Result<void> FileWriter::commit()
{
    if (m_why.isEmpty() && m_file.isOpen() && m_file.error() != QFileDevice::NoError)
        fail(m_file.errorString());
    if (m_why.isEmpty() && !m_file.isOpen())
        fail(QStringLiteral("the file is not open"));
    if (!m_why.isEmpty()) {
        if (m_file.isOpen()) {
            m_file.cancelWriting();
            (void)m_file.commit(); // removes the temporary file, as cancelled
        }
        return error();
    }
    if (!m_file.commit()) {
        fail(m_file.errorString());
        return error();
    }
    return {};
}

Error FileWriter::error() const
{
    return Error { Error::Code::Io,
        QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), m_why) };
}

} // namespace crisis::core
