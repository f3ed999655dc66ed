#pragma once

#include <QString>

class QFormLayout;
class QWidget;

namespace crisis::ui {

/// A label's text as a screen reader says it: "&Size" → "Size", "Save && close" → "Save & close".
QString withoutMnemonic(const QString& text);

/// Gives every field of a form the name of its row's label, and a label whose field is a layout ("&Size" over a
/// combo box and two spin boxes) the first focusable widget of that layout as its buddy, so its mnemonic works
/// and it does not show a literal "&".
void nameFormFields(QFormLayout* form);

/// nameFormFields for every form under a widget (a dialog).
void nameAllFormFields(QWidget* root);

/// Sets a widget's accessible name and, unless null, its description.
void setAccessibleText(QWidget* widget, const QString& name, const QString& description = QString());

} // namespace crisis::ui
