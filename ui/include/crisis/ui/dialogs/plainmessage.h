#pragma once

#include <QString>

class QWidget;

namespace crisis::ui {

/// Message boxes whose text is shown as it stands: file names, ids and quotes from data are never read as HTML, as
/// QMessageBox's own functions read any text that looks like some.
void warnPlainly(QWidget* parent, const QString& title, const QString& text, const QString& details = {});
/// A yes-or-no question, shown the same way; true for Yes.
bool askPlainly(QWidget* parent, const QString& title, const QString& question);

} // namespace crisis::ui
