#include <crisis/core/analysis/displayformat.h>
#include <crisis/core/analysis/workspace.h>
#include <crisis/ui/dialogs/sourcedialog.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace crisis::ui {

SourceDialog::SourceDialog(std::shared_ptr<const core::Workspace> workspace, const core::Source* existing,
    QWidget* parent, RecordOrigin origin)
    : RecordDialog(parent)
    , m_workspace(std::move(workspace))
    , m_existing(existing ? std::optional<core::Source>(*existing) : std::nullopt)
    , m_origin(origin)
    , m_id(new QLineEdit(this))
    , m_document(new QLineEdit(this))
    , m_outlet(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_author(new QLineEdit(this))
    , m_published(new QLineEdit(this))
    , m_publishedHint(new QLabel(this))
    , m_publishedInferred(new QCheckBox(tr("Inferred"), this))
    , m_publishedNote(new QPlainTextEdit(this))
    , m_url(new QLineEdit(this))
{
    setWindowTitle(isNew() ? tr("New Source") : tr("Edit Source %1").arg(m_existing->id));
    m_id->setObjectName(QStringLiteral("id"));
    m_document->setObjectName(QStringLiteral("document"));
    m_outlet->setObjectName(QStringLiteral("outlet"));
    m_title->setObjectName(QStringLiteral("title"));
    m_description->setObjectName(QStringLiteral("description"));
    m_author->setObjectName(QStringLiteral("author"));
    m_published->setObjectName(QStringLiteral("published"));
    m_publishedHint->setObjectName(QStringLiteral("publishedHint"));
    m_publishedInferred->setObjectName(QStringLiteral("publishedInferred"));
    m_publishedNote->setObjectName(QStringLiteral("publishedNote"));
    m_url->setObjectName(QStringLiteral("url"));

    m_publishedHint->setForegroundRole(QPalette::PlaceholderText);
    m_publishedHint->setTextFormat(Qt::PlainText);

    m_id->setPlaceholderText(tr("lower-case letters, digits and dashes, e.g. src-005"));
    m_document->setPlaceholderText(tr("The text file its quotes are taken from, e.g. 005_article.txt"));
    m_outlet->setPlaceholderText(tr("As the document names it; empty if it does not"));
    m_title->setPlaceholderText(tr("The headline as stated; empty if there is none"));
    m_description->setPlaceholderText(tr("Our own one-line description"));
    m_published->setPlaceholderText(tr("optional, e.g. 2024-09-22 or 2023-09~"));
    m_published->setToolTip(tr("EDTF: YYYY, YYYY-MM or YYYY-MM-DD, ~ for approximate"));
    m_publishedNote->setPlaceholderText(tr("How the date was inferred (required when inferred)"));
    m_publishedNote->setTabChangesFocus(true);
    m_publishedNote->setMaximumHeight(fontMetrics().lineSpacing() * 4 + 12);
    m_url->setPlaceholderText(tr("optional, https://\u2026"));

    const core::Source source = m_existing.value_or(core::Source());
    m_id->setText(source.id);
    if (!m_existing) { // a free id for a new source; a draft keeps its own
        for (qsizetype n = m_workspace->sources().size();; ++n) {
            const QString id = QStringLiteral("src-%1").arg(n, 3, 10, QLatin1Char('0'));
            if (!m_workspace->source(id)) {
                m_id->setText(id);
                break;
            }
        }
    }
    m_id->setReadOnly(!isNew());
    m_document->setText(source.document);
    m_outlet->setText(source.outlet);
    m_title->setText(source.title);
    m_description->setText(source.description);
    m_author->setText(source.author);
    m_published->setText(source.published.isValid() ? source.published.toEdtf() : QString());
    m_publishedInferred->setChecked(source.publishedInferred);
    m_publishedNote->setPlainText(source.publishedNote);
    m_url->setText(source.url);
    for (QLineEdit* edit : { m_id, m_document, m_outlet, m_title, m_description, m_author, m_url })
        edit->setCursorPosition(0); // long texts show their beginning

    auto* form = new QFormLayout;
    form->addRow(tr("&Id"), m_id);
    form->addRow(tr("&Document"), m_document);
    form->addRow(tr("&Outlet"), m_outlet);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("D&escription"), m_description);
    form->addRow(tr("&Author"), m_author);
    addDateRows(form, tr("&Published"), m_published, m_publishedInferred, m_publishedHint, m_publishedNote);
    form->addRow(tr("&URL"), m_url);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SourceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SourceDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(errorLabel());
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 100);

    const auto updateHint = [this] {
        const auto date = core::PartialDate::parse(m_published->text().trimmed());
        m_publishedHint->setText(date ? core::formatDate(*date) : QString());
    };
    connect(m_published, &QLineEdit::textChanged, this, updateHint);
    updateHint();
    (isNew() ? m_id : m_outlet)->setFocus();
}

core::Source SourceDialog::source() const
{
    core::Source source;
    source.id = m_id->text().trimmed();
    source.document = m_document->text().trimmed();
    // The recorded hash is of the document's text: it does not carry over to another document.
    if (m_existing && m_existing->document == source.document)
        source.textSha256 = m_existing->textSha256;
    source.outlet = m_outlet->text().trimmed();
    source.title = m_title->text().trimmed();
    source.description = m_description->text().trimmed();
    source.author = m_author->text().trimmed();
    source.published = core::PartialDate::parse(m_published->text().trimmed()).value_or(core::PartialDate());
    source.publishedInferred = m_publishedInferred->isChecked();
    source.publishedNote = plainText(m_publishedNote);
    source.url = m_url->text().trimmed();
    return source;
}

SourceDialog::Problem SourceDialog::check()
{
    const core::Source s = source();
    if (isNew()) {
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9-]+$"));
        if (s.id.isEmpty())
            return { tr("Give the source an id."), m_id };
        if (!idPattern.match(s.id).hasMatch())
            return { tr("The id \u201c%1\u201d may hold only lower-case letters, digits and dashes.").arg(s.id), m_id };
        if (m_workspace->source(s.id))
            return { tr("There is already a source %1: choose another id.").arg(s.id), m_id };
    }
    if (s.outlet.isEmpty() && s.title.isEmpty() && s.description.isEmpty())
        return { tr("Give the source an outlet, a title or a description, so that it can be named."), m_outlet };
    const QString publishedInput = m_published->text().trimmed();
    QString error;
    if (!publishedInput.isEmpty() && !core::PartialDate::parse(publishedInput, &error))
        return { tr("The publication date is not valid: %1.").arg(error), m_published };
    if (s.publishedInferred && publishedInput.isEmpty())
        return { tr("Give the publication date that was inferred, or untick \u201cInferred\u201d."), m_published };
    if (s.publishedInferred && s.publishedNote.isEmpty())
        return { tr("Say how the publication date was inferred, since the document does not state it."),
            m_publishedNote };
    if (!s.url.isEmpty()) {
        const QUrl url(s.url, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
            return {
                tr("The URL \u201c%1\u201d is not a web address: it must start with http:// or https://.").arg(s.url),
                m_url
            };
    }
    return {};
}

} // namespace crisis::ui
