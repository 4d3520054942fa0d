#pragma once

#include <QString>

class QComboBox;
class QLabel;
class QSpinBox;
class QWidget;

// The small widgets the program form is made of, made one way wherever the form needs them.
namespace ProgramFormWidgets {

// A hidden, word-wrapped label in the error colour, shown under the part of the form it is about.
QLabel* errorLabel(const QString& objectName, QWidget* parent);
// The payee and payer account types a program can name.
QComboBox* partyTypeCombo(QWidget* parent);
QSpinBox* spin(int minimum, int maximum, int value, QWidget* parent);

} // namespace ProgramFormWidgets
