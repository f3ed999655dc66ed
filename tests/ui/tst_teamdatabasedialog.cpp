#include <crisis/ui/dialogs/teamdatabasedialog.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <gtest/gtest.h>

using namespace crisis;

namespace {

template<typename Widget> Widget* field(const ui::TeamDatabaseDialog& dialog, const char* name)
{
    auto* widget = dialog.findChild<Widget*>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

} // namespace

TEST(TeamDatabaseDialog, TheFieldsNameTheDatabaseAndThePasswordIsNeverShown)
{
    ui::TeamDatabaseDialog dialog;
    QPushButton* open = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Open);
    EXPECT_FALSE(open->isEnabled()) << "nothing to open before the database is named";

    field<QLineEdit>(dialog, "host")->setText(QStringLiteral(" db.example.org "));
    field<QSpinBox>(dialog, "port")->setValue(6543);
    field<QLineEdit>(dialog, "database")->setText(QStringLiteral("haiti"));
    field<QLineEdit>(dialog, "user")->setText(QStringLiteral("amina"));
    field<QLineEdit>(dialog, "password")->setText(QStringLiteral("s3cret word"));
    auto* encryption = field<QComboBox>(dialog, "encryption");
    encryption->setCurrentIndex(encryption->findData(QStringLiteral("verify-full")));
    EXPECT_TRUE(open->isEnabled());

    const core::StoreLocation location = dialog.location();
    ASSERT_TRUE(location.isServer());
    EXPECT_EQ(location.parameter(QStringLiteral("host")), QStringLiteral("db.example.org"));
    EXPECT_EQ(location.parameter(QStringLiteral("port")), QStringLiteral("6543"));
    EXPECT_EQ(location.parameter(QStringLiteral("dbname")), QStringLiteral("haiti"));
    EXPECT_EQ(location.parameter(QStringLiteral("user")), QStringLiteral("amina"));
    EXPECT_EQ(location.parameter(QStringLiteral("password")), QStringLiteral("s3cret word"));
    EXPECT_EQ(location.parameter(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
    EXPECT_EQ(field<QLineEdit>(dialog, "password")->echoMode(), QLineEdit::Password);
    // What the dialog shows of the connection (and what Open Recent keeps) has no password.
    const QString shown = field<QLabel>(dialog, "connection")->text();
    EXPECT_TRUE(shown.contains(QStringLiteral("db.example.org"))) << shown.toStdString();
    EXPECT_FALSE(shown.contains(QStringLiteral("s3cret"))) << shown.toStdString();
    EXPECT_FALSE(location.toString().contains(QStringLiteral("s3cret")));
}

TEST(TeamDatabaseDialog, DefaultsAreLeftToLibpqAndARecentDatabaseFillsTheFields)
{
    ui::TeamDatabaseDialog dialog;
    field<QLineEdit>(dialog, "database")->setText(QStringLiteral("haiti"));
    // Port 5432, no host (this computer's socket), no user (the login name), libpq's sslmode: not written.
    EXPECT_EQ(dialog.location().parameters(),
        core::StoreLocation::Parameters({ { QStringLiteral("dbname"), QStringLiteral("haiti") } }));
    EXPECT_FALSE(dialog.setsUpEmptyDatabase()) << "a database is set up only when the user asks";

    const auto recent
        = core::StoreLocation::parse(QStringLiteral("postgresql://kenji@desk.example:5433/mss?sslmode=require"));
    ASSERT_TRUE(recent.ok());
    dialog.setLocation(recent.value());
    EXPECT_EQ(field<QLineEdit>(dialog, "host")->text(), QStringLiteral("desk.example"));
    EXPECT_EQ(field<QSpinBox>(dialog, "port")->value(), 5433);
    EXPECT_EQ(field<QLineEdit>(dialog, "database")->text(), QStringLiteral("mss"));
    EXPECT_EQ(field<QLineEdit>(dialog, "user")->text(), QStringLiteral("kenji"));
    EXPECT_EQ(field<QComboBox>(dialog, "encryption")->currentData().toString(), QStringLiteral("require"));
    EXPECT_TRUE(field<QLineEdit>(dialog, "password")->text().isEmpty());
    for (const auto& [keyword, value] : recent.value().parameters())
        EXPECT_EQ(dialog.location().parameter(keyword), value) << keyword.toStdString();
}
