#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QDialog;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

// What the dialogs that make keys share: a row to choose where a new file goes, and writing a new
// key, request or certificate without ever overwriting one.
namespace KeyFileWidgets {

// The path, and a button asking where to save.
QHBoxLayout* saveRow(QWidget* parent, QLineEdit* edit, const QString& title, const QString& filter);
// A labelled row of the form for a file to write (label has its mnemonic; its buddy is the path).
void addSaveRow(QFormLayout* form, QWidget* parent, const QString& label, QLineEdit* edit, const QString& title,
                const QString& filter);
// Writes bytes to a new file at path; false, with why, when it exists or cannot be written.
bool writeNewFile(const QString& path, const QByteArray& bytes, QString* error);
// Lays the dialog out: intro, form, the error line, then the action and Cancel; the action closes
// the dialog once act() succeeds. The action's button.
QPushButton* finishDialog(QDialog* dialog, QLabel* intro, QFormLayout* form, QLabel* error, const QString& action,
                          const std::function<bool()>& act);

} // namespace KeyFileWidgets
