#include "UnresolvedAddressesView.h"

#include <QHeaderView>

UnresolvedAddressesView::UnresolvedAddressesView(QWidget* parent) : QTableWidget(0, 2, parent)
{
    setObjectName(QStringLiteral("unresolvedTable"));
    setHorizontalHeaderLabels({tr("Not paid: registry id"), tr("Why the mapper gave no address")});
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->setVisible(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVisible(false);
}

void UnresolvedAddressesView::showUnresolved(const QList<AddressResolution::Unresolved>& unresolved)
{
    setRowCount(int(unresolved.size()));
    for (int row = 0; row < unresolved.size(); ++row) {
        setItem(row, 0, new QTableWidgetItem(unresolved.at(row).registryId));
        setItem(row, 1, new QTableWidgetItem(unresolved.at(row).reason));
    }
    resizeColumnToContents(0);
    setVisible(!unresolved.isEmpty());
}

int UnresolvedAddressesView::shown() const
{
    return isVisible() ? rowCount() : 0;
}
