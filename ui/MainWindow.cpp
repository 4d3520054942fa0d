#include "MainWindow.h"

#include "PlaceholderPage.h"
#include "RegistryPage.h"

#include "storage/Database.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUrl>

MainWindow::MainWindow(Database& database, QWidget* parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_registryPage(new RegistryPage(database, this))
{
    setWindowTitle(tr("PayDesk — %1").arg(QUrl(database.location()).toDisplayString(QUrl::RemovePassword)));
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setFixedWidth(180);
    m_navigation->setSpacing(4);

    addPage(tr("Registry"), m_registryPage);
    addPage(tr("Programs"), new PlaceholderPage(tr("Programs"), tr("Programs, entitlement rules and enrolment are not available in this version yet."), this));
    addPage(tr("Cycles"), new PlaceholderPage(tr("Cycles"), tr("Payment cycles and their approvals are not available in this version yet."), this));
    addPage(tr("Batches"), new PlaceholderPage(tr("Batches"), tr("Payment batches and sending to Payment Hub EE are not available in this version yet."), this));
    addPage(tr("Reconciliation"), new PlaceholderPage(tr("Reconciliation"), tr("Reconciliation of sent payments is not available in this version yet."), this));
    addPage(tr("File review"), new PlaceholderPage(tr("File review"), tr("Offline review of batch files is not available in this version yet."), this));

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_registryPage, &RegistryPage::statusChanged, this,
            [this](const QString& message) { statusBar()->showMessage(message); });
    m_navigation->setCurrentRow(0);
    m_registryPage->publishStatus();
    resize(1200, 720);
}

void MainWindow::addPage(const QString& title, QWidget* page)
{
    m_navigation->addItem(title);
    m_pages->addWidget(page);
}
