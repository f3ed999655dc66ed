#pragma once

#include <crisis/core/support/result.h>

#include <QByteArray>
#include <QSaveFile>
#include <QString>
#include <QStringView>

#include <memory>
#include <optional>

namespace crisis::core {

/// The largest file read whole (a file to import, a source's text): 1 GiB, a third above the largest import
/// measured (a million figures in 360 MB of HXL).
inline constexpr qint64 maxInputFileBytes = qint64(1024) * 1024 * 1024;

/// Reads the whole of a file the user named. Refused up front, with a message naming the file and saying why: no
/// name at all, a file that does not exist, a folder, anything that is not a regular file (a device such as
/// /dev/zero, a FIFO or a socket, which may never end or never start) and a file larger than maxBytes. A file
/// that grows past maxBytes while it is read is refused too; nothing more than maxBytes + 1 is ever read.
Result<QByteArray> readInputFile(const QString& path, qint64 maxBytes = maxInputFileBytes);

/// Whether a document name from data is a plain file name, to be looked up in a folder: not empty, no folder
/// part ("/" or "\"), not "." or "..", no control characters. A name such as "../../etc/passwd" is not one.
bool isPlainFileName(QStringView name);

/// Why no file can be written at path, checked before anything is written: something there that is not a regular
/// file (a folder, a device such as /dev/null, a FIFO or a socket, which a written file would replace), or a folder
/// that does not exist or cannot be written. Empty when a file can be written there.
QString unwritablePath(const QString& path);

/// A file written whole or not at all. It is written under a temporary name beside it (QSaveFile) without a buffer,
/// every write checked to its last byte (a short write on a full disk is an error, not a shorter file), and renamed
/// over path only when complete; on any failure nothing is left, and the error names the file and says why.
class FileWriter
{
public:
    explicit FileWriter(QString path);
    ~FileWriter();
    FileWriter(const FileWriter&) = delete;
    FileWriter& operator=(const FileWriter&) = delete;

    /// Checks the path (unwritablePath) and opens the temporary file; false with error() set when it cannot.
    bool open();
    /// A device for writers that write to one (images, SVG, PDF): every write goes through write(), so a failure
    /// they would not notice (PDF's, a short write) is caught by commit().
    QIODevice* device();
    /// Writes all of bytes; false (with error() set) on a failure, after which nothing more is written.
    bool write(QByteArrayView bytes);
    /// Records a failure met by a writer of the device (commit() then fails with it).
    void fail(const QString& why);
    /// Puts the complete file in place; the first error met when any, and then no file is left.
    Result<void> commit();
    /// The first error met, with the file's name: "cannot write PATH: why".
    Error error() const;
    const QString& path() const { return m_path; }

private:
    class Device;
    QString m_path;
    QSaveFile m_file;
    QString m_why;
    std::unique_ptr<Device> m_device;
};

} // namespace crisis::core
