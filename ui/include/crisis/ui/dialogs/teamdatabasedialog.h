#pragma once

#include <crisis/core/storage/storelocation.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace crisis::ui {

/// File → Open Team Database…: a PostgreSQL database named by its server, port, database and user, as a desk
/// shares it. The password is asked for here only when the user wants to type it (else libpq finds it in
/// ~/.pgpass, or the window asks when the server wants one); it is kept in memory for the connection and never
/// written to the settings. Opens on the last team database used (from Open Recent, without its password).
class TeamDatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TeamDatabaseDialog(QWidget* parent = nullptr);

    /// Fills the fields from a server location (a recent one): its host, port, database, user and encryption.
    void setLocation(const core::StoreLocation& location);
    /// The database the fields name, with the password when one was typed.
    core::StoreLocation location() const;
    /// Whether the user asked that an empty database be set up with the bundled dataset.
    bool setsUpEmptyDatabase() const;

private:
    void update();

    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QComboBox* m_encryption = nullptr;
    QCheckBox* m_setUp = nullptr;
    QLabel* m_connection = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace crisis::ui
