#pragma once

#include "mapper/AddressResolution.h"

#include <QTableWidget>

// The beneficiaries of a cycle the ID-to-account mapper gave no address for, with its reason:
// they are not paid. Hidden while there are none.
class UnresolvedAddressesView : public QTableWidget
{
    Q_OBJECT

public:
    explicit UnresolvedAddressesView(QWidget* parent = nullptr);

    void showUnresolved(const QList<AddressResolution::Unresolved>& unresolved);
    // How many are shown: 0 while hidden.
    int shown() const;
};
