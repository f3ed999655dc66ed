#include <crisis/ui/dialogs/teamdatabasedialog.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace crisis::ui {

namespace {

constexpr int defaultPort = 5432;

/// libpq's sslmode values offered, with what each means to a user; the first is libpq's default.
struct Encryption
{
    const char* mode;
    const char* label;
};
constexpr Encryption encryptions[] = {
    { "prefer", QT_TRANSLATE_NOOP("crisis::ui::TeamDatabaseDialog", "When the server offers it (default)") },
    { "require", QT_TRANSLATE_NOOP("crisis::ui::TeamDatabaseDialog", "Always (TLS required)") },
    { "verify-full",
        QT_TRANSLATE_NOOP("crisis::ui::TeamDatabaseDialog", "Always, and check the server's certificate and name") },
    { "disable", QT_TRANSLATE_NOOP("crisis::ui::TeamDatabaseDialog", "Never") },
};

} // namespace

TeamDatabaseDialog::TeamDatabaseDialog(QWidget* parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_encryption(new QComboBox(this))
    , m_setUp(new QCheckBox(tr("If the database is empty, &set it up with the bundled dataset"), this))
    , m_connection(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Open Team Database"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_encryption->setObjectName(QStringLiteral("encryption"));
    m_setUp->setObjectName(QStringLiteral("setUp"));
    m_connection->setObjectName(QStringLiteral("connection"));

    m_host->setPlaceholderText(tr("e.g. db.example.org; empty: this computer"));
    m_port->setRange(1, 65535);
    m_port->setValue(defaultPort);
    m_port->setGroupSeparatorShown(false);
    m_database->setPlaceholderText(tr("e.g. haiti"));
    m_user->setPlaceholderText(tr("empty: your login name"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass, or asked for when needed"));
    m_password->setToolTip(tr("Kept only while the database is open; never saved"));
    for (const Encryption& encryption : encryptions)
        m_encryption->addItem(tr(encryption.label), QString::fromLatin1(encryption.mode));
    m_setUp->setToolTip(tr("A database an administrator has just created holds nothing: set it up with our tables "
                           "and the bundled dataset. A database holding anything else is never changed."));
    m_connection->setTextFormat(Qt::PlainText);
    m_connection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_connection->setWordWrap(true);
    m_connection->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    form->addRow(tr("Ser&ver:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Encryption:"), m_encryption);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_setUp);
    layout->addWidget(m_connection);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* field : { m_host, m_database, m_user, m_password })
        connect(field, &QLineEdit::textChanged, this, &TeamDatabaseDialog::update);
    connect(m_port, &QSpinBox::valueChanged, this, &TeamDatabaseDialog::update);
    connect(m_encryption, &QComboBox::currentIndexChanged, this, &TeamDatabaseDialog::update);
    update();
    m_database->setFocus();
}

void TeamDatabaseDialog::setLocation(const core::StoreLocation& location)
{
    if (!location.isServer())
        return;
    m_host->setText(location.parameter(QStringLiteral("host")));
    bool isNumber = false;
    const int port = location.parameter(QStringLiteral("port")).toInt(&isNumber);
    m_port->setValue(isNumber ? port : defaultPort);
    m_database->setText(location.parameter(QStringLiteral("dbname")));
    m_user->setText(location.parameter(QStringLiteral("user")));
    const int encryption = m_encryption->findData(location.parameter(QStringLiteral("sslmode")));
    m_encryption->setCurrentIndex(std::max(0, encryption));
    update();
}

core::StoreLocation TeamDatabaseDialog::location() const
{
    core::StoreLocation::Parameters parameters;
    const auto add = [&parameters](const char* keyword, const QString& value) {
        if (!value.isEmpty())
            parameters.append({ QString::fromLatin1(keyword), value });
    };
    add("host", m_host->text().trimmed());
    if (m_port->value() != defaultPort)
        add("port", QString::number(m_port->value()));
    add("dbname", m_database->text().trimmed());
    add("user", m_user->text().trimmed());
    add("password", m_password->text());
    if (m_encryption->currentIndex() > 0)
        add("sslmode", m_encryption->currentData().toString());
    return core::StoreLocation::server(std::move(parameters));
}

bool TeamDatabaseDialog::setsUpEmptyDatabase() const
{
    return m_setUp->isChecked();
}

void TeamDatabaseDialog::update()
{
    const bool named = !m_database->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(named);
    // What Open Recent and messages will call it: the connection text without the password.
    m_connection->setText(named ? tr("Connects to %1").arg(location().toString()) : tr("Name the database to open"));
}

} // namespace crisis::ui
