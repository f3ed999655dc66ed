#pragma once

// Runs the crisis-timeline executable as a user would, for the tests of tests/app that need several at once or
// another user.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>
#include <vector>

namespace crisis::test {

/// How one run ended: its exit code (-1 when it crashed or was killed) and what it printed.
struct ProcessOutcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Starts crisis-timeline (or another program) with a private home, its data and settings folders inside it.
class ProcessRunner
{
public:
    ProcessRunner();

    /// The private home.
    QString home() const { return m_home.path(); }
    QString path(const QString& name) const { return m_home.filePath(name); }

    /// A started run of the executable with these arguments (as `user`, a user id, when this process is root and
    /// user is not 0: through setpriv), for finish().
    std::unique_ptr<QProcess> start(const QStringList& arguments, int user = 0) const;
    /// Starts any program in the same environment.
    std::unique_ptr<QProcess> startProgram(const QString& program, const QStringList& arguments) const;
    /// Waits for a started run to end (60 s at most: a run that takes longer fails the test).
    static ProcessOutcome finish(QProcess& process);
    /// Runs and waits.
    ProcessOutcome run(const QStringList& arguments, int user = 0) const;
    /// Runs each at once, and waits for all.
    std::vector<ProcessOutcome> runAll(const std::vector<QStringList>& runs, int user = 0) const;

    /// Who to run as for a file to be read-only to the run: this process's user (0) unless it is root, then nobody
    /// (through setpriv), if nobody can run the executable; nothing when there is no such user (root writes every
    /// file, whatever its permissions).
    static std::optional<int> readOnlyUser();

private:
    QTemporaryDir m_home;
    QTemporaryDir m_runtime;
};

} // namespace crisis::test
