#include "ProgramFormWidgets.h"

#include "domain/PartyIdType.h"

#include <QComboBox>
#include <QLabel>
#include <QSpinBox>

namespace ProgramFormWidgets {

QLabel* errorLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

QComboBox* partyTypeCombo(QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    for (const PartyIdType type : {PartyIdType::Msisdn, PartyIdType::BankAccount, PartyIdType::Iban, PartyIdType::Email,
                                   PartyIdType::RegistryId}) {
        combo->addItem(partyIdTypeText(type), int(type));
    }
    return combo;
}

QSpinBox* spin(int minimum, int maximum, int value, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setValue(value);
    return box;
}

} // namespace ProgramFormWidgets
