#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

// An officer makes their own key in the window: an encrypted key file they keep, and a request the
// administrator certifies on the Officers page ("Certify a request…"). Nothing is written to the
// database; the key never leaves the officer's files.
class KeyRequestDialog : public QDialog
{
    Q_OBJECT

public:
    explicit KeyRequestDialog(QWidget* parent = nullptr);

    // Makes the key and the request from the fields; false with the reason shown.
    bool makeKey();
    QString keyPath() const;
    QString requestPath() const;

private:
    void showError(const QString& text);

    QLineEdit* m_id;
    QLineEdit* m_keyFile;
    QLineEdit* m_requestFile;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
    QLabel* m_error;
};
