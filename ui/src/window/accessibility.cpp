#include <crisis/ui/window/accessibility.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessibleWidget>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QWidget>

namespace crisis::ui {

namespace {

QWidget* firstFocusable(QLayout* layout)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem* item = layout->itemAt(i);
        if (QWidget* widget = item->widget(); widget && widget->focusPolicy() != Qt::NoFocus)
            return widget;
        if (QLayout* inner = item->layout()) {
            if (QWidget* widget = firstFocusable(inner))
                return widget;
        }
    }
    return nullptr;
}

// Qt on Linux names a combo box by its current text alone and leaves the rest to the label relation: the filters
// were announced "All", "All", "All", "All". A combo box given a name of its own (a filter's, saying what it is
// set to) is named by it, else by its current text as Qt does; its current text stays its value, its list its
// child, and it opens as Qt's does. (An editable one keeps Qt's: its line edit is its value.)
class NamedComboBox : public QAccessibleWidget
{
public:
    explicit NamedComboBox(QComboBox* combo)
        : QAccessibleWidget(combo, QAccessible::ComboBox)
    { }

    QComboBox* comboBox() const { return static_cast<QComboBox*>(object()); }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Value || (t == QAccessible::Name && comboBox()->accessibleName().isEmpty()))
            return comboBox()->currentText();
        return QAccessibleWidget::text(t);
    }
    int childCount() const override { return comboBox()->view() ? 1 : 0; }
    QAccessibleInterface* child(int index) const override
    {
        return index == 0 && comboBox()->view() ? QAccessible::queryAccessibleInterface(comboBox()->view()) : nullptr;
    }
    int indexOfChild(const QAccessibleInterface* child) const override
    {
        return child && child->object() == comboBox()->view() ? 0 : -1;
    }
    QStringList actionNames() const override { return { showMenuAction(), pressAction() }; }
    QString localizedActionDescription(const QString& action) const override
    {
        return action == showMenuAction() || action == pressAction() ? QComboBox::tr("Open the list") : QString();
    }
    void doAction(const QString& action) override
    {
        if (action == showMenuAction() || action == pressAction())
            comboBox()->showPopup();
    }
};

QAccessibleInterface* namedComboBoxFactory(const QString& className, QObject* object)
{
    auto* combo = qobject_cast<QComboBox*>(object);
    if (className == u"QComboBox" && combo && !combo->isEditable())
        return new NamedComboBox(combo);
    return nullptr;
}

void installFactories()
{
    static const bool installed = [] {
        QAccessible::installFactory(namedComboBoxFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace

QString withoutMnemonic(const QString& text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i; // "&&" is one "&"; "&S" is "S"
        plain.append(text.at(i));
    }
    return plain;
}

void nameFormFields(QFormLayout* form)
{
    for (int row = 0; row < form->rowCount(); ++row) {
        QLayoutItem* labelItem = form->itemAt(row, QFormLayout::LabelRole);
        QLayoutItem* fieldItem = form->itemAt(row, QFormLayout::FieldRole);
        auto* label = labelItem ? qobject_cast<QLabel*>(labelItem->widget()) : nullptr;
        if (!label || !fieldItem || label->text().isEmpty())
            continue;
        QWidget* field = fieldItem->widget();
        if (!field && fieldItem->layout())
            field = firstFocusable(fieldItem->layout());
        if (!field)
            continue;
        if (!label->buddy())
            label->setBuddy(field);
        // A check box says its own text ("Title" in a row labelled "Show").
        const auto* button = qobject_cast<const QAbstractButton*>(field);
        if (field->accessibleName().isEmpty() && !(button && !button->text().isEmpty()))
            setAccessibleText(field, withoutMnemonic(label->text()).remove(u':'));
        // An editable combo box's line edit is an object of its own to a screen reader.
        if (auto* combo = qobject_cast<QComboBox*>(field);
            combo && combo->lineEdit() && combo->lineEdit()->accessibleName().isEmpty())
            combo->lineEdit()->setAccessibleName(field->accessibleName());
    }
}

void nameAllFormFields(QWidget* root)
{
    for (QFormLayout* form : root->findChildren<QFormLayout*>())
        nameFormFields(form);
}

void setAccessibleText(QWidget* widget, const QString& name, const QString& description)
{
    installFactories();
    // QWidget tells assistive technology itself when either changes (NameChanged, DescriptionChanged), so a
    // filter's new setting is heard.
    widget->setAccessibleName(name);
    if (!description.isNull())
        widget->setAccessibleDescription(description);
}

} // namespace crisis::ui
