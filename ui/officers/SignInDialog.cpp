#include "SignInDialog.h"

#include "AdministratorSetupDialog.h"
#include "KeyRequestDialog.h"
#include "OfficerSession.h"

#include "batching/SigningKey.h"
#include "credentials/CredentialStore.h"
#include "officers/OfficerRepository.h"
#include "settings/LocalSettings.h"
#include "storage/Database.h"
#include "trust/TrustStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(OfficerSession& session, const QString& lockedOfficer, QWidget* parent)
    : QDialog(parent), m_session(session), m_officer(new QComboBox(this)), m_keyFile(new QLineEdit(this)),
      m_passphrase(new QLineEdit(this)),
      m_keepPassphrase(new QCheckBox(tr("Keep the passphrase in this computer's keychain"), this)),
      m_error(new QLabel(this)), m_setUp(new QPushButton(tr("Set up the &administrator…"), this))
{
    setWindowTitle(lockedOfficer.isEmpty() ? tr("Sign in to PayDesk") : tr("PayDesk is locked"));
    setObjectName(QStringLiteral("signInDialog"));
    auto* intro = new QLabel(
        lockedOfficer.isEmpty()
            ? tr("Sign in with your own key: every change you make is signed with it, and nobody else can act in your "
                 "name.")
            : tr("The window locked after a while without use. Sign in again to go on; another officer signs in "
                 "after you sign out."),
        this);
    intro->setWordWrap(true);
    m_officer->setObjectName(QStringLiteral("signInOfficer"));
    m_officer->setAccessibleName(tr("Officer"));
    m_keyFile->setObjectName(QStringLiteral("signInKeyFile"));
    m_keyFile->setAccessibleName(tr("Your key file"));
    m_keyFile->setPlaceholderText(tr("your encrypted key file (.pem)"));
    m_passphrase->setObjectName(QStringLiteral("signInPassphrase"));
    m_passphrase->setAccessibleName(tr("The key's passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("empty: the one the keychain keeps for this key"));
    m_keepPassphrase->setObjectName(QStringLiteral("signInKeepPassphrase"));
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_setUp->setObjectName(QStringLiteral("setUpAdministratorButton"));
    m_setUp->setToolTip(
        tr("This database has no administrator yet: make the administrator's key and certificate first."));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyFile, 1);
    keyRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Officer:"), m_officer);
    auto* keyLabel = new QLabel(tr("&Key file:"), this);
    keyLabel->setBuddy(m_keyFile);
    form->addRow(keyLabel, keyRow);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(QString(), m_keepPassphrase);
    auto* buttons = new QDialogButtonBox(this);
    auto* signInButton = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    signInButton->setObjectName(QStringLiteral("signInButton"));
    signInButton->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    buttons->addButton(m_setUp, QDialogButtonBox::ActionRole);
    auto* makeKey = buttons->addButton(tr("Make my &key…"), QDialogButtonBox::ActionRole);
    makeKey->setObjectName(QStringLiteral("makeMyKeyButton"));
    makeKey->setToolTip(tr("A new officer makes their key here, and gives its request to the administrator."));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(browse, &QPushButton::clicked, this, &SignInDialog::chooseKey);
    connect(m_officer, &QComboBox::currentIndexChanged, this, &SignInDialog::officerChosen);
    connect(signInButton, &QPushButton::clicked, this, [this] {
        if (signIn()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_setUp, &QPushButton::clicked, this, &SignInDialog::setUpAdministrator);
    connect(makeKey, &QPushButton::clicked, this, &SignInDialog::makeKey);

    reloadOfficers(lockedOfficer.isEmpty() ? LocalSettings().lastOfficer() : lockedOfficer);
    m_officer->setEnabled(lockedOfficer.isEmpty());
}

void SignInDialog::reloadOfficers(const QString& chosen)
{
    const bool administered = TrustStore(m_session.database()).anchor().has_value();
    m_setUp->setVisible(!administered);
    m_officer->clear();
    for (const Officer& officer : m_session.officers()) {
        if (officer.active) {
            m_officer->addItem(
                tr("%1 (%2), %3").arg(officer.displayName, officer.id, officerRoleDisplayName(officer.role)),
                officer.id);
        }
    }
    if (const int index = m_officer->findData(chosen); index >= 0) {
        m_officer->setCurrentIndex(index);
    }
    officerChosen();
    if (!administered) {
        showError(tr("Nobody administers this database yet. The administrator sets up their key first, then adds the "
                     "officers and certifies their keys."));
    }
}

void SignInDialog::officerChosen()
{
    const QString path = LocalSettings().keyPathOf(m_officer->currentData().toString());
    if (!path.isEmpty()) {
        m_keyFile->setText(QDir::toNativeSeparators(path));
    }
}

void SignInDialog::chooseKey()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Your key file"), QFileInfo(m_keyFile->text()).path(),
                                                      tr("Keys (*.pem *.key);;All files (*)"));
    if (!path.isEmpty()) {
        m_keyFile->setText(QDir::toNativeSeparators(path));
    }
}

void SignInDialog::showError(const QString& text)
{
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setText(text);
    adjustSize(); // the whole reason shows, however long
}

void SignInDialog::refresh()
{
    reloadOfficers(m_officer->currentData().toString());
}

QString SignInDialog::errorText() const
{
    return m_error->text();
}

bool SignInDialog::signIn()
{
    const QString officerId = m_officer->currentData().toString();
    const QString path = QDir::fromNativeSeparators(m_keyFile->text().trimmed());
    if (officerId.isEmpty() || path.isEmpty()) {
        showError(officerId.isEmpty() ? tr("Choose who you are.") : tr("Choose your key file."));
        return false;
    }
    if (!QFileInfo(path).isFile()) {
        showError(tr("There is no key file at %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!SigningKey::fileHasPassphrase(path)) {
        showError(tr("%1 is not protected by a passphrase: an officer's key must be an encrypted PKCS#8 file.")
                      .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QString passphrase = m_passphrase->text();
    const QString keychainKey = CredentialStore::passphraseKey(path);
    if (passphrase.isEmpty()) {
        const CredentialStore::Answer kept = CredentialStore().read(keychainKey);
        if (kept.outcome != CredentialStore::Outcome::Done) {
            showError(tr("Type the key's passphrase: the keychain keeps none for this key."));
            return false;
        }
        passphrase = kept.secret;
    }
    QString error;
    std::shared_ptr<const SigningKey> key = SigningKey::fromFile(path, passphrase.toUtf8(), &error);
    if (!key) {
        showError(
            tr("%1 does not open with this passphrase, or is not a private key.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!m_session.signIn(officerId, key, &error)) {
        showError(tr("%1 cannot sign in: %2").arg(officerId, error));
        return false;
    }
    LocalSettings().setKeyPathOf(officerId, path);
    if (m_keepPassphrase->isChecked() && !m_passphrase->text().isEmpty()) {
        m_session.secrets().keep(keychainKey, m_passphrase->text());
    }
    m_passphrase->clear();
    m_error->clear();
    return true;
}

void SignInDialog::setUpAdministrator()
{
    AdministratorSetupDialog setup(m_session, this);
    if (setup.exec() == QDialog::Accepted) {
        accept(); // the administrator is signed in
    } else {
        refresh();
    }
}

void SignInDialog::makeKey()
{
    KeyRequestDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    m_keyFile->setText(QDir::toNativeSeparators(dialog.keyPath()));
    m_error->setStyleSheet(QString());
    m_error->setText(tr("Your key is made. Give %1 to the administrator: once they certify it on the Officers page, "
                        "sign in here with your key.")
                         .arg(QDir::toNativeSeparators(dialog.requestPath())));
    adjustSize();
}
