#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// Widget tests run offscreen unless told otherwise, in UTC, with a private runtime folder.
int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("TZ", "UTC");
    QTemporaryDir runtime;
    QFile::setPermissions(runtime.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    // Settings (window layout, recent files, the chosen measure) go to a folder of the test's own. Qt's test
    // mode puts them under $HOME/.qttest, so HOME is private too: tests run side by side under ctest -j, and
    // one test's saved settings must never reach another's window.
    QTemporaryDir home;
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    QStandardPaths::setTestModeEnabled(true);
    if (!QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation).startsWith(home.path())) {
        qCritical("The tests' settings would be shared with other test processes");
        return 2;
    }
    // The theme System comes to: light, whatever the desktop running the tests prefers.
    if (qEnvironmentVariableIsEmpty("CRISIS_DESKTOP_COLOR_SCHEME"))
        qputenv("CRISIS_DESKTOP_COLOR_SCHEME", "light");
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
