#include "processrunner.h"

#include <QFile>

#include <gtest/gtest.h>

#include <unistd.h>

namespace crisis::test {

namespace {

constexpr int nobody = 65534;

QStringList asUser(int user, const QStringList& command)
{
    if (user == 0 || ::geteuid() != 0)
        return command;
    return QStringList { QStringLiteral("setpriv"), QStringLiteral("--reuid=%1").arg(user),
        QStringLiteral("--regid=%1").arg(user), QStringLiteral("--clear-groups") }
    + command;
}

} // namespace

ProcessRunner::ProcessRunner()
{
    // Others may read the home (and what tests make in it), as the user the read-only checks run as must.
    QFile::setPermissions(m_home.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
            | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
}

std::unique_ptr<QProcess> ProcessRunner::startProgram(const QString& program, const QStringList& arguments) const
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // As a desktop session has one; another user's is their own (the commands make one when there is none).
    if (program == u"setpriv")
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    else
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
    process->setProcessEnvironment(env);
    process->setWorkingDirectory(m_home.path());
    process->start(program, arguments);
    return process;
}

std::unique_ptr<QProcess> ProcessRunner::start(const QStringList& arguments, int user) const
{
    const QStringList command = asUser(user, QStringList { QStringLiteral(CRISIS_EXECUTABLE) } + arguments);
    return startProgram(command.constFirst(), command.mid(1));
}

ProcessOutcome ProcessRunner::finish(QProcess& process)
{
    EXPECT_TRUE(process.waitForFinished(60000))
        << "timed out: " << process.program().toStdString() << ' ' << process.arguments().join(u' ').toStdString();
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError() };
}

ProcessOutcome ProcessRunner::run(const QStringList& arguments, int user) const
{
    auto process = start(arguments, user);
    return finish(*process);
}

std::vector<ProcessOutcome> ProcessRunner::runAll(const std::vector<QStringList>& runs, int user) const
{
    std::vector<std::unique_ptr<QProcess>> started;
    for (const QStringList& arguments : runs)
        started.push_back(start(arguments, user));
    std::vector<ProcessOutcome> outcomes;
    for (auto& process : started)
        outcomes.push_back(finish(*process));
    return outcomes;
}

std::optional<int> ProcessRunner::readOnlyUser()
{
    if (::geteuid() != 0)
        return 0;
    static const std::optional<int> user = []() -> std::optional<int> {
        QProcess probe;
        probe.start(QStringLiteral("setpriv"),
            { QStringLiteral("--reuid=%1").arg(nobody), QStringLiteral("--regid=%1").arg(nobody),
                QStringLiteral("--clear-groups"), QStringLiteral(CRISIS_EXECUTABLE), QStringLiteral("--version") });
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
            return nobody;
        return std::nullopt;
    }();
    return user;
}

} // namespace crisis::test
