#include <QCoreApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

// Core tests need a QCoreApplication: Qt Sql loads its drivers as plugins.
int main(int argc, char* argv[])
{
    qputenv("TZ", "UTC");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
