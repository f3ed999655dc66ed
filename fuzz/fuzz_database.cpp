// A database file, opened as the app opens one: by a command that reads (OpenMode::ReadOnly), then by the window
// (OpenMode::Existing, which may migrate it and writes to it), each time read whole, and the second time written to.
// Whatever the bytes: nothing crashes, hangs or leaks; every error names the file; a read-only open leaves the file
// byte for byte as it was, with nothing made beside it.
//
// The input is written to a file in a folder of its own (in /dev/shm when there is one). Seeds: fuzz/seeds/database
// (small databases of ours, in pages of 512 bytes so they fit the fuzzer's inputs); dictionary:
// fuzz/dict/database.dict.

#include <crisis/core/storage/openrepository.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

using namespace crisis::core;

[[noreturn]] void fail(const char* what, const QString& detail = {})
{
    std::fprintf(stderr, "fuzz invariant broken: %s %s\n", what, qUtf8Printable(detail));
    std::abort();
}

QString folder;

void checkError(const Error& error, const QString& file)
{
    if (error.message.isEmpty())
        fail("an error without a message");
    if (!error.message.contains(file))
        fail("an error that does not name the file:", error.message);
}

QStringList entries()
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    const QByteArray base = QDir(QStringLiteral("/dev/shm")).exists() ? "/dev/shm" : "/tmp";
    QByteArray name = base + "/crisis-fuzz-database-XXXXXX";
    if (!::mkdtemp(name.data()))
        fail("cannot make a temporary folder");
    folder = QFile::decodeName(name);
    std::atexit([] { QDir(folder).removeRecursively(); });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (const QString& name : entries())
        QFile::remove(folder + u'/' + name);
    const QString file = folder + QStringLiteral("/fuzz.sqlite");
    {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            fail("cannot write the input");
    }
    const StoreLocation location = StoreLocation::file(file);

    // As a command that reads: the file is left as it was, and nothing beside it.
    {
        auto opened = openRepository(location, OpenMode::ReadOnly);
        if (!opened) {
            checkError(opened.error(), file);
        } else {
            if (!opened.value()->isReadOnly())
                fail("a read-only open that writes");
            if (auto catalog = opened.value()->loadCatalog(); !catalog)
                checkError(catalog.error(), file);
            if (auto snapshot = opened.value()->loadSnapshot(); !snapshot)
                checkError(snapshot.error(), file);
            if (auto saved = opened.value()->saveStory({ QStringLiteral("s"), QStringLiteral("S"), {} }); saved)
                fail("a read-only store took a write");
        }
    }
    {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly) || in.readAll() != bytes)
            fail("a read-only open changed the file");
    }
    if (entries() != QStringList { QStringLiteral("fuzz.sqlite") })
        fail("a read-only open left files:", entries().join(u' '));

    // As the window: it may bring the database to this version, and writes to it.
    {
        auto opened = openRepository(location, OpenMode::Existing);
        if (!opened) {
            checkError(opened.error(), file);
        } else {
            if (auto snapshot = opened.value()->loadSnapshot(); !snapshot)
                checkError(snapshot.error(), file);
            ChangeSet change;
            Source source;
            source.id = QStringLiteral("fuzz-source");
            source.document = QStringLiteral("fuzz.txt");
            source.outlet = QStringLiteral("Fuzz");
            change.putSources = { source };
            change.removeFigures = { QStringLiteral("fig-000-01") };
            if (auto applied = opened.value()->apply(change); !applied)
                checkError(applied.error(), file);
            if (auto saved = opened.value()->saveStory({ QStringLiteral("s"), QStringLiteral("S"), {} }); !saved)
                checkError(saved.error(), file);
        }
    }
    // Refused or closed, it leaves no journal beside it (a backup before a migration may stay).
    for (const QString& name : entries()) {
        if (name != u"fuzz.sqlite" && !name.endsWith(u".bak"))
            fail("files left beside the database:", entries().join(u' '));
    }
    return 0;
}
