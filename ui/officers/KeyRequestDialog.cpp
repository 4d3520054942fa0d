#include "KeyRequestDialog.h"

#include "KeyFileWidgets.h"

#include "batching/SigningKey.h"
#include "trust/CertificateRequest.h"

#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

KeyRequestDialog::KeyRequestDialog(QWidget* parent)
    : QDialog(parent), m_id(new QLineEdit(this)), m_keyFile(new QLineEdit(this)), m_requestFile(new QLineEdit(this)),
      m_passphrase(new QLineEdit(this)), m_repeat(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Make my key"));
    auto* intro = new QLabel(tr("Your key signs everything you do in PayDesk. Keep the key file and its passphrase "
                                "to yourself; give the request file to the administrator, who certifies it on the "
                                "Officers page. Then sign in with the key."),
                             this);
    intro->setWordWrap(true);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_id->setObjectName(QStringLiteral("keyRequestOfficer"));
    m_keyFile->setObjectName(QStringLiteral("keyRequestKeyFile"));
    m_requestFile->setObjectName(QStringLiteral("keyRequestRequestFile"));
    m_passphrase->setObjectName(QStringLiteral("keyRequestPassphrase"));
    m_repeat->setObjectName(QStringLiteral("keyRequestPassphraseRepeat"));
    for (QLineEdit* edit : {m_passphrase, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
    }
    // The files follow the officer id typed, until the officer chooses others.
    const auto nameFiles = [this, documents](const QString& id) {
        const QString stem = id.trimmed().isEmpty() ? QStringLiteral("paydesk") : id.trimmed();
        m_keyFile->setText(QDir::toNativeSeparators(QDir(documents).filePath(stem + QStringLiteral(".key.pem"))));
        m_requestFile->setText(QDir::toNativeSeparators(QDir(documents).filePath(stem + QStringLiteral(".req"))));
    };
    nameFiles(QString());
    connect(m_id, &QLineEdit::textChanged, this, nameFiles);
    m_error->setObjectName(QStringLiteral("keyRequestError"));
    auto* form = new QFormLayout;
    form->addRow(tr("Your officer &id:"), m_id);
    KeyFileWidgets::addSaveRow(form, this, tr("Your &key file:"), m_keyFile, tr("Where to keep your key"),
                               tr("Keys (*.pem)"));
    KeyFileWidgets::addSaveRow(form, this, tr("&Request for the administrator:"), m_requestFile,
                               tr("Where to write the request"), tr("Requests (*.req)"));
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("R&epeat it:"), m_repeat);
    KeyFileWidgets::finishDialog(this, intro, form, m_error, tr("&Make the key"), [this] {
        return makeKey();
    })->setObjectName(QStringLiteral("makeKeyButton"));
}

QString KeyRequestDialog::keyPath() const
{
    return QDir::fromNativeSeparators(m_keyFile->text().trimmed());
}

QString KeyRequestDialog::requestPath() const
{
    return QDir::fromNativeSeparators(m_requestFile->text().trimmed());
}

void KeyRequestDialog::showError(const QString& text)
{
    m_error->setText(text);
}

bool KeyRequestDialog::makeKey()
{
    const QString id = m_id->text().trimmed();
    if (id.isEmpty() || keyPath().isEmpty() || requestPath().isEmpty() || m_passphrase->text().isEmpty()) {
        showError(tr("Fill in every field."));
        return false;
    }
    if (m_passphrase->text() != m_repeat->text()) {
        showError(tr("The two passphrases differ."));
        return false;
    }
    QString error;
    const auto key = SigningKey::generateEd25519(&error);
    const QByteArray keyPem = key ? key->encryptedPem(m_passphrase->text().toUtf8(), &error) : QByteArray();
    const QByteArray requestPem = keyPem.isEmpty() ? QByteArray() : CertificateRequest::make(*key, id, &error);
    if (requestPem.isEmpty()) {
        showError(tr("Cannot make the key: %1").arg(error));
        return false;
    }
    // Both files or neither: a request whose key is lost could be certified for nobody.
    if (!KeyFileWidgets::writeNewFile(keyPath(), keyPem, &error)) {
        showError(error);
        return false;
    }
    if (!KeyFileWidgets::writeNewFile(requestPath(), requestPem, &error)) {
        QFile::remove(keyPath());
        showError(error);
        return false;
    }
    return true;
}
