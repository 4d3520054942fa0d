#include "MainWindow.h"

#include "AuditPage.h"
#include "BatchesPage.h"
#include "CyclesPage.h"
#include "FileReviewPage.h"
#include "OfficerSession.h"
#include "ProgramsPage.h"
#include "ReconciliationPage.h"
#include "RegistryPage.h"
#include "SettingsDialog.h"

#include "privacy/IdentifierMask.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolBar>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUrl>

MainWindow::MainWindow(Database& database, QWidget* parent)
    : QMainWindow(parent)
    , m_session(new OfficerSession(database, this))
    , m_actingOfficer(new QComboBox(this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_registryPage(new RegistryPage(database, this))
    , m_programsPage(new ProgramsPage(*m_session, this))
    , m_cyclesPage(new CyclesPage(*m_session, this))
    , m_batchesPage(new BatchesPage(*m_session, this))
    , m_reconciliationPage(new ReconciliationPage(*m_session, this))
    , m_auditPage(new AuditPage(database, this))
{
    setWindowTitle(tr("PayDesk — %1").arg(QUrl(database.location()).toDisplayString(QUrl::RemovePassword)));
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setFixedWidth(180);
    m_navigation->setSpacing(4);

    addPage(tr("Registry"), m_registryPage);
    addPage(tr("Programs"), m_programsPage);
    addPage(tr("Cycles"), m_cyclesPage);
    addPage(tr("Batches"), m_batchesPage);
    addPage(tr("Reconciliation"), m_reconciliationPage);
    addPage(tr("File review"), new FileReviewPage(this));
    addPage(tr("Audit log"), m_auditPage);

    m_actingOfficer->setObjectName(QStringLiteral("actingOfficerCombo"));
    m_actingOfficer->setAccessibleName(tr("Acting as"));
    m_actingOfficer->setMinimumWidth(220);
    auto* toolbar = addToolBar(tr("Officer"));
    toolbar->setObjectName(QStringLiteral("officerToolbar"));
    toolbar->setMovable(false);
    auto* spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    auto* settingsAction = toolbar->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    settingsAction->setToolTip(tr("This computer's settings: the database, the hubs' certificates and deadline, the language (Ctrl+,)"));
    toolbar->addSeparator();
    toolbar->addWidget(new QLabel(tr("Acting as "), toolbar));
    toolbar->addWidget(m_actingOfficer);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_actingOfficer, &QComboBox::currentIndexChanged, this,
            [this] { m_session->actAs(m_actingOfficer->currentData().toString()); });
    connect(m_programsPage, &ProgramsPage::programsChanged, m_cyclesPage, &CyclesPage::reloadPrograms);
    connect(m_programsPage, &ProgramsPage::programsChanged, m_auditPage, &AuditPage::reload);
    connect(m_cyclesPage, &CyclesPage::stepFinished, m_auditPage, &AuditPage::reload);
    connect(m_cyclesPage, &CyclesPage::stepFinished, m_batchesPage, &BatchesPage::reloadCycles);
    connect(m_batchesPage, &BatchesPage::prepared, m_auditPage, &AuditPage::reload);
    connect(m_batchesPage, &BatchesPage::sendFinished, m_auditPage, &AuditPage::reload);
    connect(m_batchesPage, &BatchesPage::sendFinished, m_reconciliationPage, &ReconciliationPage::reloadCycles);
    connect(m_cyclesPage, &CyclesPage::stepFinished, m_reconciliationPage, &ReconciliationPage::reloadCycles);
    connect(m_reconciliationPage, &ReconciliationPage::reconciled, m_batchesPage, &BatchesPage::reloadCycles);
    connect(m_reconciliationPage, &ReconciliationPage::reconciled, m_auditPage, &AuditPage::reload);
    reloadOfficers();

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_registryPage, &RegistryPage::statusChanged, this,
            [this](const QString& message) { statusBar()->showMessage(message); });
    connect(m_session, &OfficerSession::officerChanged, this, [this] {
        m_registryPage->setMasked(IdentifierMask::appliesTo(m_session->officer()));
    });
    m_navigation->setCurrentRow(0);
    m_registryPage->publishStatus();
    resize(1200, 720);
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::setSandboxHub(const QUrl& bulkUrl, const QUrl& operationsUrl)
{
    m_batchesPage->setSandboxHub(bulkUrl, operationsUrl);
    m_reconciliationPage->setSandboxHub(bulkUrl, operationsUrl);
    m_programsPage->setSandboxHub(bulkUrl, operationsUrl);
}

void MainWindow::reloadOfficers()
{
    const QString current = m_actingOfficer->currentData().toString();
    const QSignalBlocker blocker(m_actingOfficer);
    m_actingOfficer->clear();
    for (const Officer& officer : m_session->officers()) {
        if (officer.active) {
            m_actingOfficer->addItem(tr("%1 (%2)").arg(officer.displayName, officerRoleName(officer.role)), officer.id);
        }
    }
    if (m_actingOfficer->count() == 0) {
        m_actingOfficer->addItem(tr("no officers yet: paydesk-cli officer add"), QString());
    }
    m_actingOfficer->setCurrentIndex(qMax(0, m_actingOfficer->findData(current)));
    m_session->actAs(m_actingOfficer->currentData().toString());
}

void MainWindow::addPage(const QString& title, QWidget* page)
{
    m_navigation->addItem(title);
    m_pages->addWidget(page);
}

SettingsDialog* MainWindow::openSettings()
{
    auto* dialog = new SettingsDialog(m_session->secrets(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}
