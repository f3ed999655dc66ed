#include <crisis/ui/recorddialog.h>

#include <QLabel>
#include <QLayout>
#include <QLineEdit>

namespace crisis::ui {

RecordDialog::RecordDialog(QWidget* parent)
    : QDialog(parent)
    , m_error(new QLabel(this))
{
    m_error->setObjectName(QStringLiteral("error"));
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_error->setPalette(errorPalette);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
}

QString RecordDialog::validate()
{
    return check().message;
}

void RecordDialog::accept()
{
    const Problem problem = check();
    showError(problem.message);
    if (!problem.message.isEmpty()) {
        if (problem.field) {
            problem.field->setFocus(Qt::OtherFocusReason);
            if (auto* edit = qobject_cast<QLineEdit*>(problem.field))
                edit->selectAll();
        }
        return;
    }
    QDialog::accept();
}

void RecordDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    // Room for the message without squeezing the fields.
    if (layout())
        layout()->activate();
    resize(size().expandedTo(sizeHint()));
}

} // namespace crisis::ui
