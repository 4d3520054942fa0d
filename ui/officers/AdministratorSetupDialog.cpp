#include "AdministratorSetupDialog.h"

#include "KeyFileWidgets.h"
#include "OfficerSession.h"

#include "batching/SigningKey.h"
#include "officers/OfficerAdministration.h"
#include "storage/Database.h"
#include "trust/CertificateAuthority.h"
#include "trust/OfficerKeyring.h"

#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

using KeyFileWidgets::writeNewFile;

AdministratorSetupDialog::AdministratorSetupDialog(OfficerSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_id(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_keyFile(new QLineEdit(this)), m_certificateFile(new QLineEdit(this)), m_passphrase(new QLineEdit(this)),
      m_repeat(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Set up the administrator"));
    auto* intro =
        new QLabel(tr("The administrator adds officers, certifies their keys and grants their roles; they touch no "
                      "payment. Their key signs the anchor certificate that every officer's key is checked against: "
                      "keep the key file safe and give the certificate to auditors."),
                   this);
    intro->setWordWrap(true);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_id->setObjectName(QStringLiteral("administratorId"));
    m_name->setObjectName(QStringLiteral("administratorName"));
    m_keyFile->setObjectName(QStringLiteral("administratorKeyFile"));
    m_keyFile->setText(
        QDir::toNativeSeparators(QDir(documents).filePath(QStringLiteral("paydesk-administrator.key.pem"))));
    m_certificateFile->setObjectName(QStringLiteral("anchorCertificateFile"));
    m_certificateFile->setText(
        QDir::toNativeSeparators(QDir(documents).filePath(QStringLiteral("paydesk-anchor.pem"))));
    for (QLineEdit* edit : {m_passphrase, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
    }
    m_passphrase->setObjectName(QStringLiteral("administratorPassphrase"));
    m_repeat->setObjectName(QStringLiteral("administratorPassphraseRepeat"));
    m_error->setObjectName(QStringLiteral("administratorError"));
    auto* form = new QFormLayout;
    form->addRow(tr("Officer &id:"), m_id);
    form->addRow(tr("Full &name:"), m_name);
    KeyFileWidgets::addSaveRow(form, this, tr("Your &key file:"), m_keyFile, tr("Where to keep your key"),
                               tr("Keys (*.pem)"));
    KeyFileWidgets::addSaveRow(form, this, tr("Anchor &certificate:"), m_certificateFile,
                               tr("Where to write the anchor certificate"), tr("Certificates (*.pem)"));
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Repeat it:"), m_repeat);
    KeyFileWidgets::finishDialog(this, intro, form, m_error, tr("&Set up and sign in"), [this] {
        return setUp();
    })->setObjectName(QStringLiteral("setUpButton"));
}

void AdministratorSetupDialog::showError(const QString& text)
{
    m_error->setText(text);
    adjustSize();
}

QString AdministratorSetupDialog::errorText() const
{
    return m_error->text();
}

bool AdministratorSetupDialog::setUp()
{
    const QString id = m_id->text().trimmed();
    const QString keyPath = QDir::fromNativeSeparators(m_keyFile->text().trimmed());
    const QString certificatePath = QDir::fromNativeSeparators(m_certificateFile->text().trimmed());
    const QByteArray passphrase = m_passphrase->text().toUtf8();
    if (id.isEmpty() || m_name->text().trimmed().isEmpty() || keyPath.isEmpty() || certificatePath.isEmpty()) {
        showError(tr("Fill in every field."));
        return false;
    }
    if (m_passphrase->text() != m_repeat->text()) {
        showError(tr("The two passphrases differ."));
        return false;
    }
    QString error;
    std::shared_ptr<const SigningKey> key = SigningKey::generateEd25519(&error);
    const auto anchor = key ? CertificateAuthority::makeAnchor(*key, id, 10, &error) : std::nullopt;
    const QByteArray keyPem = anchor ? key->encryptedPem(passphrase, &error) : QByteArray();
    if (keyPem.isEmpty()) {
        showError(tr("Cannot make the key: %1").arg(error));
        return false;
    }
    // Written first, removed again when the anchor is refused: never an anchor whose key is lost,
    // nor a key file for an anchor that is not there.
    if (!writeNewFile(keyPath, keyPem, &error) || !writeNewFile(certificatePath, anchor->pem(), &error)) {
        if (!error.contains(QDir::toNativeSeparators(keyPath))) {
            QFile::remove(keyPath);
        }
        showError(tr("Cannot set up the administrator: %1").arg(error));
        return false;
    }
    m_session.signOut();
    m_session.database().keyring().add(OfficerCredential{id, key, *anchor});
    if (!OfficerAdministration::initialize(m_session.database(), id, m_name->text(), *anchor, &error)) {
        m_session.database().keyring().clear();
        QFile::remove(keyPath);
        QFile::remove(certificatePath);
        showError(tr("Cannot set up the administrator: %1").arg(error));
        return false;
    }
    if (!m_session.signIn(id, key, &error)) {
        showError(error);
        return false;
    }
    return true;
}
