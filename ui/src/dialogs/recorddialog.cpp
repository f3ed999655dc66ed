#include <crisis/core/analysis/workspace.h>
#include <crisis/ui/charts/theme.h>
#include <crisis/ui/dialogs/recorddialog.h>
#include <crisis/ui/window/accessibility.h>

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
    errorPalette.setColor(QPalette::WindowText, errorTextColor(errorPalette));
    m_error->setPalette(errorPalette);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText); // problems quote ids and text from data
    m_error->setVisible(false);
}

void RecordDialog::showEvent(QShowEvent* event)
{
    // Every field named after its row's label, once the subclass has laid them out.
    nameAllFormFields(this);
    QDialog::showEvent(event);
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

std::optional<QString> RecordDialog::sourceText(const core::Workspace& workspace, const QString& sourceId)
{
    if (const auto cached = m_textCache.constFind(sourceId); cached != m_textCache.constEnd())
        return *cached;
    const core::Source* source = workspace.source(sourceId);
    std::optional<QString> text = source && m_texts ? m_texts(*source) : std::nullopt;
    m_textCache.insert(sourceId, text);
    return text;
}

QString RecordDialog::describe(const core::QuoteLookup& lookup, const QString& document, qint64 offset)
{
    switch (lookup.result) {
    case core::QuoteLookup::Result::Unchecked:
        return tr("Not checked: the text of %1 is not available.").arg(document);
    case core::QuoteLookup::Result::AtOffset:
        return tr("Found at character %1 of %2.").arg(QString::number(offset), document);
    case core::QuoteLookup::Result::Elsewhere:
        return tr("The quote stands at character %1 of %2, not at %3: OK moves the offset there.")
            .arg(QString::number(lookup.foundAt), document, QString::number(offset));
    case core::QuoteLookup::Result::NotFound:
        return tr("The quote is not in %1.").arg(document);
    }
    return {};
}

} // namespace crisis::ui
