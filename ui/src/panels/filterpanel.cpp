#include <crisis/ui/models/labels.h>
#include <crisis/ui/panels/filterpanel.h>

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

#include <algorithm>

namespace crisis::ui {

using namespace crisis::core;

namespace {

const QDate anyDate(1000, 1, 1);

QDateEdit* dateEdit(QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(anyDate);
    edit->setSpecialValueText(QObject::tr("any"));
    edit->setDate(anyDate);
    return edit;
}

} // namespace

FilterPanel::FilterPanel(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_from(dateEdit(this))
    , m_to(dateEdit(this))
    , m_category(new QComboBox(this))
    , m_eventStatus(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_subject(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_textTimer(new QTimer(this))
{
    m_text->setPlaceholderText(tr("Quotes, subjects, sources, values\u2026"));
    m_text->setClearButtonEnabled(true);
    m_eventStatus->setObjectName(QStringLiteral("eventStatus"));
    m_eventStatus->setToolTip(tr("Events that occurred, or those expected (announced as due) or proposed (sought, "
                                 "not decided)"));
    for (QComboBox* combo : { m_category, m_eventStatus, m_metric, m_subject, m_source }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8); // the dock stays narrow; the list drops down at full width
    }
    auto* clear = new QPushButton(tr("Clear filters"), this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Search"), m_text);
    form->addRow(tr("&From"), m_from);
    form->addRow(tr("&To"), m_to);
    form->addRow(tr("&Category"), m_category);
    form->addRow(tr("Event stat&us"), m_eventStatus);
    form->addRow(tr("&Metric"), m_metric);
    form->addRow(tr("Su&bject"), m_subject);
    form->addRow(tr("S&ource"), m_source);
    form->addRow(clear);
    // A mnemonic's underline draws its letter apart from the rest, so unkerned, while a label is as wide as its text
    // kerned: "&To" was cut to "Tc". Labels without kerning are as wide as they are drawn.
    for (QLabel* label : findChildren<QLabel*>()) {
        QFont unkerned = label->font();
        unkerned.setKerning(false);
        label->setFont(unkerned);
    }

    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(200);
    connect(m_textTimer, &QTimer::timeout, this, &FilterPanel::emitChanged);
    connect(m_text, &QLineEdit::textChanged, m_textTimer, qOverload<>(&QTimer::start));
    for (QDateEdit* edit : { m_from, m_to })
        connect(edit, &QDateEdit::dateChanged, this, &FilterPanel::emitChanged);
    for (QComboBox* combo : { m_category, m_eventStatus, m_metric, m_subject, m_source })
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterPanel::emitChanged);
    connect(clear, &QPushButton::clicked, this, &FilterPanel::clear);
    setWorkspace(nullptr);
}

void FilterPanel::setWorkspace(const std::shared_ptr<const Workspace>& workspace)
{
    m_filling = true;
    for (QComboBox* combo : { m_category, m_eventStatus, m_metric, m_subject, m_source }) {
        combo->clear();
        combo->addItem(tr("All"));
    }
    if (workspace) {
        for (const EventCategory category : allCategories())
            m_category->addItem(categoryLabel(category), static_cast<int>(category));
        for (const EventStatus status : allEventStatuses())
            m_eventStatus->addItem(eventStatusLabel(status), static_cast<int>(status));
        const FigureTable& figures = workspace->figures();
        QList<QPair<QString, QString>> metrics;
        for (qsizetype code = 1; code < figures.metrics().size(); ++code) {
            const QString& key = figures.metrics().text(static_cast<quint32>(code));
            const Metric* metric = workspace->metrics().find(key);
            metrics.append({ metric ? metric->label : key, key });
        }
        std::sort(metrics.begin(), metrics.end());
        for (const auto& [label, key] : std::as_const(metrics))
            m_metric->addItem(label, key);
        QStringList subjects;
        for (qsizetype code = 1; code < figures.subjects().size(); ++code)
            subjects.append(figures.subjects().text(static_cast<quint32>(code)));
        subjects.sort(Qt::CaseInsensitive);
        for (const QString& subject : std::as_const(subjects))
            m_subject->addItem(subject, subject);
        for (const Source& source : workspace->sources())
            m_source->addItem(workspace->sourceLabel(source), source.id);
    }
    m_filling = false;
}

RecordFilter FilterPanel::filter() const
{
    RecordFilter filter;
    filter.text = m_text->text();
    if (m_from->date() != anyDate)
        filter.from = m_from->date();
    if (m_to->date() != anyDate)
        filter.to = m_to->date();
    if (m_category->currentIndex() > 0)
        filter.category = static_cast<EventCategory>(m_category->currentData().toInt());
    if (m_eventStatus->currentIndex() > 0)
        filter.eventStatus = static_cast<EventStatus>(m_eventStatus->currentData().toInt());
    filter.metric = m_metric->currentData().toString();
    filter.subject = m_subject->currentData().toString();
    filter.sourceId = m_source->currentData().toString();
    return filter;
}

void FilterPanel::setDateRange(QDate from, QDate to)
{
    m_filling = true;
    m_from->setDate(from.isValid() ? from : anyDate);
    m_to->setDate(to.isValid() ? to : anyDate);
    m_filling = false;
    emitChanged();
}

void FilterPanel::clear()
{
    m_filling = true;
    m_text->clear();
    m_from->setDate(anyDate);
    m_to->setDate(anyDate);
    for (QComboBox* combo : { m_category, m_eventStatus, m_metric, m_subject, m_source })
        combo->setCurrentIndex(0);
    m_filling = false;
    emitChanged();
}

void FilterPanel::emitChanged()
{
    if (m_filling)
        return;
    m_textTimer->stop();
    Q_EMIT filterChanged(filter());
}

} // namespace crisis::ui
