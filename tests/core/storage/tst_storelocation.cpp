// Where a dataset is stored, as a user writes it: file paths, and PostgreSQL locations in libpq's two forms.

#include <crisis/core/storage/storelocation.h>

#include <QDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace crisis::core;

namespace {

StoreLocation parsed(const char* text)
{
    auto location = StoreLocation::parse(QString::fromUtf8(text));
    EXPECT_TRUE(location.ok()) << text << ": " << (location.ok() ? "" : location.error().message.toStdString());
    return location.ok() ? location.value() : StoreLocation();
}

// The parameters but the password, in an order of their own (a URI puts user, host, port and dbname first).
StoreLocation::Parameters withoutPassword(StoreLocation::Parameters parameters)
{
    parameters.removeIf([](const auto& parameter) { return parameter.first == u"password"; });
    std::sort(parameters.begin(), parameters.end());
    return parameters;
}

} // namespace

TEST(StoreLocation, APathIsAFile)
{
    const StoreLocation location = parsed("team/haiti.sqlite");
    EXPECT_TRUE(location.isFile());
    EXPECT_EQ(location.filePath(), QDir::current().absoluteFilePath(QStringLiteral("team/haiti.sqlite")));
    EXPECT_EQ(location.displayName(), u"haiti.sqlite");
    EXPECT_FALSE(StoreLocation::parse(QStringLiteral("  ")).ok());
}

TEST(StoreLocation, AConnectionUriNamesAServerDatabaseAndIsShownWithoutItsPassword)
{
    const StoreLocation location = parsed("postgresql://amina:s3cr%40t@db.example:5433/haiti?sslmode=require");
    ASSERT_TRUE(location.isServer());
    EXPECT_EQ(location.parameter(QStringLiteral("user")), u"amina");
    EXPECT_EQ(location.parameter(QStringLiteral("password")), u"s3cr@t");
    EXPECT_EQ(location.parameter(QStringLiteral("host")), u"db.example");
    EXPECT_EQ(location.parameter(QStringLiteral("port")), u"5433");
    EXPECT_EQ(location.parameter(QStringLiteral("dbname")), u"haiti");
    EXPECT_EQ(location.parameter(QStringLiteral("sslmode")), u"require");
    EXPECT_EQ(location.displayName(), u"haiti on db.example");
    // What messages and the settings file show: never the password; read back, the same place.
    EXPECT_EQ(location.toString(), u"postgresql://amina@db.example:5433/haiti?sslmode=require");
    const StoreLocation again = parsed(location.toString().toUtf8().constData());
    EXPECT_EQ(withoutPassword(again.parameters()), withoutPassword(location.parameters()));
    EXPECT_TRUE(parsed("postgres://db.example/haiti").isServer());
}

TEST(StoreLocation, AKeywordStringNamesAServerDatabaseAndReadsBackFromItsUri)
{
    const StoreLocation location = parsed("host=/run/team port=5432 dbname='haiti desk' user=o\\'neil password=x");
    ASSERT_TRUE(location.isServer());
    EXPECT_EQ(location.parameter(QStringLiteral("host")), u"/run/team");
    EXPECT_EQ(location.parameter(QStringLiteral("dbname")), u"haiti desk");
    EXPECT_EQ(location.parameter(QStringLiteral("user")), u"o'neil");
    EXPECT_FALSE(location.toString().contains(u"password"));
    EXPECT_EQ(withoutPassword(parsed(location.toString().toUtf8().constData()).parameters()),
        withoutPassword(location.parameters()));
    EXPECT_EQ(parsed("service=desk").displayName(), u"desk");
}

TEST(StoreLocation, SeveralHostsAndAnAddressInBracketsKeepTheirPorts)
{
    const StoreLocation location = parsed("postgresql://[::1]:5433,db2.example/haiti");
    EXPECT_EQ(location.parameter(QStringLiteral("host")), u"::1,db2.example");
    EXPECT_EQ(location.parameter(QStringLiteral("port")), u"5433,");
    EXPECT_EQ(location.toString(), u"postgresql://[::1]:5433,db2.example/haiti");
}

TEST(StoreLocation, AMalformedLocationIsRefusedSayingWhere)
{
    for (const auto& [text, column, says] :
        { std::tuple { "postgresql://db.example:99999/haiti", 25, "is not a number from 1 to 65535" },
            std::tuple { "postgresql://[::1/haiti", 14, "is not closed" },
            std::tuple { "postgresql://%2Ftmp%2Fpg:0/haiti", 26, "is not a number" },
            std::tuple { "postgresql://db/haiti?sslmode", 23, "is not KEYWORD=VALUE" },
            std::tuple { "host=db dbname='haiti", 16, "is not closed" },
            std::tuple { "host=db =x", 9, "KEYWORD=VALUE" } }) {
        const auto location = StoreLocation::parse(QString::fromUtf8(text));
        ASSERT_FALSE(location.ok()) << text;
        EXPECT_EQ(location.error().code, Error::Code::InvalidInput);
        EXPECT_TRUE(location.error().message.contains(QStringLiteral("column %1:").arg(column)))
            << text << " -> " << location.error().message.toStdString();
        EXPECT_TRUE(location.error().message.contains(QString::fromUtf8(says)))
            << location.error().message.toStdString();
        EXPECT_TRUE(location.error().message.contains(QString::fromUtf8(text)))
            << location.error().message.toStdString();
    }
}
