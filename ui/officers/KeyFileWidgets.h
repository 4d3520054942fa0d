#pragma once

#include <QByteArray>
#include <QString>

class QHBoxLayout;
class QLineEdit;
class QWidget;

// What the dialogs that make keys share: a row to choose where a new file goes, and writing a new
// key, request or certificate without ever overwriting one.
namespace KeyFileWidgets {

// The path, and a button asking where to save.
QHBoxLayout* saveRow(QWidget* parent, QLineEdit* edit, const QString& title, const QString& filter);
// Writes bytes to a new file at path; false, with why, when it exists or cannot be written.
bool writeNewFile(const QString& path, const QByteArray& bytes, QString* error);

} // namespace KeyFileWidgets
