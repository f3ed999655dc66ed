#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>

namespace crisis::test {

/// What a run of the executable did.
struct AppOutcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};

/// Runs the real executable with a private home (so the default database is the test's own), offscreen.
class AppRunner
{
public:
    AppRunner();

    /// Runs it with arguments; `setUp` may change the process before it starts (its output, its limits).
    AppOutcome run(
        const QStringList& arguments, const std::function<void(QProcess&)>& setUp = {}, int timeoutMs = 60000) const;
    /// Runs a program other than ours (unshare, sh) in the same environment.
    AppOutcome runProgram(const QString& program, const QStringList& arguments,
        const std::function<void(QProcess&)>& setUp = {}, int timeoutMs = 60000) const;

    QString path(const QString& name) const { return m_home.filePath(name); }
    QProcessEnvironment environment() const;

private:
    QTemporaryDir m_home;
    QTemporaryDir m_runtime;
};

} // namespace crisis::test
