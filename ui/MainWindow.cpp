#include "MainWindow.h"

#include "AuditPage.h"
#include "BatchesPage.h"
#include "CyclesPage.h"
#include "FileReviewPage.h"
#include "FirstRunGuide.h"
#include "OfficerSession.h"
#include "ProgramsPage.h"
#include "ReconciliationPage.h"
#include "RegistryPage.h"
#include "SettingsDialog.h"

#include "privacy/IdentifierMask.h"
#include "storage/Database.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QToolBar>
#include <QListWidget>
#include <QMessageBox>
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

    m_navigation->setIconSize(QSize(24, 24));
    addPage(tr("Registry"), QStringLiteral("registry"), m_registryPage);
    addPage(tr("Programs"), QStringLiteral("programs"), m_programsPage);
    addPage(tr("Cycles"), QStringLiteral("cycles"), m_cyclesPage);
    addPage(tr("Batches"), QStringLiteral("batches"), m_batchesPage);
    addPage(tr("Reconciliation"), QStringLiteral("reconciliation"), m_reconciliationPage);
    addPage(tr("File review"), QStringLiteral("review"), new FileReviewPage(this));
    addPage(tr("Audit log"), QStringLiteral("audit"), m_auditPage);

    m_actingOfficer->setObjectName(QStringLiteral("actingOfficerCombo"));
    m_actingOfficer->setAccessibleName(tr("Acting as"));
    m_actingOfficer->setMinimumWidth(220);
    auto* toolbar = addToolBar(tr("Officer"));
    toolbar->setObjectName(QStringLiteral("officerToolbar"));
    toolbar->setMovable(false);
    auto* spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    auto* guideAction = toolbar->addAction(tr("&Getting started"), this, &MainWindow::openGuide);
    guideAction->setObjectName(QStringLiteral("guideAction"));
    guideAction->setShortcut(QKeySequence::HelpContents);
    guideAction->setToolTip(tr("The steps from an empty database to a first payment (F1)"));
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
    // Never closed behind a send's back: the officer is asked, the batch being posted is finished
    // and recorded, and only then does the window (and PayDesk) close: no process is left unseen.
    if (m_batchesPage->isSending()) {
        event->ignore();
        if (m_closeWhenIdle) {
            return; // already stopping
        }
        const auto answer = QMessageBox::question(this, tr("A send is in progress"),
                                                  tr("PayDesk is sending batches to the hub. Stop sending and close? The batch being "
                                                     "posted is finished and recorded first; the rest stay ready."),
                                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            return;
        }
        m_closeWhenIdle = true;
        if (!m_batchesPage->isSending()) {
            QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection); // it ended while the officer read
            return;
        }
        connect(m_batchesPage, &BatchesPage::sendFinished, this, &QWidget::close, Qt::QueuedConnection);
        m_batchesPage->requestStop();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::setSandboxHub(const QUrl& bulkUrl, const QUrl& operationsUrl)
{
    m_session->setSandboxHub(bulkUrl, operationsUrl);
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

void MainWindow::addPage(const QString& title, const QString& icon, QWidget* page)
{
    const int row = m_navigation->count();
    m_navigation->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), title));
    m_pages->addWidget(page);
    // Ctrl+1 ... Ctrl+7 go to the pages in the list's order.
    auto* go = new QAction(this);
    go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
    connect(go, &QAction::triggered, this, [this, row] { m_navigation->setCurrentRow(row); });
    addAction(go);
    m_navigation->item(row)->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(row + 1));
}

FirstRunGuide* MainWindow::openGuide()
{
    auto* guide = new FirstRunGuide(m_session->database(), this);
    guide->setAttribute(Qt::WA_DeleteOnClose);
    connect(guide, &FirstRunGuide::pageWanted, m_navigation, [this](int row) { m_navigation->setCurrentRow(row); });
    connect(guide, &FirstRunGuide::importWanted, m_registryPage, &RegistryPage::openImportDialog, Qt::QueuedConnection);
    guide->open();
    return guide;
}

SettingsDialog* MainWindow::openSettings()
{
    auto* dialog = new SettingsDialog(m_session->secrets(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}
