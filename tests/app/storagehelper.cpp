// A child process for the crash-safety and hostile-database tests: it does one thing to a database and is killed,
// or waited for, by the test.
//
//   crisis-storage-helper hold-lock DB   holds an exclusive lock on DB (as another program writing it would), says
//                                        "locked" on stdout, and lets go when its standard input closes
//   crisis-storage-helper edit DB        applies one change to DB as the window's edits do (Repository::apply):
//                                        2,000 figures added, one replaced, one removed, in one transaction

#include <crisis/core/interchange/datasetjson.h>
#include <crisis/core/storage/openrepository.h>

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <sqlite3.h>

namespace {

int holdLock(const QString& path)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK
        || sqlite3_exec(db, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE", nullptr, nullptr, nullptr)
            != SQLITE_OK) {
        std::fprintf(stderr, "cannot lock %s: %s\n", qUtf8Printable(path), sqlite3_errmsg(db));
        sqlite3_close(db);
        return 1;
    }
    std::puts("locked");
    std::fflush(stdout);
    while (std::getchar() != EOF) { }
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return 0;
}

int edit(const QString& path)
{
    using namespace crisis::core;
    auto repository = openRepository(StoreLocation::file(path), OpenMode::Existing);
    if (!repository) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(repository.error().message));
        return 1;
    }
    const Dataset bundled = bundledDataset();
    ChangeSet change;
    for (int i = 0; i < 2000; ++i) {
        Figure figure = bundled.figures.at(i % bundled.figures.size());
        figure.id = QStringLiteral("edit-%1").arg(i);
        figure.parentId.clear();
        figure.note = QStringLiteral("added by an edit");
        change.putFigures.append(figure);
    }
    Figure replaced = bundled.figures.at(0);
    replaced.value += 1;
    change.putFigures.append(replaced);
    change.removeFigures = { QStringLiteral("fig-001-11") };
    const auto applied = repository.value()->apply(change);
    if (!applied) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(applied.error().message));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 3 && arguments.at(1) == u"hold-lock")
        return holdLock(arguments.at(2));
    if (arguments.size() == 3 && arguments.at(1) == u"edit")
        return edit(arguments.at(2));
    std::fprintf(stderr, "usage: crisis-storage-helper hold-lock|edit DB\n");
    return 2;
}
