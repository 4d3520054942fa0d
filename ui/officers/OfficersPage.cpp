#include "OfficersPage.h"

#include "i18n/DisplayFormat.h"
#include "OfficerSession.h"
#include "widgets/TablePlaceholder.h"

#include "officers/OfficerAdministration.h"
#include "officers/OfficerRepository.h"
#include "storage/Database.h"
#include "trust/CertificateAuthority.h"
#include "trust/CertificateRequest.h"
#include "trust/OfficerKeyring.h"
#include "trust/OfficerStandings.h"
#include "trust/TrustStore.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column
{
    IdColumn,
    NameColumn,
    RoleColumn,
    StateColumn,
    KeyColumn,
    ColumnCount
};

QByteArray readSmallFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = OfficersPage::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    return file.read(1 << 20);
}

QComboBox* roleCombo(QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    for (const OfficerRole role : {OfficerRole::Maker, OfficerRole::Checker, OfficerRole::Viewer}) {
        combo->addItem(officerRoleDisplayName(role), int(role));
    }
    return combo;
}

} // namespace

OfficersPage::OfficersPage(OfficerSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_table(new QTableWidget(0, ColumnCount, this)), m_status(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("officersTable"));
    m_table->setAccessibleName(tr("Officers"));
    m_table->setHorizontalHeaderLabels({tr("Officer"), tr("Name"), tr("Role"), tr("State"), tr("Key")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    new TablePlaceholder(m_table, QStringLiteral("officersEmptyState"),
                         tr("No officers yet: the administrator adds them here."));
    m_status->setObjectName(QStringLiteral("officersStatus"));
    m_status->setWordWrap(true);

    const auto button = [this](const QString& text, const QString& name, auto slot) {
        auto* action = new QPushButton(text, this);
        action->setObjectName(name);
        connect(action, &QPushButton::clicked, this, slot);
        m_actions.append(action);
        return action;
    };
    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(button(tr("&Add officer…"), QStringLiteral("addOfficerButton"), &OfficersPage::askToAdd));
    toolbar->addWidget(
        button(tr("&Certify a request…"), QStringLiteral("certifyRequestButton"), &OfficersPage::askToCertify));
    toolbar->addWidget(
        button(tr("Add a c&ertificate…"), QStringLiteral("addCertificateButton"), &OfficersPage::askForCertificate));
    toolbar->addWidget(button(tr("Change &role…"), QStringLiteral("changeRoleButton"), &OfficersPage::askForRole));
    toolbar->addWidget(button(tr("&Deactivate"), QStringLiteral("deactivateButton"), [this] {
        const QString officerId = selectedOfficer();
        if (!officerId.isEmpty() &&
            QMessageBox::question(this, tr("Deactivate"),
                                  tr("Deactivate %1? They will not sign in or act again.").arg(officerId)) ==
                QMessageBox::Yes) {
            deactivate(officerId);
        }
    }));
    toolbar->addWidget(button(tr("Re&voke key"), QStringLiteral("revokeKeyButton"), [this] {
        const QString officerId = selectedOfficer();
        if (!officerId.isEmpty() &&
            QMessageBox::question(
                this, tr("Revoke key"),
                tr("Revoke the keys of %1? They sign in again only once a new key is certified.").arg(officerId)) ==
                QMessageBox::Yes) {
            revokeKeys(officerId);
        }
    }));
    toolbar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    connect(&m_session, &OfficerSession::officerChanged, this, &OfficersPage::reload);
    reload();
}

QString OfficersPage::statusText() const
{
    return m_status->text();
}

void OfficersPage::reload()
{
    OfficerRepository repository(m_session.database());
    const auto standings = repository.standings();
    const QList<Officer> officers = repository.all();
    const QHash<QString, Certificate> certificates = TrustStore(m_session.database()).certificates();
    m_table->setRowCount(int(officers.size()));
    for (int row = 0; row < officers.size(); ++row) {
        const Officer& officer = officers.at(row);
        const OfficerStanding standing = standings ? standings->standings().value(officer.id) : OfficerStanding{};
        QStringList keys;
        for (const QString& fingerprint : standing.certifiedCertificates) {
            const auto certificate = certificates.constFind(fingerprint);
            if (standing.revokedCertificates.contains(fingerprint) || certificate == certificates.constEnd()) {
                continue;
            }
            keys.append(tr("certified until %1").arg(DisplayFormat::date(certificate->notAfter().date())));
        }
        const QStringList cells{officer.id, officer.displayName, officerRoleDisplayName(officer.role),
                                officer.active ? tr("active") : tr("deactivated"),
                                keys.isEmpty() ? tr("no key certified: cannot sign in")
                                               : keys.join(QStringLiteral("; "))};
        for (int column = 0; column < ColumnCount; ++column) {
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    m_table->resizeColumnsToContents();
    const bool administrator = m_session.officer() && m_session.officer()->role == OfficerRole::Administrator;
    for (QPushButton* action : std::as_const(m_actions)) {
        action->setEnabled(administrator);
    }
    if (!administrator) {
        m_status->setText(tr("Only an administrator adds officers, certifies their keys and grants their roles."));
    }
    if (!repository.problems().isEmpty()) {
        m_status->setText(tr("Not counted, because their signature does not check: %1")
                              .arg(repository.problems().join(QStringLiteral("; "))));
    }
}

QString OfficersPage::selectedOfficer() const
{
    const int row = m_table->currentRow();
    if (row < 0) {
        m_status->setText(tr("Choose an officer in the list first."));
        return {};
    }
    return m_table->item(row, IdColumn)->text();
}

bool OfficersPage::administering()
{
    if (!m_session.officer() || m_session.officer()->role != OfficerRole::Administrator) {
        m_status->setText(tr("Only an administrator adds officers, certifies their keys and grants their roles."));
        return false;
    }
    return true;
}

void OfficersPage::done(bool succeeded, const QString& what, const QString& error)
{
    m_status->setText(succeeded ? what : tr("Nothing was done: %1").arg(error));
    if (succeeded) {
        reload();
        Q_EMIT officersChanged();
    }
}

bool OfficersPage::addOfficer(const Officer& officer)
{
    if (!administering()) {
        return false;
    }
    QString error;
    const bool added = OfficerAdministration(m_session.database(), m_session.officer()->id).addOfficer(officer, &error);
    done(added,
         tr("%1 is an officer now, as %2. Certify their key next: they make it at the sign-in (Make my key…) and "
            "give you its request.")
             .arg(officer.id, officerRoleDisplayName(officer.role)),
         error);
    return added;
}

bool OfficersPage::certifyRequest(const QString& officerId, const QString& requestPath, const QString& certificateOut)
{
    if (!administering()) {
        return false;
    }
    QString error;
    const QByteArray pem = readSmallFile(requestPath, &error);
    const auto request = pem.isEmpty() ? std::nullopt : CertificateRequest::read(pem, &error);
    const OfficerCredential* administrator = m_session.database().keyring().find(m_session.officer()->id);
    std::optional<Certificate> issued;
    if (request && request->officerId != officerId) {
        error = tr("the request is for %1, not %2").arg(request->officerId, officerId);
    } else if (request && (!administrator || !administrator->certificate.isCertificateAuthority())) {
        error = tr("the anchor is a ministry's CA: its certificates come from it (Add a certificate…)");
    } else if (request) {
        issued = CertificateAuthority(*administrator->key, administrator->certificate)
                     .certify(officerId, request->publicKeyPem, 365, &error);
    }
    bool certified =
        issued &&
        OfficerAdministration(m_session.database(), m_session.officer()->id).certify(officerId, *issued, &error);
    if (certified && !certificateOut.isEmpty()) {
        QSaveFile file(certificateOut);
        const QByteArray bytes = issued->pem();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            m_status->setText(tr("The key of %1 is certified, but the certificate could not be written to %2: %3")
                                  .arg(officerId, QDir::toNativeSeparators(certificateOut), file.errorString()));
            reload();
            return true;
        }
    }
    done(certified,
         certified ? tr("The key of %1 is certified until %2: they can sign in with it.")
                         .arg(officerId, QLocale().toString(issued->notAfter().date(), QLocale::LongFormat))
                   : QString(),
         error);
    return certified;
}

bool OfficersPage::addCertificate(const QString& officerId, const QString& certificatePath)
{
    if (!administering()) {
        return false;
    }
    QString error;
    const QByteArray pem = readSmallFile(certificatePath, &error);
    const auto certificate = pem.isEmpty() ? std::nullopt : Certificate::fromPem(pem, &error);
    const bool certified =
        certificate &&
        OfficerAdministration(m_session.database(), m_session.officer()->id).certify(officerId, *certificate, &error);
    done(certified, tr("The certificate of %1 is taken in: they can sign in with its key.").arg(officerId), error);
    return certified;
}

bool OfficersPage::changeRole(const QString& officerId, OfficerRole role)
{
    if (!administering()) {
        return false;
    }
    QString error;
    const bool changed =
        OfficerAdministration(m_session.database(), m_session.officer()->id).changeRole(officerId, role, &error);
    done(changed, tr("%1 is a %2 from now on.").arg(officerId, officerRoleDisplayName(role)), error);
    return changed;
}

bool OfficersPage::deactivate(const QString& officerId)
{
    if (!administering()) {
        return false;
    }
    QString error;
    const bool deactivated =
        OfficerAdministration(m_session.database(), m_session.officer()->id).deactivate(officerId, &error);
    done(deactivated, tr("%1 is deactivated: they no longer sign in or act.").arg(officerId), error);
    return deactivated;
}

bool OfficersPage::revokeKeys(const QString& officerId)
{
    if (!administering()) {
        return false;
    }
    OfficerRepository repository(m_session.database());
    const auto standings = repository.standings();
    const OfficerStanding standing = standings ? standings->standings().value(officerId) : OfficerStanding{};
    QString error = tr("%1 has no certified key to revoke").arg(officerId);
    int revoked = 0;
    OfficerAdministration administration(m_session.database(), m_session.officer()->id);
    for (const QString& fingerprint : standing.certifiedCertificates) {
        if (!standing.revokedCertificates.contains(fingerprint)) {
            if (!administration.revokeKey(officerId, fingerprint, &error)) {
                revoked = -1;
                break;
            }
            ++revoked;
        }
    }
    done(revoked > 0,
         tr("The keys of %1 are revoked (%2): they sign in again once a new key is certified.")
             .arg(officerId)
             .arg(revoked),
         error);
    return revoked > 0;
}

// Ok and Cancel under the form; whether the officer pressed Ok.
bool OfficersPage::acceptedWithOk(QDialog& dialog, QFormLayout* form)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    return dialog.exec() == QDialog::Accepted;
}

void OfficersPage::askToAdd()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add an officer"));
    auto* id = new QLineEdit(&dialog);
    id->setObjectName(QStringLiteral("newOfficerId"));
    auto* name = new QLineEdit(&dialog);
    auto* role = roleCombo(&dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Officer &id:"), id);
    form->addRow(tr("Full &name:"), name);
    form->addRow(tr("&Role:"), role);
    if (acceptedWithOk(dialog, form)) {
        addOfficer(
            Officer{id->text().trimmed(), name->text().trimmed(), OfficerRole(role->currentData().toInt()), true});
    }
}

void OfficersPage::askToCertify()
{
    const QString officerId = selectedOfficer();
    if (officerId.isEmpty()) {
        return;
    }
    const QString request =
        QFileDialog::getOpenFileName(this, tr("The certificate request %1 made").arg(officerId), QString(),
                                     tr("Certificate requests (*.req *.csr *.pem);;All files (*)"));
    if (request.isEmpty()) {
        return;
    }
    const QString out =
        QFileDialog::getSaveFileName(this, tr("Where to keep a copy of the certificate (optional)"),
                                     QDir(QFileInfo(request).path()).filePath(officerId + QStringLiteral(".crt.pem")));
    certifyRequest(officerId, request, out);
}

void OfficersPage::askForCertificate()
{
    const QString officerId = selectedOfficer();
    if (officerId.isEmpty()) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("The certificate of %1").arg(officerId), QString(),
                                                      tr("Certificates (*.pem *.crt);;All files (*)"));
    if (!path.isEmpty()) {
        addCertificate(officerId, path);
    }
}

void OfficersPage::askForRole()
{
    const QString officerId = selectedOfficer();
    if (officerId.isEmpty()) {
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Change the role of %1").arg(officerId));
    auto* role = roleCombo(&dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Role:"), role);
    if (acceptedWithOk(dialog, form)) {
        changeRole(officerId, OfficerRole(role->currentData().toInt()));
    }
}
