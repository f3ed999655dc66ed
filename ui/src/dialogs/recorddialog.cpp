#include <crisis/core/analysis/workspace.h>
#include <crisis/ui/dialogs/recorddialog.h>

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextDocument>

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
    m_error->setTextFormat(Qt::PlainText); // problems quote ids and text from data
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

void RecordDialog::addDateRows(
    QFormLayout* form, const QString& label, QLineEdit* date, QCheckBox* inferred, QLabel* hint, QWidget* note)
{
    auto* row = new QHBoxLayout;
    row->addWidget(date, 1);
    row->addWidget(inferred);
    auto* dateLabel = new QLabel(label, this);
    dateLabel->setBuddy(date);
    form->addRow(dateLabel, row);
    if (hint)
        form->addRow(QString(), hint);
    if (note)
        form->addRow(tr("Inferred &from"), note);
}

QString RecordDialog::plainText(const QPlainTextEdit* edit)
{
    QString text = edit->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    text.replace(QChar::LineSeparator, u'\n');
    return text.trimmed();
}

bool RecordDialog::isRecordId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    return pattern.match(id).hasMatch();
}

QString RecordDialog::documentName(const core::Workspace& workspace, const core::Source& source)
{
    return source.document.isEmpty() ? workspace.sourceLabel(source) : source.document;
}

} // namespace crisis::ui
