#include "apprunner.h"

#include <gtest/gtest.h>

namespace crisis::test {

AppRunner::AppRunner() = default;

QProcessEnvironment AppRunner::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
    return env;
}

AppOutcome AppRunner::runProgram(const QString& program, const QStringList& arguments,
    const std::function<void(QProcess&)>& setUp, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setWorkingDirectory(m_home.path());
    if (setUp)
        setUp(process);
    process.start(program, arguments);
    AppOutcome outcome;
    outcome.finished = process.waitForFinished(timeoutMs);
    if (!outcome.finished) {
        ADD_FAILURE() << "timed out: " << program.toStdString() << ' ' << arguments.join(u' ').left(300).toStdString();
        process.kill();
        process.waitForFinished();
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

AppOutcome AppRunner::run(
    const QStringList& arguments, const std::function<void(QProcess&)>& setUp, int timeoutMs) const
{
    return runProgram(QStringLiteral(CRISIS_EXECUTABLE), arguments, setUp, timeoutMs);
}

} // namespace crisis::test
